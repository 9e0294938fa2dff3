// HTTP Basic authentication: only the configured token pair gets in, on every API route.

#include "SandboxRig.h"
#include "SandboxTestClient.h"

#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestSandboxAuth : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void badCredentials_areRefusedWith401Envelope_data();
    void badCredentials_areRefusedWith401Envelope();
    void everyApiRoute_requiresCredentials_data();
    void everyApiRoute_requiresCredentials();
    void configuredCredentials_areAccepted_andDefaultsAreNot();
    void secretContainingColon_isAccepted();
    void lowercaseBasicScheme_isAccepted();
    void credentialsAreChecked_beforeTheBody();

private:
    static QByteArray basic(const QByteArray &pair) { return "Basic " + pair.toBase64(); }

    std::unique_ptr<SandboxRig> m_rig;
};

void TestSandboxAuth::init()
{
    m_rig = std::make_unique<SandboxRig>();
    QVERIFY2(m_rig->isListening(), qPrintable(m_rig->server.errorString()));
}

void TestSandboxAuth::cleanup()
{
    m_rig.reset();
}

void TestSandboxAuth::badCredentials_areRefusedWith401Envelope_data()
{
    QTest::addColumn<QByteArray>("authorization");
    QTest::newRow("no Authorization header") << QByteArray();
    QTest::newRow("wrong secret") << basic("sandbox-token:wrong");
    QTest::newRow("wrong token id") << basic("someone:sandbox-secret");
    QTest::newRow("secret only") << basic("sandbox-secret");
    QTest::newRow("pair swapped") << basic("sandbox-secret:sandbox-token");
    QTest::newRow("Bearer scheme") << QByteArray("Bearer sandbox-token:sandbox-secret");
    QTest::newRow("pair not base64-encoded") << QByteArray("Basic sandbox-token:sandbox-secret");
    QTest::newRow("scheme without token") << QByteArray("Basic");
}

void TestSandboxAuth::badCredentials_areRefusedWith401Envelope()
{
    QFETCH(QByteArray, authorization);
    m_rig->client.setAuthorizationHeader(authorization);
    const auto reply = m_rig->client.create(SandboxTestClient::minimalBody());
    QCOMPARE(reply.httpStatus, 401);
    QCOMPARE(reply.envelope.value(u"code"_s).toInt(), 401);
    QCOMPARE(reply.envelope.value(u"status"_s).toString(), u"Failed"_s);
    QVERIFY2(reply.message().startsWith(u"Unauthorized "_s), qPrintable(reply.message()));
    QVERIFY(reply.envelope.value(u"data"_s).isNull());
    QCOMPARE(reply.wwwAuthenticate, QByteArray("Basic realm=\"Videograph sandbox\""));
    QCOMPARE(m_rig->server.contentCount(), 0);
}

void TestSandboxAuth::everyApiRoute_requiresCredentials_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QString>("path");
    QTest::newRow("list") << QByteArray("GET") << u"/contents?start=0&limit=5"_s;
    QTest::newRow("fetch") << QByteArray("GET") << u"/contents/some-id"_s;
    QTest::newRow("delete") << QByteArray("DELETE") << u"/contents/some-id"_s;
}

void TestSandboxAuth::everyApiRoute_requiresCredentials()
{
    QFETCH(QByteArray, verb);
    QFETCH(QString, path);
    m_rig->client.setCredentials(u"sandbox-token"_s, u"not-the-secret"_s);
    QCOMPARE(m_rig->client.send(verb, path).httpStatus, 401);
    m_rig->client.setCredentials(u"sandbox-token"_s, u"sandbox-secret"_s);
    QVERIFY(m_rig->client.send(verb, path).httpStatus != 401);
}

void TestSandboxAuth::configuredCredentials_areAccepted_andDefaultsAreNot()
{
    SandboxRig rig(SandboxOptions{u"my-token"_s, u"my-secret"_s, 3000});
    QVERIFY(rig.isListening());
    QCOMPARE(rig.client.get(u"/contents"_s).httpStatus, 401);
    rig.client.setCredentials(u"my-token"_s, u"my-secret"_s);
    QCOMPARE(rig.client.get(u"/contents"_s).httpStatus, 200);
}

void TestSandboxAuth::secretContainingColon_isAccepted()
{
    SandboxRig rig(SandboxOptions{u"id"_s, u"se:cr:et"_s, 3000});
    QVERIFY(rig.isListening());
    rig.client.setCredentials(u"id"_s, u"se:cr:et"_s);
    QCOMPARE(rig.client.get(u"/contents"_s).httpStatus, 200);
}

void TestSandboxAuth::lowercaseBasicScheme_isAccepted()
{
    // RFC 7235: the scheme name is case-insensitive.
    const QByteArray pair("sandbox-token:sandbox-secret");
    m_rig->client.setAuthorizationHeader("basic " + pair.toBase64());
    QCOMPARE(m_rig->client.get(u"/contents"_s).httpStatus, 200);
}

void TestSandboxAuth::credentialsAreChecked_beforeTheBody()
{
    m_rig->client.setAuthorizationHeader({});
    QCOMPARE(m_rig->client.create(QByteArray("not json")).httpStatus, 401);
    QCOMPARE(m_rig->client.create(QByteArray("{}"), QByteArrayLiteral("text/plain")).httpStatus, 401);
}

QTEST_GUILESS_MAIN(TestSandboxAuth)
#include "tst_SandboxAuth.moc"
