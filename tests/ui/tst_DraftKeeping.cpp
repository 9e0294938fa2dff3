#include "DraftAutosaver.h"
#include "DraftFile.h"
#include "DraftKeeper.h"
#include "RequestForm.h"
#include "SampleRequest.h"
#include "TestWindow.h"

#include <QAction>
#include <QCheckBox>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// A window whose form is kept in a draft file of its own.
struct DraftWindow
{
    explicit DraftWindow(const QString &path, int delay = 0)
        : autosaver(path)
    {
        autosaver.setDelay(delay);
        keeper = new DraftKeeper(&w.window(), &autosaver);
    }

    DraftAutosaver autosaver;
    TestWindow w;
    DraftKeeper *keeper = nullptr;
};

} // namespace

class TestDraftKeeping : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void typing_savesTheDraft()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"draft.json"_s);
        DraftWindow d(path);
        QVERIFY(d.w.showAndActivate());
        QTest::keyClicks(d.w.child<QLineEdit>(u"titleLineEdit"_s), u"Kept safe"_s);
        QTRY_COMPARE(DraftFile::read(path).value_or(PortraitRequest()).title, u"Kept safe"_s);
    }

    void draft_isRestoredIntoANewWindowExactlyAsTyped()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"draft.json"_s);
        PortraitRequest unfinished = sampleRequest(u"Half done"_s);
        unfinished.sources.append({u"https://example.com/b.mp4"_s, {u"1:7x"_s, {}}}); // not a time yet
        unfinished.publicPolicy = false;
        QVERIFY(DraftFile::write(path, unfinished, nullptr));

        DraftWindow d(path);
        QVERIFY(d.keeper->restore());
        QCOMPARE(d.w->request(), unfinished);
        // Command-line URLs come after the restored rows.
        d.w->addSourceUrls({u"https://example.com/from-the-command-line.mp4"_s});
        QCOMPARE(d.w->request().sources.size(), 3);
        QCOMPARE(d.w->request().sources.at(2).url, u"https://example.com/from-the-command-line.mp4"_s);
    }

    void closingTheWindow_writesWhatIsPendingForTheNextOne()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"draft.json"_s);
        {
            // Far longer than the test: only the flush on closing can write it.
            auto d = std::make_unique<DraftWindow>(path, 600000);
            d->w->setRequest(sampleRequest(u"Last words"_s));
            QVERIFY(!QFile::exists(path));
        }
        DraftWindow next(path);
        QVERIFY(next.keeper->restore());
        QCOMPARE(next.w->request(), sampleRequest(u"Last words"_s));
    }

    void noDraft_leavesTheFormEmpty()
    {
        QTemporaryDir dir;
        DraftWindow d(dir.filePath(u"draft.json"_s));
        QVERIFY(!d.keeper->restore());
        QCOMPARE(d.w->request(), PortraitRequest());
    }

    void newAction_isInTheFileMenuWithCtrlN()
    {
        QTemporaryDir dir;
        DraftWindow d(dir.filePath(u"draft.json"_s));
        auto *action = d.w.child<QAction>(u"actionNew"_s);
        QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_N));
        QVERIFY(d.w.child<QMenu>(u"fileMenu"_s)->actions().contains(action));
        QCOMPARE(d.w.child<QMenu>(u"fileMenu"_s)->actions().constFirst(), action);
    }

    void new_isOneStepThatCtrlZTakesBack()
    {
        QTemporaryDir dir;
        DraftWindow d(dir.filePath(u"draft.json"_s));
        QVERIFY(d.w.showAndActivate());
        const PortraitRequest old = sampleRequest(u"Old job"_s);
        d.w->setRequest(old);

        QTest::keyClick(&d.w.window(), Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(d.w->request(), PortraitRequest());
        auto *undo = d.w.child<QAction>(u"actionUndo"_s);
        QVERIFY2(undo->text().contains(u"New Job"_s), qPrintable(undo->text()));
        // Pressed where the focus is, the title field: it has no typing of its own to undo.
        auto *title = d.w.child<QLineEdit>(u"titleLineEdit"_s);
        title->setFocus();
        QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(d.w->request(), old);
    }

    void new_afterAFailedSubmit_showsNoErrors()
    {
        QTemporaryDir dir;
        DraftWindow d(dir.filePath(u"draft.json"_s));
        QVERIFY(d.w.showAndActivate());
        d.w->submit(); // empty form: every required field is flagged
        QVERIFY(!d.w->form()->shownErrors().isEmpty());
        d.w.child<QLineEdit>(u"titleLineEdit"_s)->setText(u"Started"_s);
        d.keeper->startNew();
        QVERIFY(d.w->form()->shownErrors().isEmpty());
    }

    void restoredDraft_startsWithNoUndoHistory()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"draft.json"_s);
        QVERIFY(DraftFile::write(path, sampleRequest(u"Yesterday"_s), nullptr));
        DraftWindow d(path);
        d.w->addSourceUrls({u"https://example.com/b.mp4"_s});
        QVERIFY(d.w.child<QAction>(u"actionUndo"_s)->isEnabled());
        QVERIFY(d.keeper->restore());
        QCOMPARE(d.w->request().title, u"Yesterday"_s);
        QVERIFY(!d.w.child<QAction>(u"actionUndo"_s)->isEnabled());
    }

    void new_clearsTheFormAndDiscardsTheDraft()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"draft.json"_s);
        DraftWindow d(path);
        QVERIFY(d.w.showAndActivate());
        d.w->setRequest(sampleRequest(u"Old job"_s));
        QTRY_VERIFY(QFile::exists(path));

        QTest::keyClick(&d.w.window(), Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(d.w->request(), PortraitRequest());
        QVERIFY(d.w.child<QCheckBox>(u"publicCheckBox"_s)->isChecked());
        QVERIFY(!d.w.child<QCheckBox>(u"signedCheckBox"_s)->isChecked());
        QVERIFY(!QFile::exists(path));
        // Nothing is left waiting to bring the old draft (or an empty one) back.
        d.autosaver.flush();
        QVERIFY(!QFile::exists(path));

        // The next keystroke is a draft again.
        QTest::keyClicks(d.w.child<QLineEdit>(u"titleLineEdit"_s), u"Fresh"_s);
        QTRY_COMPARE(DraftFile::read(path).value_or(PortraitRequest()).title, u"Fresh"_s);
    }
};

QTEST_MAIN(TestDraftKeeping)
#include "tst_DraftKeeping.moc"
