#include "InlineErrorLabel.h"
#include "ItemViewDriver.h"
#include "TestWindow.h"

#include <QApplication>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

class TestMetadataEditing : public QObject
{
    Q_OBJECT

private:
    static QList<MetadataEntry> twoEntries()
    {
        return {{u"genre"_s, u"news"_s}, {u"lang"_s, u"en"_s}};
    }

    static void loadEntries(TestWindow &w, const QList<MetadataEntry> &entries)
    {
        PortraitRequest request;
        request.metadata = entries;
        w->setRequest(request);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void addRow_typedKeyThenTabThenValue_appearsInRequest()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        QTest::mouseClick(w.child<QToolButton>(u"addMetadataToolButton"_s), Qt::LeftButton);
        auto *keyEditor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(keyEditor);
        QTest::keyClicks(keyEditor, u"genre"_s);
        QTest::keyClick(keyEditor, Qt::Key_Tab);
        QTRY_VERIFY(QApplication::focusWidget() != keyEditor
                    && qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        auto *valueEditor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QTest::keyClicks(valueEditor, u"news"_s);
        QTest::keyClick(valueEditor, Qt::Key_Return);
        QTRY_COMPARE(w->request().metadata, (QList<MetadataEntry>{{u"genre"_s, u"news"_s}}));
    }

    void editValueInPlace_changesEntry()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        loadEntries(w, twoEntries());
        QVERIFY(ItemViewDriver::typeIntoCell(w.child<QTableView>(u"metadataTableView"_s), 1, 1, u"fr"_s));
        QCOMPARE(w->request().metadata, (QList<MetadataEntry>{{u"genre"_s, u"news"_s}, {u"lang"_s, u"fr"_s}}));
    }

    void repeatedKey_isFlaggedInlineAndOnTheCell()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        loadEntries(w, twoEntries());
        auto *table = w.child<QTableView>(u"metadataTableView"_s);
        QVERIFY(ItemViewDriver::typeIntoCell(table, 1, 0, u"genre"_s));

        auto *error = w.child<InlineErrorLabel>(u"metadataErrorLabel"_s);
        QVERIFY(error->isVisible());
        QVERIFY2(error->text().contains(u"Row 2"_s), qPrintable(error->text()));
        const QModelIndex cell = table->model()->index(1, 0);
        QVERIFY(table->model()->data(cell, Qt::BackgroundRole).isValid());
        QVERIFY(table->model()->data(cell, Qt::ToolTipRole).toString().contains(u"genre"_s));
        QVERIFY(!table->model()->data(table->model()->index(0, 0), Qt::BackgroundRole).isValid());
    }

    void fixingRepeatedKey_clearsTheFlag()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        loadEntries(w, {{u"genre"_s, u"a"_s}, {u"genre"_s, u"b"_s}});
        auto *error = w.child<InlineErrorLabel>(u"metadataErrorLabel"_s);
        QVERIFY(error->isVisible());
        QVERIFY(ItemViewDriver::typeIntoCell(w.child<QTableView>(u"metadataTableView"_s), 1, 0, u"mood"_s));
        QVERIFY(!error->isVisible());
    }

    void newEmptyRow_isNotFlaggedBeforeSubmit()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        QTest::mouseClick(w.child<QToolButton>(u"addMetadataToolButton"_s), Qt::LeftButton);
        QVERIFY(!w.child<InlineErrorLabel>(u"metadataErrorLabel"_s)->isVisible());
    }

    void deleteKeyOnTable_removesCurrentRow()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        loadEntries(w, twoEntries());
        auto *table = w.child<QTableView>(u"metadataTableView"_s);
        ItemViewDriver::selectRow(table, 0);
        QTest::keyClick(table, Qt::Key_Delete);
        QCOMPARE(w->request().metadata, (QList<MetadataEntry>{{u"lang"_s, u"en"_s}}));
    }

    void deleteKeyInsideCellEditor_editsTextNotRows()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        loadEntries(w, twoEntries());
        QLineEdit *editor = ItemViewDriver::openEditor(w.child<QTableView>(u"metadataTableView"_s), 0, 0);
        QVERIFY(editor);
        QTest::keyClick(editor, Qt::Key_Home);
        QTest::keyClick(editor, Qt::Key_Delete);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(w->request().metadata.size(), 2);
        QTRY_COMPARE(w->request().metadata.first().key, u"enre"_s);
    }

    void removeButton_removesCurrentRow()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        loadEntries(w, twoEntries());
        ItemViewDriver::selectRow(w.child<QTableView>(u"metadataTableView"_s), 1);
        QTest::mouseClick(w.child<QToolButton>(u"removeMetadataToolButton"_s), Qt::LeftButton);
        QCOMPARE(w->request().metadata, (QList<MetadataEntry>{{u"genre"_s, u"news"_s}}));
    }
};

QTEST_MAIN(TestMetadataEditing)
#include "tst_MetadataEditing.moc"
