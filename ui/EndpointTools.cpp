#include "EndpointTools.h"

#include "ActiveEndpoint.h"
#include "MainWindow.h"
#include "RequestPreviewPanel.h"
#include "SettingsDialog.h"
#include "VideographClient.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QTimer>

EndpointTools::EndpointTools(MainWindow *window, VideographClient *client, ActiveEndpoint *active,
                             SettingsStore *settings, SecretStore *secrets, QNetworkAccessManager *network)
    : QObject(window)
    , m_window(window)
    , m_client(client)
    , m_active(active)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_network(network)
{
    addPreview();
    addActions();
    connect(m_active, &ActiveEndpoint::changed, this, &EndpointTools::endpointChanged);
    connect(m_window, &MainWindow::requestEdited, m_previewTimer, qOverload<>(&QTimer::start));
    endpointChanged();
}

void EndpointTools::addActions()
{
    auto *settingsAction = new QAction(tr("&Settings…"), m_window);
    settingsAction->setObjectName(QStringLiteral("actionSettings"));
    settingsAction->setShortcut(QKeySequence::Preferences);
    if (settingsAction->shortcut().isEmpty())
        settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(settingsAction, &QAction::triggered, this, &EndpointTools::openSettings);

    QAction *togglePreview = m_previewDock->toggleViewAction();
    togglePreview->setObjectName(QStringLiteral("actionShowRequestPreview"));
    togglePreview->setText(tr("Request &Preview"));
    togglePreview->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));

    // Settings sit in the File menu above Quit; the preview toggle gets a View menu of its own.
    QMenu *file = m_window->fileMenu();
    QAction *last = file->actions().isEmpty() ? nullptr : file->actions().constLast();
    file->insertAction(last, settingsAction);
    file->insertSeparator(last);
    QMenu *view = new QMenu(tr("&View"), m_window->menuBar());
    view->setObjectName(QStringLiteral("viewMenu"));
    view->addAction(togglePreview);
    m_window->insertMenu(view);
}

void EndpointTools::addPreview()
{
    m_preview = new RequestPreviewPanel;
    m_previewDock = new QDockWidget(tr("Request preview"), m_window);
    m_previewDock->setObjectName(QStringLiteral("requestPreviewDockWidget"));
    m_previewDock->setWidget(m_preview);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, m_previewDock);
    m_previewDock->hide();
    // Typing bursts are previewed once they pause, so the preview never slows typing down.
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(120);
    connect(m_previewTimer, &QTimer::timeout, this, &EndpointTools::refreshPreview);
    connect(m_previewDock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            refreshPreview();
    });
}

void EndpointTools::openSettings()
{
    auto *dialog = new SettingsDialog(m_settings, m_secrets, m_active, m_network, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void EndpointTools::endpointChanged()
{
    m_active->applyTo(m_client);
    m_window->setEndpointBanner(m_active->description(), m_active->isSandbox());
    refreshPreview();
}

void EndpointTools::refreshPreview()
{
    // A hidden preview is brought up to date when it is shown: serialising a large job after
    // every pause in typing would cost time for nothing.
    if (!m_previewDock->isVisible())
        return;
    m_preview->showRequest(m_client->createPortraitUrl(), m_window->request());
}
