#pragma once

#include <QObject>
#include <QPointer>

class ActiveEndpoint;
class MainWindow;
class QDockWidget;
class QNetworkAccessManager;
class QTimer;
class RequestPreviewPanel;
class SecretStore;
class SettingsStore;
class VideographClient;

// Joins the main window to the active endpoint: the Settings action (Ctrl+,), the banner that
// always names where requests go, the client that follows profile switches at once, and the
// live request preview.
class EndpointTools : public QObject
{
    Q_OBJECT

public:
    EndpointTools(MainWindow *window, VideographClient *client, ActiveEndpoint *active, SettingsStore *settings,
                  SecretStore *secrets, QNetworkAccessManager *network);

    RequestPreviewPanel *previewPanel() const { return m_preview; }

    void openSettings();

private:
    void addActions();
    void addPreview();
    void endpointChanged();
    void refreshPreview();

    MainWindow *m_window;
    VideographClient *m_client;
    ActiveEndpoint *m_active;
    SettingsStore *m_settings;
    SecretStore *m_secrets;
    QNetworkAccessManager *m_network;
    QDockWidget *m_previewDock = nullptr;
    RequestPreviewPanel *m_preview = nullptr;
    QTimer *m_previewTimer = nullptr;
};
