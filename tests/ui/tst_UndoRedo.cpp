#include "ItemViewDriver.h"
#include "PresetWindow.h"
#include "RequestForm.h"
#include "SampleRequest.h"
#include "TestWindow.h"

#include <QAction>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>
#include <memory>

using namespace Qt::StringLiterals;
using namespace SampleUrls;

// Undo and redo through the Edit menu's actions and their shortcuts, for every kind of list
// edit and for replacing the whole form with a preset or a new job.
class TestUndoRedo : public QObject
{
    Q_OBJECT

private:
    static void undo(TestWindow &w) { w.child<QAction>(u"actionUndo"_s)->trigger(); }
    static void redo(TestWindow &w) { w.child<QAction>(u"actionRedo"_s)->trigger(); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void undoActions_startDisabledAndNameTheStep()
    {
        TestWindow w;
        auto *undoAction = w.child<QAction>(u"actionUndo"_s);
        QVERIFY(!undoAction->isEnabled());
        QVERIFY(!w.child<QAction>(u"actionRedo"_s)->isEnabled());
        QVERIFY(w.child<QMenu>(u"editMenu"_s)->actions().contains(undoAction));
        w->addSourceUrls({a()});
        QVERIFY(undoAction->isEnabled());
        QVERIFY2(undoAction->text().contains(u"Add source video"_s), qPrintable(undoAction->text()));
    }

    void pastedTags_areOneStepUndoneAndRedoneTogether()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        w.typeTags(u"a, b, c"_s);
        QCOMPARE(w->request().tags, (QStringList{u"a"_s, u"b"_s, u"c"_s}));
        undo(w);
        QCOMPARE(w->request().tags, QStringList());
        redo(w);
        QCOMPARE(w->request().tags, (QStringList{u"a"_s, u"b"_s, u"c"_s}));
    }

    void tagRemoveEditAndMove_undoInReverseOrder_withShortcuts()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        w.typeTags(u"one, two, three"_s);
        auto *list = w.child<QListView>(u"tagsListView"_s);

