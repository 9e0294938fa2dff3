#include "DraftKeeper.h"

#include "DraftAutosaver.h"
#include "MainWindow.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QStatusBar>

DraftKeeper::DraftKeeper(MainWindow *window, DraftAutosaver *autosaver)
    : QObject(window)
    , m_window(window)
    , m_autosaver(autosaver)
{
    setObjectName(QStringLiteral("draftKeeper"));
    addNewAction();
    connect(window, &MainWindow::requestEdited, autosaver, [this](const PortraitRequest &request) {
        if (m_autosaver)
            m_autosaver->schedule(request);
    });
    connect(autosaver, &DraftAutosaver::failed, this, [this](const QString &message) {
        m_window->statusBar()->showMessage(message);
    });
    // The autosaver waits a moment after each change; quitting must not lose that moment.
    connect(qApp, &QCoreApplication::aboutToQuit, autosaver, &DraftAutosaver::flush);
}

DraftKeeper::~DraftKeeper()
{
    if (m_autosaver)
        m_autosaver->flush();
}

void DraftKeeper::addNewAction()
{
    auto *newAction = new QAction(QIcon(QStringLiteral(":/icons/document-new.svg")), tr("&New"), m_window);
    newAction->setObjectName(QStringLiteral("actionNew"));
    newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    newAction->setStatusTip(tr("Start a new job with an empty form"));
    connect(newAction, &QAction::triggered, this, &DraftKeeper::startNew);
    m_window->addAction(newAction);
    QMenu *file = m_window->fileMenu();
    QAction *first = file->actions().isEmpty() ? nullptr : file->actions().constFirst();
    file->insertAction(first, newAction);
    file->insertSeparator(first);
}

bool DraftKeeper::restore()
{
    if (!m_autosaver)
        return false;
    const std::optional<PortraitRequest> draft = m_autosaver->restore();
    if (!draft || *draft == PortraitRequest())
        return false;
    m_window->setRequest(*draft);
    m_window->statusBar()->showMessage(tr("The form is as you left it last time."), 8000);
    return true;
}

void DraftKeeper::startNew()
{
    m_window->replaceRequest(PortraitRequest(), tr("New Job"));
    // Clearing the form scheduled an empty draft; forget it together with the old one.
    if (m_autosaver)
        m_autosaver->discard();
    m_window->statusBar()->showMessage(tr("New job: the form is empty."), 5000);
}
