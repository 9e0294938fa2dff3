#include "ApiErrorText.h"
#include "CallRecorder.h"
#include "CreatePortraitCall.h"
#include "DeleteContentCall.h"
#include "GetContentCall.h"
#include "ListContentsCall.h"
#include "LoopbackRig.h"

#include <QSignalSpy>
#include <QTest>
#include <functional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Kind = ApiError::Kind;

using MakeCall = std::function<ApiCall *(VideographClient &)>;
Q_DECLARE_METATYPE(MakeCall)

namespace {

const QByteArray contentAnswer = R"({"code":200,"status":"Success","data":{"contentId":"c1"}})";

} // namespace

class TestClientTransportRules : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_rig = std::make_unique<LoopbackRig>();
        QVERIFY(m_rig->isListening());
    }

    void cleanup() { m_rig.reset(); }

    void plainHttpToAnotherHost_isRefusedBeforeAnythingIsSent_data()
    {
        QTest::addColumn<MakeCall>("makeCall");
        QTest::newRow("create") << MakeCall([](VideographClient &c) -> ApiCall * { return c.createPortrait(NetTestData::referenceRequest()); });
        QTest::newRow("get") << MakeCall([](VideographClient &c) -> ApiCall * { return c.getContent(u"c1"_s); });
        QTest::newRow("list") << MakeCall([](VideographClient &c) -> ApiCall * { return c.listContents(0, 10); });
        QTest::newRow("delete") << MakeCall([](VideographClient &c) -> ApiCall * { return c.deleteContent(u"c1"_s); });
    }

    void plainHttpToAnotherHost_isRefusedBeforeAnythingIsSent()
    {
        QFETCH(MakeCall, makeCall);
        m_rig->client.setEndpoint(QUrl(u"http://api.videograph.ai"_s));
        CallRecorder call(makeCall(m_rig->client));
        QVERIFY(call.wait());
        QCOMPARE(call.error.kind, Kind::InsecureUrl);
        QCOMPARE(m_rig->network.requestsCreated(), 0);
        QVERIFY(ApiErrorText::explanation(call.error).contains(u"api.videograph.ai"_s));
    }

    void plainHttpToLoopback_isAllowed_data()
    {
        QTest::addColumn<QString>("host");
        QTest::newRow("127.0.0.1") << u"127.0.0.1"_s;
        QTest::newRow("localhost") << u"localhost"_s;
    }

    void plainHttpToLoopback_isAllowed()
    {
        QFETCH(QString, host);
        m_rig->client.setEndpoint(m_rig->server.url({}, host));
        m_rig->server.setAnswers({ScriptedServer::json(200, contentAnswer)});
        CallRecorder call(m_rig->client.getContent(u"c1"_s));
        QVERIFY(call.wait());
        QVERIFY(call.succeeded);
    }

    void endpointThatIsNotHttp_isInvalidUrl_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::newRow("none") << QString();
        QTest::newRow("ftp") << u"ftp://api.videograph.ai"_s;
        QTest::newRow("file") << u"file:///tmp"_s;
        QTest::newRow("no scheme") << u"api.videograph.ai"_s;
    }

    void endpointThatIsNotHttp_isInvalidUrl()
    {
        QFETCH(QString, endpoint);
        m_rig->client.setEndpoint(QUrl(endpoint));
        CallRecorder call(m_rig->client.getContent(u"c1"_s));
        QVERIFY(call.wait());
        QCOMPARE(call.error.kind, Kind::InvalidUrl);
        QCOMPARE(m_rig->network.requestsCreated(), 0);
    }

    void abortWhileWaiting_isCancelledAndNotLaterATimeout()
    {
        m_rig->server.setAnswers({ScriptedServer::silent(ScriptedServer::Ending::NeverAnswer)});
        m_rig->client.setTimeout(300ms);
        QSignalSpy received(&m_rig->server, &ScriptedServer::requestReceived);
        GetContentCall *call = m_rig->client.getContent(u"c1"_s);
        CallRecorder recorder(call);
        QVERIFY(received.wait());
        call->abort();
        QCOMPARE(recorder.timesFinished, 1);
        QCOMPARE(recorder.error.kind, Kind::Cancelled);
        QTest::qWait(600); // past the transfer timeout: it must not report a second time
        QCOMPARE(recorder.timesFinished, 1);
        QCOMPARE(recorder.error.kind, Kind::Cancelled);
    }

    void createIsNotSentAgainWhenTheConnectionDrops()
    {
        m_rig->server.setAnswers({ScriptedServer::silent(ScriptedServer::Ending::CloseWithoutAnswer)});
        CallRecorder call(m_rig->client.createPortrait(NetTestData::referenceRequest()));
        QVERIFY(call.wait());
        QCOMPARE(call.error.kind, Kind::ConnectionReset);
        QVERIFY(ApiErrorText::outcomeUnknown(call.error));
        QCOMPARE(m_rig->server.requests().size(), 1);
        QCOMPARE(m_rig->server.connectionCount(), 1);
    }

private:
    std::unique_ptr<LoopbackRig> m_rig;
};

QTEST_GUILESS_MAIN(TestClientTransportRules)
#include "tst_ClientTransportRules.moc"
