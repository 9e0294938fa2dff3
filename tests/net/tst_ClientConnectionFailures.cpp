#include "ApiErrorText.h"
#include "CallRecorder.h"
#include "CreatePortraitCall.h"
#include "GetContentCall.h"
#include "NetTestData.h"
#include "ScriptedServer.h"
#include "VideographClient.h"

#include <QNetworkAccessManager>
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
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<VideographClient>(m_network.get());
        m_client->setCredentials(NetTestData::credentials());
        m_server = std::make_unique<ScriptedServer>();
        QVERIFY(m_server->listen());
        m_client->setEndpoint(m_server->url());
    }

    void cleanup()
    {
        m_client.reset();
        m_server.reset();
        m_network.reset();
    }

    void nothingListening_isConnectionRefusedNamingHostAndPort()
    {
        const quint16 port = NetTestData::unusedPort();
        QVERIFY(port != 0);
        m_client->setEndpoint(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
        CallRecorder call(m_client->getContent(u"abc"_s));
        QVERIFY(call.wait());
        QCOMPARE(call.error.kind, Kind::ConnectionRefused);
        QVERIFY(ApiErrorText::explanation(call.error).contains(u"127.0.0.1:%1"_s.arg(port)));
    }

    void serverResetsConnection_isConnectionReset()
    {
        m_server->setAnswers({ScriptedServer::silent(ScriptedServer::Ending::Reset)});
        CallRecorder call(m_client->getContent(u"abc"_s));
        QVERIFY(call.wait());
        QCOMPARE(call.error.kind, Kind::ConnectionReset);
        QVERIFY(ApiErrorText::outcomeUnknown(call.error));
    }

    void serverClosesWithoutAnswer_isConnectionReset()
    {
        m_server->setAnswers({ScriptedServer::silent(ScriptedServer::Ending::CloseWithoutAnswer)});
        CallRecorder call(m_client->getContent(u"abc"_s));
        QVERIFY(call.wait());
        QCOMPARE(call.error.kind, Kind::ConnectionReset);
    }

    void createWhoseConnectionCloses_isSentOnlyOnce()
    {
        m_server->setAnswers({ScriptedServer::silent(ScriptedServer::Ending::CloseWithoutAnswer)});
        CallRecorder call(m_client->createPortrait(NetTestData::referenceRequest()));
        QVERIFY(call.wait());
        QCOMPARE(call.error.kind, Kind::ConnectionReset);
        QVERIFY(ApiErrorText::outcomeUnknown(call.error));
        QCOMPARE(m_server->requests().size(), 1);
    }

    void createWhoseConnectionIsReset_isSentOnlyOnce()
    {
        m_server->setAnswers({ScriptedServer::silent(ScriptedServer::Ending::Reset)});
        CallRecorder call(m_client->createPortrait(NetTestData::referenceRequest()));
        QVERIFY(call.wait());
        QCOMPARE(call.error.kind, Kind::ConnectionReset);
        QCOMPARE(m_server->requests().size(), 1);
    }

    void unknownHost_isHostNotFoundNamingIt()
    {
        m_client->setEndpoint(QUrl(u"https://portraitpro-test.invalid"_s));
        CallRecorder call(m_client->getContent(u"abc"_s));
        QVERIFY(call.wait(60000));
        QCOMPARE(call.error.kind, Kind::HostNotFound);
        QVERIFY(ApiErrorText::explanation(call.error).contains(u"portraitpro-test.invalid"_s));
    }

    void serverNeverAnswers_isTimeoutSayingHowLong()
    {
        m_server->setAnswers({ScriptedServer::silent(ScriptedServer::Ending::NeverAnswer)});
        m_client->setTimeout(1500ms);
        CallRecorder call(m_client->getContent(u"abc"_s));
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
        m_server->setAnswers({stalled});
        m_client->setTimeout(300ms);
        CallRecorder call(m_client->getContent(u"abc"_s));
        QVERIFY(call.wait());
        QCOMPARE(call.error.kind, Kind::Timeout);
        QCOMPARE(call.error.httpStatus, 200);
    }

private:
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<VideographClient> m_client;
    std::unique_ptr<ScriptedServer> m_server;
};

QTEST_GUILESS_MAIN(TestClientConnectionFailures)
#include "tst_ClientConnectionFailures.moc"
