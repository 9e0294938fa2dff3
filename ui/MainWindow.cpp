#include "MainWindow.h"

#include "ApiErrorText.h"
#include "ContentCardView.h"
#include "CreatePortraitCall.h"
#include "EndpointBanner.h"
#include "ErrorPanel.h"
#include "RequestForm.h"
#include "UrlDropHandler.h"
#include "VideographClient.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QUndoStack>
#include <QVBoxLayout>

// Q_INIT_RESOURCE must be called outside any namespace; the icons live in a static library
// and are only linked in because this names them.
static void initResources()
{
    Q_INIT_RESOURCE(resources);
}

namespace {

QAction *newAction(const QString &text, const QString &iconName, const QString &objectName, QObject *parent)
{
    auto *action = new QAction(text, parent);
    if (!iconName.isEmpty())
        action->setIcon(QIcon(QStringLiteral(":/icons/%1.svg").arg(iconName)));
    action->setObjectName(objectName);
    return action;
}

} // namespace

MainWindow::MainWindow(VideographClient *client, QWidget *parent)
    : QMainWindow(parent)
    , m_client(client)
{
    initResources();
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Portrait PRO"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/portrait-pro.svg")));

    createActions();
    setCentralWidget(buildCentralWidget());
    createUndoActions();
    createMenus();
    connect(m_form, &RequestForm::edited, this, &MainWindow::requestEdited);
    createStatusBar();
    setBusy(false);
    resize(1000, 700);

    m_form->focusTitle();
    m_urlDrops = new UrlDropHandler(this);
}

MainWindow::~MainWindow()
{
    // Closing a cell editor while the window goes away commits its text, and the undo stack
    // announces it is emptied; neither may reach a window already half destroyed.
    disconnect(m_form, nullptr, this, nullptr);
    disconnect(m_form->undoStack(), nullptr, this, nullptr);
    // Stop listening first: an abort reports back at once, and this window is half gone.
    if (m_call) {
        disconnect(m_call, nullptr, this, nullptr);
        m_call->abort();
    }
}

PortraitRequest MainWindow::request() const
{
    return m_form->request();
}

void MainWindow::setRequest(const PortraitRequest &request)
{
    m_form->setRequest(request);
}

void MainWindow::replaceRequest(const PortraitRequest &request, const QString &undoText)
{
    m_form->replaceRequest(request, undoText);
}

void MainWindow::addSourceUrls(const QStringList &urls)
{
    m_form->addSourceUrls(urls);
}

void MainWindow::takeSourceUrls(const QStringList &candidates)
{
    m_urlDrops->takeCandidates(candidates, UrlIntakeNotice::Origin::CommandLine);
}

void MainWindow::setEndpointBanner(const QString &text, bool isSandbox)
{
    m_banner->setEndpoint(text, isSandbox);
}

void MainWindow::addNotice(QWidget *notice)
{
    auto *layout = qobject_cast<QBoxLayout *>(centralWidget()->layout());
    layout->insertWidget(layout->indexOf(m_errorPanel) + 1, notice);
}

void MainWindow::createActions()
{
    m_submitAction = newAction(tr("&Submit"), QStringLiteral("send"), QStringLiteral("actionSubmit"), this);
    m_submitAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    // Window-wide, so it also fires while a table cell or the description has focus.
    m_submitAction->setShortcutContext(Qt::WindowShortcut);
    m_submitAction->setToolTip(tr("Send the job to Portrait PRO (Ctrl+Enter)"));
    connect(m_submitAction, &QAction::triggered, this, &MainWindow::submit);

    m_cancelAction = newAction(tr("&Cancel"), QStringLiteral("cancel"), QStringLiteral("actionCancel"), this);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setShortcutContext(Qt::WindowShortcut);
    m_cancelAction->setToolTip(tr("Stop waiting for the request in flight (Esc)"));
    connect(m_cancelAction, &QAction::triggered, this, &MainWindow::cancel);

    m_quitAction = newAction(tr("&Quit"), QStringLiteral("application-exit"), QStringLiteral("actionQuit"), this);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = newAction(tr("&About Portrait PRO"), QStringLiteral("help-about"), QStringLiteral("actionAbout"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    // On the window itself too, so the shortcuts work even where the menu bar is native or hidden.
    addActions({m_submitAction, m_cancelAction, m_quitAction});
}

void MainWindow::createUndoActions()
{
    // Own actions rather than QUndoStack's, so a cell still being typed in is kept first. While
    // a text field has typing of its own to undo, it takes Ctrl+Z first, as every field does.
    QUndoStack *stack = m_form->undoStack();
    m_undoAction = newAction(tr("&Undo"), QStringLiteral("edit-undo"), QStringLiteral("actionUndo"), this);
    m_undoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z));
    connect(m_undoAction, &QAction::triggered, m_form, &RequestForm::undo);
    m_redoAction = newAction(tr("&Redo"), QStringLiteral("edit-redo"), QStringLiteral("actionRedo"), this);
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    connect(m_redoAction, &QAction::triggered, m_form, &RequestForm::redo);

    // The menu names the step: "Undo Remove tag".
    const auto follow = [this, stack] {
        m_undoAction->setEnabled(stack->canUndo());
        m_undoAction->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
        m_redoAction->setEnabled(stack->canRedo());
        m_redoAction->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    };
    connect(stack, &QUndoStack::indexChanged, this, follow);
    connect(stack, &QUndoStack::canUndoChanged, this, follow);
    connect(stack, &QUndoStack::canRedoChanged, this, follow);
    follow();
    addActions({m_undoAction, m_redoAction});
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);

    QMenu *job = menuBar()->addMenu(tr("&Job"));
    job->setObjectName(QStringLiteral("jobMenu"));
    job->addAction(m_submitAction);
    job->addAction(m_cancelAction);

    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_aboutAction);
}

