#include "TestWindow.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

class TestWindowKeyboard : public QObject
{
    Q_OBJECT

private:
    // Focuses the child named objectName, types text into it and presses key there; returns
    // how many times that triggered Submit.
    static qsizetype submitsAfterKeys(TestWindow &w, const QString &objectName, const QString &text, Qt::Key key,
                                      Qt::KeyboardModifiers modifiers)
    {
        QSignalSpy submitted(w.child<QAction>(u"actionSubmit"_s), &QAction::triggered);
        auto *field = w.child<QWidget>(objectName);
        field->setFocus();
        QTest::keyClicks(field, text);
        QTest::keyClick(field, key, modifiers);
        return submitted.count();
    }

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
        QCOMPARE(submitsAfterKeys(w, u"descriptionPlainTextEdit"_s, u"Notes"_s, Qt::Key_Return, Qt::ControlModifier), 1);
        QCOMPARE(w->request().description, u"Notes"_s);
        // The form has no title, so the submit stopped at validation and went to the title.
        QCOMPARE(QApplication::focusWidget(), w.child<QLineEdit>(u"titleLineEdit"_s));
    }

    void ctrlEnterOnKeypadInTable_submits()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        QCOMPARE(submitsAfterKeys(w, u"sourcesTableView"_s, QString(), Qt::Key_Enter,
                                  Qt::ControlModifier | Qt::KeypadModifier),
                 1);
    }

    void ctrlReturnInTagField_submitsWithoutAddingTheTag()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        QCOMPARE(submitsAfterKeys(w, u"newTagLineEdit"_s, u"draft"_s, Qt::Key_Return, Qt::ControlModifier), 1);
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
