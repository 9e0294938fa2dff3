#include "RequestForm.h"
#include "SampleRequest.h"
#include "SourceUrlRules.h"
#include "TestFiles.h"
#include "TestWindow.h"
#include "UrlIntakeNotice.h"

#include <QAction>
#include <QClipboard>
#include <QDropEvent>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace SampleUrls;

namespace {

constexpr Qt::DropActions kBrowserActions = Qt::CopyAction | Qt::MoveAction | Qt::LinkAction;

struct DragOutcome
{
    bool entered = false;
    bool dropped = false;
    Qt::DropAction action = Qt::IgnoreAction;
};

// Enter, move and drop at the middle of target, the sequence a window system delivers.
DragOutcome dragAndDrop(QWidget *target, const QMimeData &data, Qt::DropActions actions = kBrowserActions,
                        Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    const QPoint pos = target->rect().center();
    QDragEnterEvent enter(pos, actions, &data, Qt::LeftButton, modifiers);
    QCoreApplication::sendEvent(target, &enter);
    QDragMoveEvent move(pos, actions, &data, Qt::LeftButton, modifiers);
    QCoreApplication::sendEvent(target, &move);
    QDropEvent drop(QPointF(pos), actions, &data, Qt::LeftButton, modifiers);
    QCoreApplication::sendEvent(target, &drop);
    return {enter.isAccepted(), drop.isAccepted(), drop.dropAction()};
}

bool dragEnter(QWidget *target, const QMimeData &data)
{
    QDragEnterEvent enter(target->rect().center(), kBrowserActions, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    return enter.isAccepted();
}

void setUriList(QMimeData &data, const QStringList &urls)
{
    data.setData(u"text/uri-list"_s, urls.join(u"\r\n"_s).toUtf8() + "\r\n");
}

QStringList numberedUrls(int count)
{
    QStringList urls;
    for (int i = 0; i < count; ++i)
        urls.append(u"https://cdn.example.com/videos/clip-%1.mp4"_s.arg(i));
    return urls;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir.filePath(name);
    if (!TestFiles::write(path, content))
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

class TestUrlDrop : public QObject
{
    Q_OBJECT

private:
    static QWidget *viewport(TestWindow &w) { return w.child<QTableView>(u"sourcesTableView"_s)->viewport(); }
    static QWidget *windowHighlight(TestWindow &w) { return w.child<QWidget>(u"windowDropHighlight"_s); }
    static QWidget *tableHighlight(TestWindow &w) { return w.child<QWidget>(u"sourcesDropHighlight"_s); }
    static UrlIntakeNotice *notice(TestWindow &w) { return w.child<UrlIntakeNotice>(u"urlIntakeNoticePanel"_s); }
    static QString noticeDetails(TestWindow &w) { return w.child<QLabel>(u"urlIntakeNoticeDetailsLabel"_s)->text(); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void uriListOnWindow_addsEveryUrlInOrder()
    {
        TestWindow w;
        QMimeData data;
        setUriList(data, numberedUrls(300));
        const DragOutcome outcome = dragAndDrop(&w.window(), data);
        QVERIFY(outcome.entered);
        QVERIFY(outcome.dropped);
        QCOMPARE(w.sourceUrls(), numberedUrls(300));
        QVERIFY2(w.statusText().contains(u"Added 300"_s), qPrintable(w.statusText()));
        QVERIFY(notice(w)->isHidden());
    }

    void uriListOnSourceTable_appendsAfterExistingRows()
    {
        TestWindow w;
        w->addSourceUrls({a()});
        QMimeData data;
        setUriList(data, numberedUrls(50));
        const DragOutcome outcome = dragAndDrop(viewport(w), data);
        QVERIFY(outcome.entered);
        QVERIFY(outcome.dropped);
        QCOMPARE(w.sourceUrls(), QStringList{a()} + numberedUrls(50));
    }

    void dropOnWindow_scrollsTheFormToTheNewRows()
    {
        TestWindow w;
        w->resize(800, 480);
        QVERIFY(w.showAndActivate());
        auto *table = w.child<QTableView>(u"sourcesTableView"_s);
        QTRY_VERIFY(table->visibleRegion().isEmpty()); // below the fold of the form
        QMimeData data;
        setUriList(data, numberedUrls(30));
        QVERIFY(dragAndDrop(&w.window(), data).dropped);
        QTRY_VERIFY(!table->visibleRegion().isEmpty());
        const QModelIndex last = table->model()->index(29, 0);
        QVERIFY(table->viewport()->rect().intersects(table->visualRect(last)));
    }

    void plainText_urlsAmongWordsSpacesCommasAndNewLines_areAdded()
    {
        TestWindow w;
        QMimeData data;
        data.setText(u"Clips for today: https://a.example/1.mp4, https://b.example/2.mp4\n"
                     "https://c.example/3.mp4 and also https://d.example/4.mp4,https://e.example/5.mp4 thanks!"_s);
        QVERIFY(dragAndDrop(&w.window(), data).dropped);
        QCOMPARE(w.sourceUrls(), (QStringList{u"https://a.example/1.mp4"_s, u"https://b.example/2.mp4"_s,
                                       u"https://c.example/3.mp4"_s, u"https://d.example/4.mp4"_s,
                                       u"https://e.example/5.mp4"_s}));
    }

    void mozUrl_addsTheUrlsButNotTheTitles()
    {
        TestWindow w;
        const QString text = u"https://a.example/1.mp4\nFirst clip\nhttps://b.example/2.mp4\nSecond clip"_s;
        QMimeData data;
        data.setData(u"text/x-moz-url"_s,
                     QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2));
        QVERIFY(!data.hasUrls() && !data.hasText());
        QVERIFY(dragAndDrop(viewport(w), data).dropped);
        QCOMPARE(w.sourceUrls(), (QStringList{u"https://a.example/1.mp4"_s, u"https://b.example/2.mp4"_s}));
    }

    void internetShortcutFiles_addTheLinkInside()
    {
        QTemporaryDir dir;
        const QString url = writeFile(dir, u"match.url"_s, "[InternetShortcut]\r\nURL=https://a.example/1.mp4\r\n");
        const QString webloc = writeFile(dir, u"goal.webloc"_s,
                                         "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                         "<plist version=\"1.0\"><dict><key>URL</key>"
                                         "<string>https://b.example/2.mp4</string></dict></plist>\n");
        TestWindow w;
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(url), QUrl::fromLocalFile(webloc)});
        QVERIFY(dragAndDrop(&w.window(), data).dropped);
        QCOMPARE(w.sourceUrls(), (QStringList{u"https://a.example/1.mp4"_s, u"https://b.example/2.mp4"_s}));
    }

    void localVideoAndFtp_areRefusedWithTheReasonShownInTheWindow()
    {
        QTemporaryDir dir;
        const QString localVideo = QUrl::fromLocalFile(writeFile(dir, u"holiday.mp4"_s, "not really a video")).toString();
        const QString ftp = u"ftp://files.example/clip.mp4"_s;
        const QString localReason = SourceUrlRules::problemWith(localVideo);
        const QString ftpReason = SourceUrlRules::problemWith(ftp);
        QVERIFY(!localReason.isEmpty() && !ftpReason.isEmpty() && localReason != ftpReason);

        TestWindow w;
        QVERIFY(w.showAndActivate());
        QMimeData data;
        setUriList(data, {localVideo, ftp, a()});
        QVERIFY(dragAndDrop(&w.window(), data).dropped);

        QCOMPARE(w.sourceUrls(), QStringList{a()});
        QVERIFY(notice(w)->isVisible());
        QVERIFY2(notice(w)->caption().contains(u"2 dropped items"_s), qPrintable(notice(w)->caption()));
        QCOMPARE(notice(w)->lines(), (QStringList{localVideo + u" — "_s + localReason, ftp + u" — "_s + ftpReason}));
        QVERIFY2(noticeDetails(w).contains(localReason) && noticeDetails(w).contains(ftpReason),
                 qPrintable(noticeDetails(w)));
        QVERIFY2(w.statusText().contains(u"Added 1"_s) && w.statusText().contains(u"Refused"_s), qPrintable(w.statusText()));

        QTest::mouseClick(w.child<QToolButton>(u"dismissUrlIntakeNoticeToolButton"_s), Qt::LeftButton);
        QVERIFY(!notice(w)->isVisible());
    }

    void manyRefusals_areListedOnlyInPart()
    {
        QStringList ftp;
        for (int i = 0; i < 40; ++i)
            ftp.append(u"ftp://files.example/%1.mp4"_s.arg(i));
        TestWindow w;
        QMimeData data;
        setUriList(data, ftp);
        QVERIFY(dragAndDrop(&w.window(), data).dropped);
        QVERIFY(!notice(w)->isHidden());
        QVERIFY2(notice(w)->caption().contains(u"40"_s), qPrintable(notice(w)->caption()));
        QVERIFY2(notice(w)->lines().size() < 10, qPrintable(notice(w)->lines().join(u'\n')));
        QVERIFY2(notice(w)->lines().constLast().contains(u"more"_s), qPrintable(notice(w)->lines().constLast()));
    }

    void laterDropWithoutRefusals_hidesTheOldNotice()
    {
        TestWindow w;
        QMimeData refused;
        setUriList(refused, {u"ftp://files.example/clip.mp4"_s});
        QVERIFY(dragAndDrop(&w.window(), refused).dropped);
        QVERIFY(!notice(w)->isHidden());
        QMimeData fine;
        setUriList(fine, {a()});
        QVERIFY(dragAndDrop(&w.window(), fine).dropped);
        QVERIFY(notice(w)->isHidden());
    }

    void urlsAlreadyListed_areSkippedAndCounted()
    {
        TestWindow w;
        w->addSourceUrls({a()});
        QMimeData data;
        setUriList(data, {a(), u"HTTPS://EXAMPLE.COM/a.mp4"_s, b(), b()});
        QVERIFY(dragAndDrop(viewport(w), data).dropped);
        QCOMPARE(w.sourceUrls(), (QStringList{a(), b()}));
        QVERIFY2(w.statusText().contains(u"Added 1"_s) && w.statusText().contains(u"Skipped 3"_s), qPrintable(w.statusText()));
    }

    void dropOfManyUrls_isOneUndoStep()
    {
        TestWindow w;
        w->addSourceUrls({a()});
        QMimeData data;
        setUriList(data, numberedUrls(20));
        QVERIFY(dragAndDrop(&w.window(), data).dropped);
        QCOMPARE(w.sourceUrls().size(), 21);
        w.child<QAction>(u"actionUndo"_s)->trigger();
        QCOMPARE(w.sourceUrls(), QStringList{a()});
    }

    void dragWithoutUrls_isRefusedAndNotHighlighted()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        QMimeData image;
        image.setData(u"image/png"_s, QByteArray("\x89PNG\r\n\x1a\n", 8));
        QVERIFY(!dragEnter(&w.window(), image));
        QVERIFY(!dragEnter(viewport(w), image));
        QVERIFY(!windowHighlight(w)->isVisible());
        QVERIFY(!tableHighlight(w)->isVisible());
        QVERIFY(!dragAndDrop(&w.window(), image).dropped);
        QVERIFY(w.sourceUrls().isEmpty());
    }