        QVERIFY(ItemViewDriver::typeIntoCell(list, 0, 0, u"uno"_s));
        ItemViewDriver::selectRow(list, 2);
        QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier);   // move "three" up
        ItemViewDriver::selectRow(list, 1);
        QTest::keyClick(list, Qt::Key_Delete);                 // remove "three"
        QCOMPARE(w->request().tags, (QStringList{u"uno"_s, u"two"_s}));

        // Ctrl+Z with the list focused walks back one step at a time.
        QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(w->request().tags, (QStringList{u"uno"_s, u"three"_s, u"two"_s}));
        QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(w->request().tags, (QStringList{u"uno"_s, u"two"_s, u"three"_s}));
        QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(w->request().tags, (QStringList{u"one"_s, u"two"_s, u"three"_s}));

        // Ctrl+Shift+Z brings them back in order.
        QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(w->request().tags, (QStringList{u"uno"_s, u"two"_s, u"three"_s}));
        QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(w->request().tags, (QStringList{u"uno"_s, u"two"_s}));
    }

    void metadataAddAndEdit_areUndone()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        QTest::mouseClick(w.child<QToolButton>(u"addMetadataToolButton"_s), Qt::LeftButton);
        auto *table = w.child<QTableView>(u"metadataTableView"_s);
        QVERIFY(ItemViewDriver::typeIntoCell(table, 0, 0, u"campaign"_s));
        QVERIFY(ItemViewDriver::typeIntoCell(table, 0, 1, u"spring"_s));
        QCOMPARE(w->request().metadata, (QList<MetadataEntry>{{u"campaign"_s, u"spring"_s}}));

        undo(w);
        QCOMPARE(w->request().metadata, (QList<MetadataEntry>{{u"campaign"_s, QString()}}));
        undo(w);
        QCOMPARE(w->request().metadata, (QList<MetadataEntry>{{QString(), QString()}}));
        undo(w);
        QVERIFY(w->request().metadata.isEmpty());
        redo(w);
        redo(w);
        redo(w);
        QCOMPARE(w->request().metadata, (QList<MetadataEntry>{{u"campaign"_s, u"spring"_s}}));
    }

    void sourceEdits_allUndoToTheStartAndRedoToTheEnd()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        w->addSourceUrls({a(), b()});
        auto *table = w.child<QTableView>(u"sourcesTableView"_s);
        QVERIFY(ItemViewDriver::typeIntoCell(table, 1, 1, u"0:10"_s));
        ItemViewDriver::selectRow(table, 1);
        QTest::keyClick(table, Qt::Key_Up, Qt::AltModifier);
        ItemViewDriver::selectRow(table, 1);
        QTest::keyClick(table, Qt::Key_Delete);
        const QList<SourceVideo> end{{b(), {u"0:10"_s, QString()}}};
        QCOMPARE(w->request().sources, end);

        QUndoStack *stack = w->form()->undoStack();
        QCOMPARE(stack->count(), 4); // the two URLs went in as one step
        while (stack->canUndo())
            undo(w);
        QVERIFY(w->request().sources.isEmpty());
        while (stack->canRedo())
            redo(w);
        QCOMPARE(w->request().sources, end);
    }

    void undoneRemove_putsTheRowBackWhereItWas()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        w->addSourceUrls({a(), b(), c()});
        auto *table = w.child<QTableView>(u"sourcesTableView"_s);
        ItemViewDriver::selectRow(table, 1);
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(w.sourceUrls(), (QStringList{a(), c()}));
        undo(w);
        QCOMPARE(w.sourceUrls(), (QStringList{a(), b(), c()}));
    }

    void ctrlZInTheTitle_undoesTypingFirstThenTheLastListStep()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        w->addSourceUrls({a()});
        auto *title = w.child<QLineEdit>(u"titleLineEdit"_s);
        title->setFocus();
        QTest::keyClicks(title, u"Teaser"_s);
        QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(title->text(), QString());
        QCOMPARE(w.sourceUrls(), QStringList{a()});
        // The field has nothing left to undo: the key reaches the window's Undo.
        QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(w.sourceUrls(), QStringList());
        // Redo walks forward the same way: the field's own step first, then the window's.
        QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(title->text(), u"Teaser"_s);
        QCOMPARE(w.sourceUrls(), QStringList());
        QTest::keyClick(title, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(w.sourceUrls(), QStringList{a()});
    }

    void ctrlZInTheTagField_rightAfterAddingTags_takesThemBack()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        w.typeTags(u"a, b"_s);
        QCOMPARE(w->request().tags, (QStringList{u"a"_s, u"b"_s}));
        auto *input = w.child<QLineEdit>(u"newTagLineEdit"_s);
        QVERIFY(input->hasFocus());
        QTest::keyClick(input, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(w->request().tags, QStringList());
    }

    void refusedEdit_addsNoUndoStep()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        w.typeTags(u"a, b"_s);
        QUndoStack *stack = w->form()->undoStack();
        const int steps = stack->count();
        auto *list = w.child<QListView>(u"tagsListView"_s);
        ItemViewDriver::typeIntoCell(list, 1, 0, u"A"_s); // a repeat: refused
        QCOMPARE(w->request().tags, (QStringList{u"a"_s, u"b"_s}));
        QCOMPARE(stack->count(), steps);
    }

    void undoneRemove_makesTheRestoredRowCurrent()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        w->addSourceUrls({a(), b(), c()});
        auto *table = w.child<QTableView>(u"sourcesTableView"_s);
        ItemViewDriver::selectRow(table, 2);
        QTest::keyClick(table, Qt::Key_Delete);
        ItemViewDriver::selectRow(table, 0);
        undo(w);
        QCOMPARE(w.sourceUrls(), (QStringList{a(), b(), c()}));
        QCOMPARE(table->currentIndex().row(), 2);
    }

    void replacingTheForm_keepsACellStillBeingTyped()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        w->addSourceUrls({a()});
        auto *table = w.child<QTableView>(u"sourcesTableView"_s);
        QLineEdit *editor = ItemViewDriver::openEditor(table, 0, 1);
        QVERIFY(editor);
        QTest::keyClicks(editor, u"0:10"_s); // no Enter: still being typed
        w->replaceRequest(PortraitRequest(), u"New Job"_s);
        QCOMPARE(w->request(), PortraitRequest());
        undo(w);
        QCOMPARE(w->request().sources, (QList<SourceVideo>{{a(), {u"0:10"_s, QString()}}}));
    }

    void replacingTheFormWithTheSame_keepsRedo()
    {
        TestWindow w;
        w->addSourceUrls({a()});
        undo(w);
        QVERIFY(w.child<QAction>(u"actionRedo"_s)->isEnabled());
        w->replaceRequest(w->request(), u"New Job"_s);
        QVERIFY(w.child<QAction>(u"actionRedo"_s)->isEnabled());
    }

    void windowClosedWithACellBeingTyped_goesAwayCleanly()
    {
        auto w = std::make_unique<TestWindow>();
        QVERIFY(w->showAndActivate());
        w->window().addSourceUrls({a()});
        QLineEdit *editor = ItemViewDriver::openEditor(w->child<QTableView>(u"sourcesTableView"_s), 0, 1);
        QVERIFY(editor);
        QTest::keyClicks(editor, u"0:10"_s);
        int edits = 0;
        QObject::connect(&w->window(), &MainWindow::requestEdited, [&edits] { ++edits; });
        w.reset();
        QCOMPARE(edits, 0); // the half-destroyed window heard nothing
    }

    void presetLoad_isUndoneAndKeepsWhatWasTypedAfterIt()
    {
        PresetWindow w;
        QVERIFY(w.showAndActivate());
        QVERIFY(w.store().save(u"Campaign"_s, sampleRequest(u"From preset"_s, b()), false, nullptr));
        const PortraitRequest typed = sampleRequest(u"Typed by hand"_s, a());
        w->setRequest(typed);

        w.trigger(u"actionLoadPreset_1"_s);
        QCOMPARE(w->request().title, u"From preset"_s);
        auto *undoAction = w.child<QAction>(u"actionUndo"_s);
        QVERIFY2(undoAction->text().contains(u"Campaign"_s), qPrintable(undoAction->text()));
        // Typing after the load has no undo step of its own; undo and redo must not lose it.
        w.child<QLineEdit>(u"titleLineEdit"_s)->setText(u"From preset, edited"_s);

        undo(w);
        QCOMPARE(w->request(), typed);
        redo(w);
        QCOMPARE(w->request().title, u"From preset, edited"_s);
        QCOMPARE(w.sourceUrls(), QStringList{b()});
    }
};

QTEST_MAIN(TestUndoRedo)
#include "tst_UndoRedo.moc"
