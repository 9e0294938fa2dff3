#include "InlineErrorLabel.h"
#include "ItemViewDriver.h"
#include "TestWindow.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLineEdit>
#include <QListView>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

class TestTagEditing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void typedTagAndReturn_addsTagAndEmptiesField()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        w.typeTags(u"sport"_s);
        QCOMPARE(w->request().tags, QStringList{u"sport"_s});
        QVERIFY(w.child<QLineEdit>(u"newTagLineEdit"_s)->text().isEmpty());
        QVERIFY(!w.child<InlineErrorLabel>(u"tagsErrorLabel"_s)->isVisible());
    }

    void pastedCommaList_addsThreeTags()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        QGuiApplication::clipboard()->setText(u"a, b, c"_s);
        auto *input = w.child<QLineEdit>(u"newTagLineEdit"_s);
        input->setFocus();
        QTest::keyClick(input, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(input->text(), u"a, b, c"_s);
        QTest::mouseClick(w.child<QToolButton>(u"addTagToolButton"_s), Qt::LeftButton);
        QCOMPARE(w->request().tags, (QStringList{u"a"_s, u"b"_s, u"c"_s}));
    }

    void duplicateInOtherCase_isRefusedWithReasonAndKeptInField()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        w.typeTags(u"Sport"_s);
        w.typeTags(u"sport"_s);
        QCOMPARE(w->request().tags, QStringList{u"Sport"_s});
        auto *error = w.child<InlineErrorLabel>(u"tagsErrorLabel"_s);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"Sport"_s), qPrintable(error->text()));
        QCOMPARE(w.child<QLineEdit>(u"newTagLineEdit"_s)->text(), u"sport"_s);
    }

    void pastedListWithOneRepeat_addsTheOthersAndKeepsTheRepeat()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        w.typeTags(u"news"_s);
        w.typeTags(u"a, NEWS, b"_s);
        QCOMPARE(w->request().tags, (QStringList{u"news"_s, u"a"_s, u"b"_s}));
        QCOMPARE(w.child<QLineEdit>(u"newTagLineEdit"_s)->text(), u"NEWS"_s);
    }

    void blankTag_isRefusedWithReason()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        w.typeTags(u"   "_s);
        QVERIFY(w->request().tags.isEmpty());
        auto *error = w.child<InlineErrorLabel>(u"tagsErrorLabel"_s);
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
    }

    void typingAfterRefusal_clearsTheReason()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        w.typeTags(u"   "_s);
        QTest::keyClicks(w.child<QLineEdit>(u"newTagLineEdit"_s), u"x"_s);
        QVERIFY(!w.child<InlineErrorLabel>(u"tagsErrorLabel"_s)->isVisible());
    }

    void editInPlace_changesTheTag()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        w.typeTags(u"a, b"_s);
        QVERIFY(ItemViewDriver::typeIntoCell(w.child<QListView>(u"tagsListView"_s), 1, 0, u"beta"_s));
        QCOMPARE(w->request().tags, (QStringList{u"a"_s, u"beta"_s}));
    }

    void editInPlaceToRepeat_isRefusedWithReason()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        w.typeTags(u"a, b"_s);
        QVERIFY(ItemViewDriver::typeIntoCell(w.child<QListView>(u"tagsListView"_s), 1, 0, u"A"_s));
        QCOMPARE(w->request().tags, (QStringList{u"a"_s, u"b"_s}));
        QVERIFY(w.child<InlineErrorLabel>(u"tagsErrorLabel"_s)->isVisible());
    }

    void moveButtonsAndAltArrows_reorderTags()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        w.typeTags(u"a, b, c"_s);
        auto *list = w.child<QListView>(u"tagsListView"_s);
        ItemViewDriver::selectRow(list, 0);
        QTest::mouseClick(w.child<QToolButton>(u"moveTagDownToolButton"_s), Qt::LeftButton);
        QCOMPARE(w->request().tags, (QStringList{u"b"_s, u"a"_s, u"c"_s}));
        QCOMPARE(list->currentIndex().row(), 1);

        ItemViewDriver::selectRow(list, 2);
        QTest::keyClick(list, Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(w->request().tags, (QStringList{u"b"_s, u"c"_s, u"a"_s}));
    }

    void moveUpOnFirstRow_isDisabled()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        w.typeTags(u"a, b"_s);
        ItemViewDriver::selectRow(w.child<QListView>(u"tagsListView"_s), 0);
        QVERIFY(!w.child<QToolButton>(u"moveTagUpToolButton"_s)->isEnabled());
        QVERIFY(w.child<QToolButton>(u"moveTagDownToolButton"_s)->isEnabled());
    }

    void deleteKey_removesSelectedTagAndKeepsARowSelected()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        w.typeTags(u"a, b, c"_s);
        auto *list = w.child<QListView>(u"tagsListView"_s);
        ItemViewDriver::selectRow(list, 1);
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(w->request().tags, (QStringList{u"a"_s, u"c"_s}));
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(w->request().tags, QStringList{u"a"_s});
    }

    void removeButton_removesSelectedTag()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        w.typeTags(u"a, b"_s);
        ItemViewDriver::selectRow(w.child<QListView>(u"tagsListView"_s), 0);
        QTest::mouseClick(w.child<QToolButton>(u"removeTagToolButton"_s), Qt::LeftButton);
        QCOMPARE(w->request().tags, QStringList{u"b"_s});
    }
};

QTEST_MAIN(TestTagEditing)
#include "tst_TagEditing.moc"
