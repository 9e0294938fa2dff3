#include "ApiErrorText.h"
#include "SandboxedWindow.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSubmitFailure : public QObject
{
    Q_OBJECT

private:
    static QString captionFor(ApiError::Kind kind, int httpStatus = 0)
    {
        ApiError error;
        error.kind = kind;
        error.httpStatus = httpStatus;
        return ApiErrorText::caption(error);
    }

    // Points the window at a server that takes the connection and never says a word, so the
    // request stays in flight until someone cancels it. False when the server cannot listen.
    static bool pointAtSilentServer(TestWindow &w, QTcpServer &silent)
    {
        if (!silent.listen(QHostAddress::LocalHost, 0))
            return false;
        w.client().setEndpoint(QUrl(u"http://127.0.0.1:%1"_s.arg(silent.serverPort())));
        return true;
    }

    static bool showAndTypeValidRequest(SandboxedWindow &w) { return w.showAndActivate() && w.typeValidRequest(); }

    static void clickSubmit(TestWindow &w)
    {
        QTest::mouseClick(w.child<QPushButton>(u"submitPushButton"_s), Qt::LeftButton);
    }

    static bool submitValidRequest(SandboxedWindow &w)
    {
        if (!showAndTypeValidRequest(w))
            return false;
        clickSubmit(w);
        return true;
    }

    // Submits to a silent server and waits until it holds the connection: a request in flight.
    static bool submitToSilentServer(SandboxedWindow &w, QTcpServer &silent)
    {
        return pointAtSilentServer(w, silent) && submitValidRequest(w)
            && QTest::qWaitFor([&silent] { return silent.hasPendingConnections(); });
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void wrongPassword_showsUnauthorizedCaptionAndKeepsEverythingTyped()
    {
        SandboxedWindow w;
        w.useWrongPassword();
        QVERIFY(showAndTypeValidRequest(w));
        const PortraitRequest typed = w->request();
        clickSubmit(w);

        auto *caption = w.child<QLabel>(u"errorLabel"_s);
        QTRY_VERIFY(caption->isVisible());
        QCOMPARE(caption->text(), captionFor(ApiError::Kind::Unauthorized, 401));
        QVERIFY(!w.child<QLabel>(u"errorExplanationLabel"_s)->text().isEmpty());
        QCOMPARE(w->request(), typed);
        QCOMPARE(w->request().title, u"Match highlights"_s);
        QCOMPARE(w->request().tags, (QStringList{u"sport"_s, u"final"_s}));
        QVERIFY(w.child<QPushButton>(u"submitPushButton"_s)->isEnabled());
        QCOMPARE(w.server().contentCount(), 0);
    }

    void detailsToggle_showsTheErrorDetails()
    {
        SandboxedWindow w;
        w.useWrongPassword();
        QVERIFY(submitValidRequest(w));
        QTRY_VERIFY(w.child<QLabel>(u"errorLabel"_s)->isVisible());

        auto *toggle = w.child<QPushButton>(u"errorDetailsPushButton"_s);
        auto *details = w.child<QPlainTextEdit>(u"errorDetailsPlainTextEdit"_s);
        QVERIFY(toggle->isVisible());
        QVERIFY(!details->isVisible());
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(details->isVisible());
        QVERIFY(!details->toPlainText().isEmpty());
        QVERIFY(!details->toPlainText().contains(u"not-the-secret"_s));
    }

    void fixingCredentialsAndResubmitting_hidesTheErrorAndShowsTheCard()
    {
        SandboxedWindow w;
        w.useWrongPassword();
        QVERIFY(submitValidRequest(w));
        QTRY_VERIFY(w.child<QLabel>(u"errorLabel"_s)->isVisible());

        w.client().setCredentials({SandboxOptions().user, SandboxOptions().password});
        clickSubmit(w);
        QTRY_VERIFY(!w.child<QLabel>(u"contentIdLabel"_s)->text().isEmpty());
        QVERIFY(!w.child<QLabel>(u"errorLabel"_s)->isVisible());
    }

    void cancelButton_abortsTheRequestInFlight()
    {
        SandboxedWindow w;
        QTcpServer silent;
        QVERIFY(submitToSilentServer(w, silent));

        auto *cancel = w.child<QPushButton>(u"cancelPushButton"_s);
        QVERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);

        QCOMPARE(w.child<QLabel>(u"errorLabel"_s)->text(), captionFor(ApiError::Kind::Cancelled));
        QVERIFY(w.child<QLabel>(u"errorLabel"_s)->isVisible());
        QVERIFY(!w.child<QProgressBar>(u"busyProgressBar"_s)->isVisible());
        QVERIFY(w.child<QPushButton>(u"submitPushButton"_s)->isEnabled());
        QVERIFY(!cancel->isEnabled());
        QVERIFY(w.child<QLabel>(u"contentIdLabel"_s)->text().isEmpty());
    }

    void cancelledCreate_warnsTheContentMayExist()
    {
        SandboxedWindow w;
        QTcpServer silent;
        QVERIFY(submitToSilentServer(w, silent));
        QTest::mouseClick(w.child<QPushButton>(u"cancelPushButton"_s), Qt::LeftButton);

        ApiError cancelled;
        cancelled.kind = ApiError::Kind::Cancelled;
        QCOMPARE(w.child<QLabel>(u"outcomeUnknownLabel"_s)->isVisible(), ApiErrorText::outcomeUnknown(cancelled));
    }

    void escapeKey_cancelsTheRequestInFlight()
    {
        SandboxedWindow w;
        QTcpServer silent;
        QVERIFY(submitToSilentServer(w, silent));
        QTest::keyClick(&w.window(), Qt::Key_Escape);
        QVERIFY(w.child<QPushButton>(u"submitPushButton"_s)->isEnabled());
        QCOMPARE(w.child<QLabel>(u"errorLabel"_s)->text(), captionFor(ApiError::Kind::Cancelled));
    }
};

QTEST_MAIN(TestSubmitFailure)
#include "tst_SubmitFailure.moc"
