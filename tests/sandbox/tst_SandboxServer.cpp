// The server as a whole: binding, its base URL, the envelope every answer wears, unknown routes
// and the counters tests elsewhere rely on.

#include "SandboxRig.h"
#include "SandboxServer.h"
#include "SandboxTestClient.h"

#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestSandboxServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listenOnPortZero_bindsAFreePortOnLoopback();
    void baseUrl_isEmptyBeforeListening();
    void listenOnPortInUse_failsWithErrorStringNamingThePort();
    void unknownRoute_answers404Envelope_data();
    void unknownRoute_answers404Envelope();
    void everyAnswer_isJsonEnvelopeMatchingHttpStatus_data();
    void everyAnswer_isJsonEnvelopeMatchingHttpStatus();
    void requestCount_countsEveryRequestWhateverItsOutcome();
    void contentCount_followsCreatesAndDeletes();

private:
    std::unique_ptr<SandboxRig> m_rig;
};

void TestSandboxServer::init()
{
    m_rig = std::make_unique<SandboxRig>();
    QVERIFY2(m_rig->isListening(), qPrintable(m_rig->server.errorString()));
}

void TestSandboxServer::cleanup()
{
    m_rig.reset();
}

void TestSandboxServer::listenOnPortZero_bindsAFreePortOnLoopback()
{
    SandboxServer server;
    const quint16 port = server.listen(0);
    QVERIFY(port != 0);
    QCOMPARE(server.port(), port);
    QCOMPARE(server.baseUrl(),
             QUrl(u"http://127.0.0.1:%1/video/services/api/v1"_s.arg(port)));
    QVERIFY(server.errorString().isEmpty());
}

void TestSandboxServer::baseUrl_isEmptyBeforeListening()
{
    const SandboxServer server;
    QCOMPARE(server.port(), quint16(0));
    QVERIFY(server.baseUrl().isEmpty());
}

void TestSandboxServer::listenOnPortInUse_failsWithErrorStringNamingThePort()
{
    SandboxServer second;
    QCOMPARE(second.listen(m_rig->server.port()), quint16(0));
    QCOMPARE(second.port(), quint16(0));
    QVERIFY2(second.errorString().contains(u"127.0.0.1:"_s + QString::number(m_rig->server.port())),
             qPrintable(second.errorString()));
}

void TestSandboxServer::unknownRoute_answers404Envelope_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::newRow("api root") << QByteArray("GET") << QString();
    QTest::newRow("unknown collection") << QByteArray("GET") << u"/videos"_s;
    QTest::newRow("nested below a content") << QByteArray("GET") << u"/contents/abc/clips"_s;
    QTest::newRow("PUT on a content") << QByteArray("PUT") << u"/contents/abc"_s;
    QTest::newRow("POST on the collection") << QByteArray("POST") << u"/contents"_s;
    QTest::newRow("GET on the create route") << QByteArray("GET") << u"/contents/portrait_pro/x"_s;
}

void TestSandboxServer::unknownRoute_answers404Envelope()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    const auto reply = m_rig->client.send(verb, path);
    QVERIFY(reply.finished);
    QCOMPARE(reply.httpStatus, 404);
    QCOMPARE(reply.envelope.value(u"code"_s).toInt(), 404);
    QCOMPARE(reply.envelope.value(u"status"_s).toString(), u"Failed"_s);
    const QString named = path.isEmpty() ? u"/v1"_s : path;
    QVERIFY2(reply.message().contains(named), qPrintable(reply.message()));
}

void TestSandboxServer::everyAnswer_isJsonEnvelopeMatchingHttpStatus_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("authorized");
    QTest::addColumn<int>("httpStatus");
    QTest::newRow("list") << QByteArray("GET") << u"/contents"_s << true << 200;
    QTest::newRow("bad paging") << QByteArray("GET") << u"/contents?limit=0"_s << true << 400;
    QTest::newRow("unknown content") << QByteArray("GET") << u"/contents/nope"_s << true << 404;
    QTest::newRow("delete unknown") << QByteArray("DELETE") << u"/contents/nope"_s << true << 404;
    QTest::newRow("unauthorized") << QByteArray("GET") << u"/contents"_s << false << 401;
    QTest::newRow("unknown route") << QByteArray("GET") << u"/nothing"_s << true << 404;
}

void TestSandboxServer::everyAnswer_isJsonEnvelopeMatchingHttpStatus()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    QFETCH(bool, authorized);
    QFETCH(int, httpStatus);
    if (!authorized)
        m_rig->client.setAuthorizationHeader({});
    const auto reply = m_rig->client.send(verb, path);
    QCOMPARE(reply.httpStatus, httpStatus);
    QCOMPARE(reply.contentType, QByteArray("application/json"));
    QCOMPARE(reply.envelope.value(u"code"_s).toInt(), httpStatus);
    QCOMPARE(reply.envelope.value(u"status"_s).toString(),
             httpStatus == 200 ? u"Success"_s : u"Failed"_s);
    QVERIFY(reply.envelope.value(u"message"_s).isString());
    QVERIFY(reply.envelope.contains(u"data"_s));
}

void TestSandboxServer::requestCount_countsEveryRequestWhateverItsOutcome()
{
    QCOMPARE(m_rig->server.requestCount(), 0);
    QCOMPARE(m_rig->client.create(SandboxTestClient::minimalBody()).httpStatus, 200);
    QCOMPARE(m_rig->server.requestCount(), 1);
    QCOMPARE(m_rig->client.create(QByteArray("{}")).httpStatus, 400);
    QCOMPARE(m_rig->client.get(u"/nothing"_s).httpStatus, 404);
    QCOMPARE(m_rig->client.get(u"/contents"_s).httpStatus, 200);
    QCOMPARE(m_rig->client.remove(u"/contents/nope"_s).httpStatus, 404);
    m_rig->client.setAuthorizationHeader({});
    QCOMPARE(m_rig->client.get(u"/contents/nope"_s).httpStatus, 401);
    QCOMPARE(m_rig->server.requestCount(), 6);
}

void TestSandboxServer::contentCount_followsCreatesAndDeletes()
{
    QCOMPARE(m_rig->server.contentCount(), 0);
    const auto first = m_rig->client.create(SandboxTestClient::minimalBody());
    m_rig->client.create(SandboxTestClient::minimalBody());
    QCOMPARE(m_rig->server.contentCount(), 2);
    m_rig->client.remove(u"/contents/"_s + first.data().value(u"contentId"_s).toString());
    QCOMPARE(m_rig->server.contentCount(), 1);
}

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_SandboxServer.moc"
