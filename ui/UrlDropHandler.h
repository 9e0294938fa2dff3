#pragma once

#include "UrlIntakeNotice.h"

#include <QObject>

class DropHighlight;
class MainWindow;
class QDragMoveEvent;
class QDropEvent;
class QMimeData;
class QTableView;
class QWidget;

// Adds source videos from links dropped on the window or on the source table, or pasted with
// Edit > Paste URLs (Ctrl+Shift+V). Links come in many shapes (URI lists, text, Mozilla's
// format, .url and .webloc files); only public http(s) URLs become rows, all in one edit, and
// the person is told what was added, skipped as already listed, or refused and why.
//
// Lives as a child of the window it serves: new UrlDropHandler(window) is all the setup.
class UrlDropHandler : public QObject
{
    Q_OBJECT

public:
    explicit UrlDropHandler(MainWindow *window);

    // "Paste URLs": objectName "actionPasteUrls", in the Edit menu.

    // Takes URL candidates (command-line arguments, say) exactly as a drop of them would be.
    void takeCandidates(const QStringList &candidates, UrlIntakeNotice::Origin origin);

public slots:
    void pasteUrls();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createPasteAction();
    bool dragEnter(QDragMoveEvent *event, DropHighlight *highlight);
    bool dragMove(QDragMoveEvent *event);
    bool drop(QDropEvent *event);
    void hideHighlights();
    void take(const QMimeData *data, UrlIntakeNotice::Origin origin);
    void report(const UrlIntakeResult &result, UrlIntakeNotice::Origin origin);

    MainWindow *m_window;
    QTableView *m_table;
    QWidget *m_tableViewport;
    DropHighlight *m_windowHighlight;
    DropHighlight *m_tableHighlight;
    UrlIntakeNotice *m_notice;
};
