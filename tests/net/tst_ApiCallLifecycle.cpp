#include "CallRecorder.h"
#include "CountingNetworkManager.h"
#include "GetContentCall.h"
#include "NetTestData.h"
#include "ScriptedServer.h"
#include "VideographClient.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

class TestApiCallLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_network = std::make_unique<CountingNetworkManager>();
        m_client = std::make_unique<VideographClient>(m_network.get());
        // Nothing listens there: a call that does start fails fast.
        m_client->setEndpoint(QUrl(u"http://127.0.0.1:%1"_s.arg(NetTestData::unusedPort())));
    }

    void cleanup()
    {
        m_client.reset();
        m_network.reset();
    }

    void newCall_isOwnedByItsClientAndRunning()
    {
        GetContentCall *call = m_client->getContent(u"c1"_s);
        QCOMPARE(call->parent(), m_client.get());
        QVERIFY(call->isRunning());
        QVERIFY(!call->succeeded());
    }

    void call_startsOnlyOnceControlReturnsToTheEventLoop()
    {
        CallRecorder call(m_client->getContent(u"c1"_s));
        QCOMPARE(m_network->requestsCreated(), 0);
        QTRY_COMPARE(m_network->requestsCreated(), 1);
        QVERIFY(call.wait());
    }

    void finishedCall_deletesItselfAfterTheSignal()
    {
        QPointer<GetContentCall> call = m_client->getContent(u"c1"_s);
        CallRecorder recorder(call);
        call->completeWith(200, R"({"data":{"contentId":"c1"}})");
        QVERIFY(!call.isNull()); // still there for whoever handles finished()
        QTRY_VERIFY(call.isNull());
        QCOMPARE(recorder.timesFinished, 1);
    }

    void failedCall_alsoDeletesItself()
    {
        QPointer<GetContentCall> call = m_client->getContent(u"c1"_s);
        CallRecorder recorder(call);
        QVERIFY(recorder.wait());
        QCOMPARE(recorder.error.kind, Kind::ConnectionRefused);
        QTRY_VERIFY(call.isNull());
    }

    void abortBeforeStart_isCancelledAndSendsNothing()
    {
        GetContentCall *call = m_client->getContent(u"c1"_s);
        QSignalSpy finished(call, &ApiCall::finished);
        CallRecorder recorder(call);
        call->abort();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(recorder.error.kind, Kind::Cancelled);
        QCoreApplication::processEvents();
        QCOMPARE(m_network->requestsCreated(), 0);
    }

    void abortTwice_finishesOnce()
    {
        GetContentCall *call = m_client->getContent(u"c1"_s);
        CallRecorder recorder(call);
        call->abort();
        call->abort();
        QCOMPARE(recorder.timesFinished, 1);
    }

    void completeWithWhileSending_dropsTheRequestAndFinishesOnce()
    {
        QPointer<GetContentCall> call = m_client->getContent(u"c1"_s);
        CallRecorder recorder(call);
        QTRY_COMPARE(m_network->requestsCreated(), 1);
        GetContentCall *running = call.data();
        QVERIFY(running && running->isRunning());
        running->completeWith(200, R"({"data":{"contentId":"c1"}})");
        QTRY_VERIFY(call.isNull());
        QCOMPARE(recorder.timesFinished, 1);
        QVERIFY(recorder.succeeded);
    }

    void clientDeletedWithCallsRunning_takesThemAlong()
    {
        QPointer<GetContentCall> call = m_client->getContent(u"c1"_s);
        QCoreApplication::processEvents();
        m_client.reset();
        QVERIFY(call.isNull());
    }

    void networkManagerGoneBeforeStart_isNetworkError()
    {
        CallRecorder recorder(m_client->getContent(u"c1"_s));
        m_network.reset();
        QVERIFY(recorder.wait());
        QCOMPARE(recorder.error.kind, Kind::Network);
    }

    void networkManagerDeletedMidCall_stillFinishes()
    {
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setAnswers({ScriptedServer::silent(ScriptedServer::Ending::NeverAnswer)});
        m_client->setEndpoint(server.url());
        QSignalSpy received(&server, &ScriptedServer::requestReceived);
        CallRecorder recorder(m_client->getContent(u"c1"_s));
        QVERIFY(received.wait());
        m_network.reset();
        QVERIFY(recorder.wait());
        QCOMPARE(recorder.timesFinished, 1);
        QCOMPARE(recorder.error.kind, Kind::Network);
    }

private:
    std::unique_ptr<CountingNetworkManager> m_network;
    std::unique_ptr<VideographClient> m_client;
};

QTEST_GUILESS_MAIN(TestApiCallLifecycle)
#include "tst_ApiCallLifecycle.moc"
