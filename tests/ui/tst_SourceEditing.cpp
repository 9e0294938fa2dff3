#include "InlineErrorLabel.h"
#include "ItemViewDriver.h"
#include "SampleRequest.h"
#include "TestWindow.h"

#include <QApplication>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;
using namespace SampleUrls;

class TestSourceEditing : public QObject
{
    Q_OBJECT

private:
    enum Column { Url, Start, End };

    static QString cellToolTip(TestWindow &w, int row, int column)
    {
        auto *table = w.child<QTableView>(u"sourcesTableView"_s);
        return table->model()->data(table->model()->index(row, column), Qt::ToolTipRole).toString();
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void addRow_typedUrlStartAndEnd_appearInRequest()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        QTest::mouseClick(w.child<QToolButton>(u"addSourceToolButton"_s), Qt::LeftButton);
        auto *urlEditor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(urlEditor);
        QTest::keyClicks(urlEditor, a());
        QTest::keyClick(urlEditor, Qt::Key_Return);
        auto *table = w.child<QTableView>(u"sourcesTableView"_s);
        QTRY_COMPARE(w.sourceUrls(), QStringList{a()});
        QVERIFY(ItemViewDriver::typeIntoCell(table, 0, Start, u"1:05"_s));
        QVERIFY(ItemViewDriver::typeIntoCell(table, 0, End, u"0:01:30"_s));

        const SourceVideo expected{a(), {u"1:05"_s, u"0:01:30"_s}};
        QCOMPARE(w->request().sources, QList<SourceVideo>{expected});
        QVERIFY(!w.child<InlineErrorLabel>(u"sourceErrorLabel"_s)->isVisible());
    }

    void addSourceUrls_appendsOneRowPerUrl()
    {
        TestWindow w;
        w->addSourceUrls({a(), u"  "_s, b()});
        QCOMPARE(w.sourceUrls(), (QStringList{a(), b()}));
    }

    void editUrlInPlace_changesSource()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        w->addSourceUrls({a()});
        QVERIFY(ItemViewDriver::typeIntoCell(w.child<QTableView>(u"sourcesTableView"_s), 0, Url, b()));
        QCOMPARE(w.sourceUrls(), QStringList{b()});
    }

    void moveUpButton_reordersSources()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        w->addSourceUrls({a(), b()});
        ItemViewDriver::selectRow(w.child<QTableView>(u"sourcesTableView"_s), 1);
        QTest::mouseClick(w.child<QToolButton>(u"moveSourceUpToolButton"_s), Qt::LeftButton);
        QCOMPARE(w.sourceUrls(), (QStringList{b(), a()}));
    }

    void altDownOnTable_reordersSourcesWithTheirTimes()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        PortraitRequest request;
        request.sources = {{a(), {u"5"_s, {}}}, {b(), {}}};
        w->setRequest(request);
        auto *table = w.child<QTableView>(u"sourcesTableView"_s);
        ItemViewDriver::selectRow(table, 0);
        QTest::keyClick(table, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(w->request().sources, (QList<SourceVideo>{{b(), {}}, {a(), {u"5"_s, {}}}}));
    }

    void deleteKey_removesCurrentSource()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        w->addSourceUrls({a(), b()});
        auto *table = w.child<QTableView>(u"sourcesTableView"_s);
        ItemViewDriver::selectRow(table, 0);
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(w.sourceUrls(), QStringList{b()});
    }

    void typedNonTime_highlightsCellWithReasonAsToolTipAndInline()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        w->addSourceUrls({a()});
        auto *table = w.child<QTableView>(u"sourcesTableView"_s);
        QVERIFY(ItemViewDriver::typeIntoCell(table, 0, Start, u"1:75"_s));

        QVERIFY(table->model()->data(table->model()->index(0, Start), Qt::BackgroundRole).isValid());
        QVERIFY2(cellToolTip(w, 0, Start).contains(u"1:75"_s), qPrintable(cellToolTip(w, 0, Start)));
        auto *error = w.child<InlineErrorLabel>(u"sourceErrorLabel"_s);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"Row 1, Start"_s), qPrintable(error->text()));
        // What was typed stays, so it can be fixed rather than typed again.
        QCOMPARE(w->request().sources.first().clip.start, u"1:75"_s);
    }

    void endBeforeStart_flagsTheEndCell()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        w->addSourceUrls({a()});
        auto *table = w.child<QTableView>(u"sourcesTableView"_s);
        QVERIFY(ItemViewDriver::typeIntoCell(table, 0, Start, u"30"_s));
        QVERIFY(ItemViewDriver::typeIntoCell(table, 0, End, u"10"_s));
        QVERIFY(!cellToolTip(w, 0, End).isEmpty());
        QVERIFY(cellToolTip(w, 0, Start).isEmpty());
    }

    void fixingTheTime_clearsTheHighlight()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        w->addSourceUrls({a()});
        auto *table = w.child<QTableView>(u"sourcesTableView"_s);
        QVERIFY(ItemViewDriver::typeIntoCell(table, 0, End, u"abc"_s));
        QVERIFY(!cellToolTip(w, 0, End).isEmpty());
        QVERIFY(ItemViewDriver::typeIntoCell(table, 0, End, u"1:00:05"_s));
        QVERIFY(cellToolTip(w, 0, End).isEmpty());
        QVERIFY(!w.child<InlineErrorLabel>(u"sourceErrorLabel"_s)->isVisible());
    }

    void typedBadUrl_isFlagged()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        w->addSourceUrls({a()});
        QVERIFY(ItemViewDriver::typeIntoCell(w.child<QTableView>(u"sourcesTableView"_s), 0, Url, u"ftp://x"_s));
        QVERIFY(!cellToolTip(w, 0, Url).isEmpty());
    }
};

QTEST_MAIN(TestSourceEditing)
#include "tst_SourceEditing.moc"
