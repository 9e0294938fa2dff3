#pragma once

#include "ActiveEndpoint.h"
#include "EndpointSettings.h"

#include <QDialog>
#include <QPointer>

class ListContentsCall;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QPushButton;
class SecretStore;
class SettingsStore;
class VideographClient;

// Endpoint profile and access token pair. The token id and profile go to the settings; the
// secret key only to the system keychain (or memory, when no keychain answers).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(SettingsStore *settings, SecretStore *secrets, const ActiveEndpoint *active,
                   QNetworkAccessManager *network, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // What the dialog would save, for tests and for Test connection.
    EndpointSettings editedSettings() const;

signals:
    void testFinished(bool ok);

private:
    QString editedSecret() const;
    void buildForm();
    void loadSaved();
    void profileChanged();
    QString problem() const;
    QUrl testUrl() const;
    Credentials testCredentials() const;
    void testConnection();
    void showTestResult(const ListContentsCall &call);
    void save();
    void finishSave(bool inKeychain, const QString &message);

    SettingsStore *m_settings;
    SecretStore *m_secrets;
    const ActiveEndpoint *m_active;
    QNetworkAccessManager *m_network;
    VideographClient *m_testClient = nullptr;
    QPointer<ListContentsCall> m_testCall;

    QComboBox *m_profile = nullptr;
    QLineEdit *m_customUrl = nullptr;
    QLineEdit *m_tokenId = nullptr;
    QLineEdit *m_secret = nullptr;
    QCheckBox *m_showSecret = nullptr;
    QPushButton *m_test = nullptr;
    QLabel *m_testResult = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_notice = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
