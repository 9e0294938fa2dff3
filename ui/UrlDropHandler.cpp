#include "UrlDropHandler.h"

#include "DropHighlight.h"
#include "MainWindow.h"
#include "MimeUrlReader.h"
#include "RequestForm.h"
#include "UrlIntake.h"

#include <QAction>
#include <QClipboard>
#include <QDropEvent>
#include <QGuiApplication>
#include <QMenu>
#include <QMimeData>
#include <QStatusBar>
#include <QTableView>

namespace {

// Copy (or Link, when that is all the source offers), never Move, whatever the modifier keys
// propose: a file manager told that a dropped .url file was moved deletes it.
bool chooseAction(QDropEvent *event)
{
    for (const Qt::DropAction action : {Qt::CopyAction, Qt::LinkAction}) {
        if (event->possibleActions().testFlag(action)) {
            event->setDropAction(action);
            event->accept();
            return true;
        }
    }
    event->ignore();
    return false;
}

} // namespace

UrlDropHandler::UrlDropHandler(MainWindow *window)
    : QObject(window)
    , m_window(window)
    , m_table(window->form()->sourcesView())
    , m_tableViewport(m_table->viewport())
    , m_windowHighlight(new DropHighlight(window->centralWidget(), QStringLiteral("windowDropHighlight")))
    , m_tableHighlight(new DropHighlight(m_table, QStringLiteral("sourcesDropHighlight")))
    , m_notice(new UrlIntakeNotice(window))
{
    setObjectName(QStringLiteral("urlDropHandler"));
    window->addNotice(m_notice);
    // The window catches drops on everything that takes none itself (labels, group boxes, the
    // card); text fields keep taking text dropped into them.
    for (QWidget *target : {static_cast<QWidget *>(window), m_tableViewport}) {
        target->setAcceptDrops(true);
        target->installEventFilter(this);
    }
    createPasteAction();
}

void UrlDropHandler::createPasteAction()
{
    auto *pasteAction = new QAction(tr("Paste &URLs"), this);
    pasteAction->setObjectName(QStringLiteral("actionPasteUrls"));
    pasteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    // Window-wide, so it works while a text field or a table cell has focus: plain Ctrl+V
    // there still pastes text into the field.
    pasteAction->setShortcutContext(Qt::WindowShortcut);
    pasteAction->setToolTip(tr("Add the video links on the clipboard as sources (Ctrl+Shift+V)"));
    pasteAction->setStatusTip(tr("Add every http(s) link on the clipboard to the source videos"));
    connect(pasteAction, &QAction::triggered, this, &UrlDropHandler::pasteUrls);

    // On the window too, so the shortcut works where the menu bar is native or hidden.
    m_window->addAction(pasteAction);
    QMenu *edit = m_window->editMenu();
    edit->addSeparator();
    edit->addAction(pasteAction);
}

bool UrlDropHandler::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::DragEnter:
        return dragEnter(static_cast<QDragEnterEvent *>(event),
                         watched == m_tableViewport ? m_tableHighlight : m_windowHighlight);
    case QEvent::DragMove:
        return dragMove(static_cast<QDragMoveEvent *>(event));
    case QEvent::DragLeave:
        hideHighlights();
        return false;
    case QEvent::Drop:
        return drop(static_cast<QDropEvent *>(event));
    default:
        return false;
    }
}

bool UrlDropHandler::dragEnter(QDragMoveEvent *event, DropHighlight *highlight)
{
    if (!dragMove(event))
        return false;
    hideHighlights();
    highlight->showOverParent();
    return true;
}

bool UrlDropHandler::dragMove(QDragMoveEvent *event)
{
    // Only a cheap look at the formats: reading a large drop on every mouse move would lag.
    // Anything else goes on to the widget's own handling.
    if (!MimeUrlReader::mayHaveUrls(*event->mimeData()))
        return false;
    // A drag offering only Move is refused: no highlight, and the cursor says no.
    return chooseAction(event);
}

bool UrlDropHandler::drop(QDropEvent *event)
{
    hideHighlights();
    if (!MimeUrlReader::mayHaveUrls(*event->mimeData()) || !chooseAction(event))
        return false;
    take(event->mimeData(), UrlIntakeNotice::Origin::Drop);
    return true;
}

void UrlDropHandler::hideHighlights()
{
    m_windowHighlight->hide();
    m_tableHighlight->hide();
}

void UrlDropHandler::pasteUrls()
{
    take(QGuiApplication::clipboard()->mimeData(), UrlIntakeNotice::Origin::Clipboard);
}

void UrlDropHandler::take(const QMimeData *data, UrlIntakeNotice::Origin origin)
{
    takeCandidates(data ? MimeUrlReader::candidates(*data) : QStringList(), origin);
}

void UrlDropHandler::takeCandidates(const QStringList &candidates, UrlIntakeNotice::Origin origin)
{
    const UrlIntakeResult result = UrlIntake::sort(candidates, m_window->form()->sourceUrls());
    if (!result.added.isEmpty()) {
        m_window->addSourceUrls(result.added);
        // A drop anywhere on the window lands at the end of the table: show it there.
        m_window->form()->ensureWidgetVisible(m_table);
        m_table->scrollToBottom();
    }
    report(result, origin);
}

void UrlDropHandler::report(const UrlIntakeResult &result, UrlIntakeNotice::Origin origin)
{
    m_notice->showResult(result, origin);
    QString message = result.summary();
    if (result.isEmpty() && origin != UrlIntakeNotice::Origin::CommandLine) {
        message = origin == UrlIntakeNotice::Origin::Drop
            ? tr("No URLs found in what was dropped. Drop links to videos (http:// or https://).")
            : tr("No URLs found on the clipboard. Copy links to videos (http:// or https://), then paste them.");
    }
    m_window->statusBar()->showMessage(message);
}
