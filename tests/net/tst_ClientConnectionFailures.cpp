#include "ApiErrorText.h"
#include "CallRecorder.h"
#include "CreatePortraitCall.h"
#include "GetContentCall.h"
#include "LoopbackRig.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Kind = ApiError::Kind;

class TestClientConnectionFailures : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_rig = std::make_unique<LoopbackRig>();
        QVERIFY(m_rig->isListening());
    }

    void cleanup() { m_rig.reset(); }

    void nothingListening_isConnectionRefusedNamingHostAndPort()
    {
        const quint16 port = NetTestData::unusedPort();
        QVERIFY(port != 0);
        m_rig->client.setEndpoint(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
        CallRecorder call(m_rig->client.getContent(u"abc"_s));
        QVERIFY(call.wait());
        QCOMPARE(call.error.kind, Kind::ConnectionRefused);
        QVERIFY(ApiErrorText::explanation(call.error).contains(u"127.0.0.1:%1"_s.arg(port)));
    }

    void serverResetsConnection_isConnectionReset()
    {
        m_rig->server.setAnswers({ScriptedServer::silent(ScriptedServer::Ending::Reset)});
        CallRecorder call(m_rig->client.getContent(u"abc"_s));
        QVERIFY(call.wait());
        QCOMPARE(call.error.kind, Kind::ConnectionReset);
        QVERIFY(ApiErrorText::outcomeUnknown(call.error));
    }

    void serverClosesWithoutAnswer_isConnectionReset()
    {
        m_rig->server.setAnswers({ScriptedServer::silent(ScriptedServer::Ending::CloseWithoutAnswer)});
        CallRecorder call(m_rig->client.getContent(u"abc"_s));
        QVERIFY(call.wait());
        QCOMPARE(call.error.kind, Kind::ConnectionReset);
    }

    void createWhoseConnectionCloses_isSentOnlyOnce()
    {
        m_rig->server.setAnswers({ScriptedServer::silent(ScriptedServer::Ending::CloseWithoutAnswer)});
        CallRecorder call(m_rig->client.createPortrait(NetTestData::referenceRequest()));
        QVERIFY(call.wait());
        QCOMPARE(call.error.kind, Kind::ConnectionReset);
        QVERIFY(ApiErrorText::outcomeUnknown(call.error));
        QCOMPARE(m_rig->server.requests().size(), 1);
    }

    void createWhoseConnectionIsReset_isSentOnlyOnce()
    {
        m_rig->server.setAnswers({ScriptedServer::silent(ScriptedServer::Ending::Reset)});
        CallRecorder call(m_rig->client.createPortrait(NetTestData::referenceRequest()));
        QVERIFY(call.wait());
        QCOMPARE(call.error.kind, Kind::ConnectionReset);
        QCOMPARE(m_rig->server.requests().size(), 1);
    }

    void unknownHost_isHostNotFoundNamingIt()
    {
        m_rig->client.setEndpoint(QUrl(u"https://portraitpro-test.invalid"_s));
        CallRecorder call(m_rig->client.getContent(u"abc"_s));
        QVERIFY(call.wait(60000));
        QCOMPARE(call.error.kind, Kind::HostNotFound);
        QVERIFY(ApiErrorText::explanation(call.error).contains(u"portraitpro-test.invalid"_s));
    }

    void serverNeverAnswers_isTimeoutSayingHowLong()
    {
        m_rig->server.setAnswers({ScriptedServer::silent(ScriptedServer::Ending::NeverAnswer)});
        m_rig->client.setTimeout(1500ms);
        CallRecorder call(m_rig->client.getContent(u"abc"_s));
        QVERIFY(call.wait());
        QCOMPARE(call.error.kind, Kind::Timeout);
        QCOMPARE(call.error.waitedMs, 1500);
        QVERIFY(ApiErrorText::explanation(call.error).contains(u"1.5 s"_s));
        QVERIFY(ApiErrorText::outcomeUnknown(call.error));
    }

    void serverStallsMidBody_isTimeout()
    {
        ScriptedServer::Answer stalled = ScriptedServer::json(200, R"({"status":"Success","data":{"contentId":"a"}})");
        stalled.ending = ScriptedServer::Ending::StallMidBody;
        stalled.bodyBytesSent = 12;
        m_rig->server.setAnswers({stalled});
        m_rig->client.setTimeout(300ms);
        CallRecorder call(m_rig->client.getContent(u"abc"_s));
        QVERIFY(call.wait());
        QCOMPARE(call.error.kind, Kind::Timeout);
        QCOMPARE(call.error.httpStatus, 200);
    }

private:
    std::unique_ptr<LoopbackRig> m_rig;
};

QTEST_GUILESS_MAIN(TestClientConnectionFailures)
#include "tst_ClientConnectionFailures.moc"
