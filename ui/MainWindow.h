#pragma once

#include "PortraitRequest.h"

#include <QMainWindow>
#include <QPointer>

class ContentCardView;
class CreatePortraitCall;
class EndpointBanner;
class ErrorPanel;
class QAction;
class QMenu;
class QProgressBar;
class QPushButton;
class RequestForm;
class UrlDropHandler;
class VideographClient;

// The one window of the app: the job form, the card of the last content created, and the
// Submit/Cancel controls. It sends at most one request at a time and never clears what was
// typed, so a failed submit can simply be fixed and sent again.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(VideographClient *client, QWidget *parent = nullptr);
    ~MainWindow() override;

    PortraitRequest request() const;
    // A fresh start (a restored draft): the undo history is forgotten.
    void setRequest(const PortraitRequest &request);
    // Replaces the whole form as one undo step named undoText ("Load Preset …", "New Job").
    void replaceRequest(const PortraitRequest &request, const QString &undoText);
    void addSourceUrls(const QStringList &urls);
    // Adds URL candidates as a drop of them would: http(s) only, those already listed skipped
    // and counted, the rest refused with the reason shown in the window.
    void takeSourceUrls(const QStringList &candidates);
    void setEndpointBanner(const QString &text, bool isSandbox);
    // A notice panel (such as preset problems) shown above the form, under the error panel.
    void addNotice(QWidget *notice);
    RequestForm *form() const { return m_form; }
    QMenu *fileMenu() const { return m_fileMenu; }
    QMenu *editMenu() const { return m_editMenu; }
    // Adds a menu of one of the window's helpers (Presets, View) to the menu bar; Help stays last.
    void insertMenu(QMenu *menu);

public slots:
    void submit();

signals:
    // A submit ended: with a card shown (created) or with a failure shown.
    void submitFinished(bool created);
    // Anything in the form changed (typing, list edits, a loaded preset); request is the form
    // as it is now.
    void requestEdited(const PortraitRequest &request);

private:
    void createActions();
    void createUndoActions();
    void createMenus();
    QWidget *buildCentralWidget();
    QWidget *buildButtonBar(QWidget *parent);
    void createStatusBar();

    void cancel();
    void onSubmitFinished(CreatePortraitCall *call);
    void showFailure(CreatePortraitCall *call);
    void setBusy(bool busy);
    void showAbout();

    VideographClient *m_client;
    QPointer<CreatePortraitCall> m_call;

    EndpointBanner *m_banner = nullptr;
    ErrorPanel *m_errorPanel = nullptr;
    RequestForm *m_form = nullptr;
    ContentCardView *m_card = nullptr;
    QPushButton *m_submitButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_busy = nullptr;
    UrlDropHandler *m_urlDrops = nullptr;

    QAction *m_submitAction = nullptr;
    QAction *m_cancelAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
};
