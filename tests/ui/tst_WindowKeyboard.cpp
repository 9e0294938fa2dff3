#include "TestWindow.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

class TestWindowKeyboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void titleHasFocusWhenWindowOpens()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        QCOMPARE(QApplication::focusWidget(), w.child<QLineEdit>(u"titleLineEdit"_s));
    }

    void typedTitleTabDescription_appearInRequest()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        auto *title = w.child<QLineEdit>(u"titleLineEdit"_s);
        QTest::keyClicks(title, u"Match highlights"_s);
        QTest::keyClick(title, Qt::Key_Tab);
        auto *description = w.child<QPlainTextEdit>(u"descriptionPlainTextEdit"_s);
        QCOMPARE(QApplication::focusWidget(), description);
        QTest::keyClicks(description, u"Line one"_s);
        QTest::keyClick(description, Qt::Key_Return);
        QTest::keyClicks(description, u"Line two"_s);

        QCOMPARE(w->request().title, u"Match highlights"_s);
        QCOMPARE(w->request().description, u"Line one\nLine two"_s);
    }

    void ctrlReturnInDescription_submitsWithoutAddingANewline()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        QSignalSpy submitted(w.child<QAction>(u"actionSubmit"_s), &QAction::triggered);
        auto *description = w.child<QPlainTextEdit>(u"descriptionPlainTextEdit"_s);
        description->setFocus();
        QTest::keyClicks(description, u"Notes"_s);
        QTest::keyClick(description, Qt::Key_Return, Qt::ControlModifier);

        QCOMPARE(submitted.count(), 1);
        QCOMPARE(w->request().description, u"Notes"_s);
        // The form has no title, so the submit stopped at validation and went to the title.
        QCOMPARE(QApplication::focusWidget(), w.child<QLineEdit>(u"titleLineEdit"_s));
    }

    void ctrlEnterOnKeypadInTable_submits()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        QSignalSpy submitted(w.child<QAction>(u"actionSubmit"_s), &QAction::triggered);
        auto *table = w.child<QTableView>(u"sourcesTableView"_s);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Enter, Qt::ControlModifier | Qt::KeypadModifier);
        QCOMPARE(submitted.count(), 1);
    }

    void ctrlReturnInTagField_submitsWithoutAddingTheTag()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        QSignalSpy submitted(w.child<QAction>(u"actionSubmit"_s), &QAction::triggered);
        auto *tagInput = w.child<QLineEdit>(u"newTagLineEdit"_s);
        tagInput->setFocus();
        QTest::keyClicks(tagInput, u"draft"_s);
        QTest::keyClick(tagInput, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(submitted.count(), 1);
        QVERIFY(w->request().tags.isEmpty());
    }

    void ctrlQ_closesWindow()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Q, Qt::ControlModifier);
        QTRY_VERIFY(!w->isVisible());
    }
};

QTEST_MAIN(TestWindowKeyboard)
#include "tst_WindowKeyboard.moc"
