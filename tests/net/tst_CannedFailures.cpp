#include "ApiErrorText.h"
#include "CallRecorder.h"
#include "CannedRig.h"
#include "GetContentCall.h"
#include "NetTestData.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

// Every answer-level failure class, reached through completeWith as the window would see it.
class TestCannedFailures : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_rig = std::make_unique<CannedRig>(); }

    void cleanup()
    {
        QCoreApplication::processEvents();
        QCOMPARE(m_rig->network.requestsCreated(), 0);
        m_rig.reset();
    }

    void eachAnswer_givesItsKind_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<Kind>("kind");
        const QByteArray failed = R"({"code":0,"status":"Failed","message":"m"})";
        const QByteArray html = "<html><body>Oops</body></html>";
        QTest::newRow("401") << 401 << failed << QByteArray("application/json") << Kind::Unauthorized;
        QTest::newRow("403") << 403 << QByteArray() << QByteArray() << Kind::Unauthorized;
        QTest::newRow("404") << 404 << failed << QByteArray("application/json") << Kind::NotFound;
        QTest::newRow("429") << 429 << failed << QByteArray("application/json") << Kind::RateLimited;
        QTest::newRow("400") << 400 << failed << QByteArray("application/json") << Kind::Rejected;
        QTest::newRow("500") << 500 << failed << QByteArray("application/json") << Kind::ServerError;
        QTest::newRow("502 html") << 502 << html << QByteArray("text/html") << Kind::ServerError;
        QTest::newRow("200 html") << 200 << html << QByteArray("text/html") << Kind::NotJson;
        QTest::newRow("200 plain text") << 200 << QByteArray("OK") << QByteArray("text/plain") << Kind::NotJson;
        QTest::newRow("200 empty") << 200 << QByteArray() << QByteArray("application/json") << Kind::EmptyAnswer;
        QTest::newRow("200 cut off") << 200 << QByteArray("{\"status\":\"Success\",\"data\":{\"conte")
                                     << QByteArray("application/json") << Kind::TruncatedAnswer;
        QTest::newRow("200 failed") << 200 << failed << QByteArray("application/json") << Kind::Failed;
        QTest::newRow("200 array") << 200 << QByteArray("[]") << QByteArray("application/json") << Kind::UnexpectedAnswer;
    }

    void eachAnswer_givesItsKind()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(Kind, kind);
        const CallOutcome call = CallRecorder::completed(m_rig->client.getContent(u"c1"_s), status, body, contentType);
        QCOMPARE(call.timesFinished, 1);
        QVERIFY(!call.succeeded);
        QCOMPARE(call.error.kind, kind);
        QCOMPARE(call.error.httpStatus, status);
        QCOMPARE(call.httpStatus, status);
        QCOMPARE(call.rawBody, body);
    }

    void rateLimited_carriesRetryAfterIntoTheText()
    {
        const CallOutcome call = CallRecorder::completed(m_rig->client.getContent(u"c1"_s), 429, {}, {}, "17");
        QCOMPARE(call.error.retryAfterSecs, std::optional<int>(17));
        QVERIFY(ApiErrorText::explanation(call.error).contains(u"17 s"_s));
    }

    void error_namesTheUrlItWasFor()
    {
        const CallOutcome call = CallRecorder::completed(m_rig->client.getContent(u"c1"_s), 500, {});
        QCOMPARE(call.error.url.host(), u"api.videograph.ai"_s);
    }

    void echoedSecrets_areMaskedInDetailsAndMessage()
    {
        const Credentials credentials = NetTestData::credentials();
        const QByteArray body = (u"{\"status\":\"Failed\",\"message\":\"bad key %1 for %2\",\"auth\":\"%3\"}"_s)
                                    .arg(credentials.secretKey, credentials.tokenId, NetTestData::expectedBase64())
                                    .toUtf8();
        const CallOutcome call = CallRecorder::completed(m_rig->client.getContent(u"c1"_s), 400, body);
        for (const QString &text : {call.error.details, call.error.serverMessage, ApiErrorText::explanation(call.error)}) {
            QVERIFY2(!text.contains(credentials.secretKey), qPrintable(text));
            QVERIFY2(!text.contains(credentials.tokenId), qPrintable(text));
            QVERIFY2(!text.contains(NetTestData::expectedBase64()), qPrintable(text));
        }
        QVERIFY(call.error.details.contains(u"•••"_s));
    }

    void longBody_isSampledToTwoKilobytes()
    {
        const QByteArray body = "<html>" + QByteArray(10000, 'x') + "</html>";
        const CallOutcome call = CallRecorder::completed(m_rig->client.getContent(u"c1"_s), 502, body, "text/html");
        QVERIFY(call.error.details.toUtf8().size() <= 2048);
        QVERIFY(call.error.details.startsWith(u"<html>xxx"_s));
        QCOMPARE(call.rawBody.size(), body.size());
    }

private:
    std::unique_ptr<CannedRig> m_rig;
};

QTEST_GUILESS_MAIN(TestCannedFailures)
#include "tst_CannedFailures.moc"
