#include "ApiErrorText.h"
#include "CallRecorder.h"
#include "CreatePortraitCall.h"
#include "GetContentCall.h"
#include "ListContentsCall.h"
#include "LoopbackRig.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

namespace {

const QByteArray contentAnswer = R"({"code":200,"status":"Success","data":{"contentId":"c1","status":"Ready"}})";
const QByteArray badGatewayPage = "<html><head><title>502 Bad Gateway</title></head>"
                                  "<body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>";

} // namespace

// Answers that arrive over a real socket but are not what the call needs.
class TestClientAnswerFailures : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_rig = std::make_unique<LoopbackRig>();
        QVERIFY(m_rig->isListening());
    }

    void cleanup() { m_rig.reset(); }

    void bodyCutOffBeforeItsLength_isTruncatedAnswer()
    {
        ScriptedServer::Answer cut = ScriptedServer::json(200, contentAnswer);
        cut.ending = ScriptedServer::Ending::CloseMidBody;
        cut.bodyBytesSent = 20;
        m_rig->server.setAnswers({cut});
        CallRecorder call(m_rig->client.getContent(u"c1"_s));
        QVERIFY(call.wait());
        QCOMPARE(call.error.kind, Kind::TruncatedAnswer);
        QCOMPARE(call.error.httpStatus, 200);
        QVERIFY(ApiErrorText::outcomeUnknown(call.error));
    }

    void jsonCutOffWithoutLength_isTruncatedAnswer()
    {
        ScriptedServer::Answer cut = ScriptedServer::json(200, contentAnswer.left(30));
        cut.announceLength = false;
        m_rig->server.setAnswers({cut});
        CallRecorder call(m_rig->client.getContent(u"c1"_s));
        QVERIFY(call.wait());
        QCOMPARE(call.error.kind, Kind::TruncatedAnswer);
    }

    void proxyHtmlBadGateway_isServerErrorWhoseOutcomeIsUnknown()
    {
        m_rig->server.setAnswers({ScriptedServer::html(502, badGatewayPage)});
        CallRecorder call(m_rig->client.createPortrait(NetTestData::referenceRequest()));
        QVERIFY(call.wait());
        QCOMPARE(call.error.kind, Kind::ServerError);
        QCOMPARE(call.error.httpStatus, 502);
        QVERIFY(call.error.details.contains(u"502 Bad Gateway"_s));
        QVERIFY(ApiErrorText::outcomeUnknown(call.error));
        QCOMPARE(m_rig->server.requests().size(), 1);
    }

    void htmlPageUnder200_isNotJson()
    {
        m_rig->server.setAnswers({ScriptedServer::html(200, "<!doctype html><title>Welcome</title>")});
        CallRecorder call(m_rig->client.getContent(u"c1"_s));
        QVERIFY(call.wait());
        QCOMPARE(call.error.kind, Kind::NotJson);
        QVERIFY(ApiErrorText::explanation(call.error).contains(u"web page"_s));
    }

    void rateLimited_readsRetryAfterFromTheHeader()
    {
        ScriptedServer::Answer limited = ScriptedServer::json(429, R"({"status":"Failed","message":"Too many requests"})");
        limited.headers.emplaceBack("Retry-After", "30");
        m_rig->server.setAnswers({limited});
        CallRecorder call(m_rig->client.listContents(0, 10));
        QVERIFY(call.wait());
        QCOMPARE(call.error.kind, Kind::RateLimited);
        QCOMPARE(call.error.retryAfterSecs, std::optional<int>(30));
        QCOMPARE(call.error.serverMessage, u"Too many requests"_s);
    }

    void unauthorizedWithChallenge_isUnauthorized()
    {
        ScriptedServer::Answer denied = ScriptedServer::json(401, R"({"code":401,"status":"Failed","message":"Invalid credentials"})");
        denied.headers.emplaceBack("WWW-Authenticate", "Basic realm=\"videograph\"");
        m_rig->server.setAnswers({denied});
        CallRecorder call(m_rig->client.getContent(u"c1"_s));
        QVERIFY(call.wait());
        QCOMPARE(call.error.kind, Kind::Unauthorized);
        QCOMPARE(call.error.serverMessage, u"Invalid credentials"_s);
    }

    void rejectedBody_showsTheServersMessage()
    {
        m_rig->server.setAnswers({ScriptedServer::json(400, R"({"code":400,"status":"Failed","message":"title is required"})")});
        CallRecorder call(m_rig->client.createPortrait(NetTestData::referenceRequest()));
        QVERIFY(call.wait());
        QCOMPARE(call.error.kind, Kind::Rejected);
        QVERIFY(ApiErrorText::explanation(call.error).contains(u"title is required"_s));
        QVERIFY(!ApiErrorText::outcomeUnknown(call.error));
    }

    void failedEnvelopeUnder200_isFailed()
    {
        m_rig->server.setAnswers({ScriptedServer::json(200, R"({"code":200,"status":"Failed","message":"Quota exceeded"})")});
        CallRecorder call(m_rig->client.createPortrait(NetTestData::referenceRequest()));
        QVERIFY(call.wait());
        QCOMPARE(call.error.kind, Kind::Failed);
        QCOMPARE(call.error.serverMessage, u"Quota exceeded"_s);
    }

    void emptyOk_isEmptyAnswer()
    {
        m_rig->server.setAnswers({ScriptedServer::json(200, {})});
        CallRecorder call(m_rig->client.getContent(u"c1"_s));
        QVERIFY(call.wait());
        QCOMPARE(call.error.kind, Kind::EmptyAnswer);
    }

    void errorStatusCutOff_keepsTheStatusKind()
    {
        ScriptedServer::Answer cut = ScriptedServer::json(503, R"({"status":"Failed","message":"maintenance until noon"})");
        cut.ending = ScriptedServer::Ending::CloseMidBody;
        cut.bodyBytesSent = 10;
        m_rig->server.setAnswers({cut});
        CallRecorder call(m_rig->client.getContent(u"c1"_s));
        QVERIFY(call.wait());
        QCOMPARE(call.error.kind, Kind::ServerError);
        QCOMPARE(call.error.httpStatus, 503);
    }

private:
    std::unique_ptr<LoopbackRig> m_rig;
};

QTEST_GUILESS_MAIN(TestClientAnswerFailures)
#include "tst_ClientAnswerFailures.moc"