    void dragOverWindow_highlightsTheWindowUntilLeave()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        QMimeData data;
        setUriList(data, {a()});
        QVERIFY(!windowHighlight(w)->isVisible());

        QVERIFY(dragEnter(&w.window(), data));
        QVERIFY(windowHighlight(w)->isVisible());
        QVERIFY(!tableHighlight(w)->isVisible());
        QCOMPARE(windowHighlight(w)->geometry(), w->centralWidget()->rect());
        QDragMoveEvent move(w->rect().center(), kBrowserActions, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&w.window(), &move);
        QVERIFY(move.isAccepted());
        QVERIFY(windowHighlight(w)->isVisible());

        QDragLeaveEvent leave;
        QCoreApplication::sendEvent(&w.window(), &leave);
        QVERIFY(!windowHighlight(w)->isVisible());
        QVERIFY(w.sourceUrls().isEmpty());
    }

    void dragOverSourceTable_highlightsTheTableUntilDrop()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        auto *table = w.child<QTableView>(u"sourcesTableView"_s);
        QMimeData data;
        setUriList(data, {a()});

        QVERIFY(dragEnter(table->viewport(), data));
        QVERIFY(tableHighlight(w)->isVisible());
        QVERIFY(!windowHighlight(w)->isVisible());
        QCOMPARE(tableHighlight(w)->geometry(), table->rect());

        QDropEvent drop(QPointF(table->viewport()->rect().center()), kBrowserActions, &data, Qt::LeftButton,
                        Qt::NoModifier);
        QCoreApplication::sendEvent(table->viewport(), &drop);
        QVERIFY(drop.isAccepted());
        QVERIFY(!tableHighlight(w)->isVisible());
        QCOMPARE(w.sourceUrls(), QStringList{a()});
    }

    void moveOfferedByFileManager_isTakenAsCopy()
    {
        QTemporaryDir dir;
        const QString shortcut = writeFile(dir, u"clip.url"_s, "[InternetShortcut]\nURL=https://a.example/1.mp4\n");
        TestWindow w;
        QMimeData data;
        data.setUrls({QUrl::fromLocalFile(shortcut)});
        // Shift asks a file manager for a move; the file must stay where it is.
        const DragOutcome outcome = dragAndDrop(&w.window(), data, Qt::CopyAction | Qt::MoveAction, Qt::ShiftModifier);
        QVERIFY(outcome.dropped);
        QCOMPARE(outcome.action, Qt::CopyAction);
        QCOMPARE(w.sourceUrls(), QStringList{u"https://a.example/1.mp4"_s});
    }

    void dragOfferingOnlyMove_isRefusedAndNotHighlighted()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        QMimeData data;
        setUriList(data, {a()});
        QDragEnterEvent enter(w->rect().center(), Qt::MoveAction, &data, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&w.window(), &enter);
        QVERIFY(!enter.isAccepted());
        QVERIFY(!windowHighlight(w)->isVisible());
    }

    void dropWithoutAnyUrl_saysNoUrlsFound()
    {
        TestWindow w;
        QMimeData data;
        data.setText(u"Just a note about the match, no links."_s);
        QVERIFY(dragAndDrop(&w.window(), data).dropped);
        QVERIFY(w.sourceUrls().isEmpty());
        QVERIFY2(w.statusText().startsWith(u"No URLs found"_s), qPrintable(w.statusText()));
    }

    void commandLineArguments_areTakenAsIfDropped()
    {
        TestWindow w;
        w->addSourceUrls({a()});
        w->takeSourceUrls({a(), u"movie.mp4"_s, b()});
        QCOMPARE(w.sourceUrls(), (QStringList{a(), b()}));
        QVERIFY(w.statusText().contains(u"Skipped 1"_s));
        QVERIFY(!notice(w)->isHidden());
        QVERIFY2(notice(w)->caption().contains(u"command-line argument"_s), qPrintable(notice(w)->caption()));
        QVERIFY(noticeDetails(w).contains(u"movie.mp4"_s));
    }

    void pasteUrlsAction_isInTheEditMenuWithCtrlShiftV()
    {
        TestWindow w;
        auto *action = w.child<QAction>(u"actionPasteUrls"_s);
        QCOMPARE(action->text(), u"Paste &URLs"_s);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
        QCOMPARE(action->shortcutContext(), Qt::WindowShortcut);
        QVERIFY(w.child<QMenu>(u"editMenu"_s)->actions().contains(action));
    }

    void pasteUrlsAction_addsTheUrlsOnTheClipboard()
    {
        TestWindow w;
        w->addSourceUrls({a()});
        QGuiApplication::clipboard()->setText(u"New cuts:\nhttps://a.example/1.mp4, https://a.example/2.mp4 "_s + a());
        w.child<QAction>(u"actionPasteUrls"_s)->trigger();
        QCOMPARE(w.sourceUrls(), (QStringList{a(), u"https://a.example/1.mp4"_s, u"https://a.example/2.mp4"_s}));
        QVERIFY2(w.statusText().contains(u"Added 2"_s) && w.statusText().contains(u"Skipped 1"_s), qPrintable(w.statusText()));
    }

    void pasteUrlsAction_readsAUriListOnTheClipboard()
    {
        TestWindow w;
        auto *data = new QMimeData;
        data->setUrls({QUrl(a()), QUrl(u"file:///tmp/v.mp4"_s)});
        QGuiApplication::clipboard()->setMimeData(data);
        w.child<QAction>(u"actionPasteUrls"_s)->trigger();
        QCOMPARE(w.sourceUrls(), QStringList{a()});
        QVERIFY(!notice(w)->isHidden());
        QVERIFY2(notice(w)->caption().contains(u"pasted"_s), qPrintable(notice(w)->caption()));
        QCOMPARE(notice(w)->lines().size(), 1);
        QVERIFY(notice(w)->lines().first().startsWith(u"file:///tmp/v.mp4 — "_s));
    }

    void ctrlShiftV_pastesUrlsEvenWhileTheTitleHasFocus()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        auto *title = w.child<QLineEdit>(u"titleLineEdit"_s);
        title->setFocus();
        QTRY_VERIFY(title->hasFocus());
        QGuiApplication::clipboard()->setText(a());
        QTest::keyClick(title, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(w.sourceUrls(), QStringList{a()});
        QVERIFY(title->text().isEmpty());
    }

    void pasteWithoutUrls_saysNoUrlsFound()
    {
        TestWindow w;
        QGuiApplication::clipboard()->setText(u"nothing to see here"_s);
        w.child<QAction>(u"actionPasteUrls"_s)->trigger();
        QVERIFY(w.sourceUrls().isEmpty());
        QVERIFY2(w.statusText().startsWith(u"No URLs found on the clipboard"_s), qPrintable(w.statusText()));

        QGuiApplication::clipboard()->clear();
        w->statusBar()->clearMessage();
        w.child<QAction>(u"actionPasteUrls"_s)->trigger();
        QVERIFY2(w.statusText().startsWith(u"No URLs found on the clipboard"_s), qPrintable(w.statusText()));
    }
};

QTEST_MAIN(TestUrlDrop)
#include "tst_UrlDrop.moc"
