#include "SandboxedWindow.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

class TestSubmitToSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void validForm_submit_showsCardWithIdAndPendingStatus()
    {
        SandboxedWindow w;
        QVERIFY(w.isListening());
        QVERIFY(w.showAndActivate());
        QVERIFY(w.typeValidRequest());
        QTest::mouseClick(w.child<QPushButton>(u"submitPushButton"_s), Qt::LeftButton);

        QTRY_VERIFY(!w.child<QLabel>(u"contentIdLabel"_s)->text().isEmpty());
        QCOMPARE(w.child<QLabel>(u"statusBadgeLabel"_s)->text(), u"Pending"_s);
        QCOMPARE(w.child<QLabel>(u"cardTitleLabel"_s)->text(), u"Match highlights"_s);
        QCOMPARE(w.server().contentCount(), 1);
        QVERIFY(!w.child<QPlainTextEdit>(u"rawJsonPlainTextEdit"_s)->toPlainText().isEmpty());
    }

    void whileInFlight_submitIsDisabledAndProgressShows()
    {
        SandboxedWindow w;
        QVERIFY(w.showAndActivate());
        QVERIFY(w.typeValidRequest());
        auto *submit = w.child<QPushButton>(u"submitPushButton"_s);
        QTest::mouseClick(submit, Qt::LeftButton);

        QVERIFY(!submit->isEnabled());
        QVERIFY(w.child<QPushButton>(u"cancelPushButton"_s)->isEnabled());
        QVERIFY(w.child<QProgressBar>(u"busyProgressBar"_s)->isVisible());
        QTRY_VERIFY(submit->isEnabled());
        QVERIFY(!w.child<QPushButton>(u"cancelPushButton"_s)->isEnabled());
        QVERIFY(!w.child<QProgressBar>(u"busyProgressBar"_s)->isVisible());
    }

    void doubleClickOnSubmit_sendsExactlyOneRequest()
    {
        SandboxedWindow w;
        QVERIFY(w.showAndActivate());
        QVERIFY(w.typeValidRequest());
        auto *submit = w.child<QPushButton>(u"submitPushButton"_s);
        // A double click as the window system delivers it: a click, then a second press that
        // arrives as a double-click event, then its release.
        QTest::mouseClick(submit, Qt::LeftButton);
        QTest::mouseDClick(submit, Qt::LeftButton);
        QTest::mouseRelease(submit, Qt::LeftButton);
        QTest::keyClick(&w.window(), Qt::Key_Return, Qt::ControlModifier);

        QTRY_VERIFY(!w.child<QLabel>(u"contentIdLabel"_s)->text().isEmpty());
        QCOMPARE(w.server().requestCount(), 1);
        QCOMPARE(w.server().contentCount(), 1);
    }

    void ctrlReturnInDescription_sendsTheRequest()
    {
        SandboxedWindow w;
        QVERIFY(w.showAndActivate());
        QVERIFY(w.typeValidRequest());
        auto *description = w.child<QPlainTextEdit>(u"descriptionPlainTextEdit"_s);
        description->setFocus();
        QTest::keyClick(description, Qt::Key_Return, Qt::ControlModifier);

        QTRY_COMPARE(w.server().contentCount(), 1);
        QTRY_VERIFY(!w.child<QLabel>(u"contentIdLabel"_s)->text().isEmpty());
    }

    void ctrlReturnWhileTypingInACell_sendsWhatWasTyped()
    {
        SandboxedWindow w;
        QVERIFY(w.showAndActivate());
        QTest::keyClicks(w.child<QLineEdit>(u"titleLineEdit"_s), u"Clip"_s);
        QTest::mouseClick(w.child<QToolButton>(u"addSourceToolButton"_s), Qt::LeftButton);
        auto *urlEditor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(urlEditor);
        QTest::keyClicks(urlEditor, u"https://example.com/typed.mp4"_s);
        QTest::keyClick(urlEditor, Qt::Key_Return, Qt::ControlModifier);

        QCOMPARE(w->request().sources.value(0).url, u"https://example.com/typed.mp4"_s);
        QTRY_COMPARE(w.server().contentCount(), 1);
    }

    void afterSuccess_formStillHoldsTheRequest()
    {
        SandboxedWindow w;
        QVERIFY(w.showAndActivate());
        QVERIFY(w.typeValidRequest());
        const PortraitRequest typed = w->request();
        QTest::mouseClick(w.child<QPushButton>(u"submitPushButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!w.child<QLabel>(u"contentIdLabel"_s)->text().isEmpty());
        QCOMPARE(w->request(), typed);
    }
};

QTEST_MAIN(TestSubmitToSandbox)
#include "tst_SubmitToSandbox.moc"