void MainWindow::insertMenu(QMenu *menu)
{
    menuBar()->insertMenu(m_helpMenu->menuAction(), menu);
}

QWidget *MainWindow::buildCentralWidget()
{
    auto *central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralWidget"));

    m_banner = new EndpointBanner(central);
    m_errorPanel = new ErrorPanel(central);
    m_form = new RequestForm(central);
    m_card = new ContentCardView(central);
    connect(m_card, &ContentCardView::statusMessage, this, [this](const QString &message) {
        statusBar()->showMessage(message, 5000);
    });

    auto *splitter = new QSplitter(Qt::Horizontal, central);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_form);
    splitter->addWidget(m_card);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({600, 380});

    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->addWidget(m_banner);
    layout->addWidget(m_errorPanel);
    layout->addWidget(splitter, 1);
    layout->addWidget(buildButtonBar(central));
    return central;
}

QWidget *MainWindow::buildButtonBar(QWidget *parent)
{
    auto *bar = new QWidget(parent);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 4, 0, 0);

    auto *hint = new QLabel(tr("Ctrl+Enter submits from anywhere in the window."), bar);
    hint->setForegroundRole(QPalette::PlaceholderText);

    m_cancelButton = new QPushButton(m_cancelAction->icon(), tr("Cancel"), bar);
    m_cancelButton->setObjectName(QStringLiteral("cancelPushButton"));
    m_cancelButton->setToolTip(m_cancelAction->toolTip());
    connect(m_cancelButton, &QPushButton::clicked, m_cancelAction, &QAction::trigger);

    m_submitButton = new QPushButton(m_submitAction->icon(), tr("Submit"), bar);
    m_submitButton->setObjectName(QStringLiteral("submitPushButton"));
    m_submitButton->setToolTip(m_submitAction->toolTip());
    m_submitButton->setDefault(true);
    connect(m_submitButton, &QPushButton::clicked, m_submitAction, &QAction::trigger);

    layout->addWidget(hint, 1);
    layout->addWidget(m_cancelButton);
    layout->addWidget(m_submitButton);
    return bar;
}

void MainWindow::createStatusBar()
{
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    m_busy = new QProgressBar(statusBar());
    m_busy->setObjectName(QStringLiteral("busyProgressBar"));
    m_busy->setRange(0, 0); // indeterminate: the API says nothing about progress
    m_busy->setMaximumWidth(160);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Sending"));
    statusBar()->addPermanentWidget(m_busy);
    statusBar()->showMessage(tr("Ready"));
}

void MainWindow::submit()
{
    // One request at a time: a second click or shortcut while one is in flight sends nothing.
    if (m_call)
        return;
    if (!m_form->checkBeforeSubmit()) {
        statusBar()->showMessage(tr("Nothing was sent. Fix the fields marked in red, then submit again."));
        return;
    }
    m_errorPanel->dismiss();
    CreatePortraitCall *call = m_client->createPortrait(m_form->request());
    m_call = call;
    setBusy(true);
    statusBar()->showMessage(tr("Sending the job…"));
    connect(call, &CreatePortraitCall::finished, this, [this, call] { onSubmitFinished(call); });
}

void MainWindow::cancel()
{
    if (m_call)
        m_call->abort();
}

void MainWindow::onSubmitFinished(CreatePortraitCall *call)
{
    if (call != m_call)
        return;
    m_call.clear();
    setBusy(false);
    if (!call->succeeded()) {
        showFailure(call);
        emit submitFinished(false);
        return;
    }
    const ContentCard card = call->card();
    m_card->showContent(card, call->rawBody());
    statusBar()->showMessage(tr("Created content %1.").arg(card.contentId));
    emit submitFinished(true);
}

void MainWindow::showFailure(CreatePortraitCall *call)
{
    const ApiError &error = call->error();
    const QString caption = ApiErrorText::caption(error);
    m_errorPanel->showProblem(caption, ApiErrorText::explanation(error), error.details,
                              ApiErrorText::outcomeUnknown(error));
    statusBar()->showMessage(tr("Not created: %1").arg(caption));
}

void MainWindow::setBusy(bool busy)
{
    m_submitAction->setEnabled(!busy);
    m_submitButton->setEnabled(!busy);
    m_cancelAction->setEnabled(busy);
    m_cancelButton->setEnabled(busy);
    m_busy->setVisible(busy);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Portrait PRO"),
                       tr("<h3>Portrait PRO desktop %1</h3>"
                          "<p>Turns landscape videos into portrait 9:16 social clips with "
                          "Videograph's Portrait PRO API.</p>")
                           .arg(QApplication::applicationVersion().toHtmlEscaped()));
}
