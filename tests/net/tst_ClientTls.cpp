#include "ApiErrorText.h"
#include "CallRecorder.h"
#include "GetContentCall.h"
#include "LoopbackRig.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QTest>

using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

namespace {

const QByteArray contentAnswer = R"({"code":200,"status":"Success","data":{"contentId":"c1"}})";

QByteArray fixture(const char *name)
{
    QFile file(QStringLiteral(PP_TESTS_DIR "/net/fixtures/") + QString::fromLatin1(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QSslCertificate fixtureCertificate()
{
    return QSslCertificate(fixture("localhost.crt"), QSsl::Pem);
}

QSslConfiguration serverConfiguration()
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setLocalCertificate(fixtureCertificate());
    configuration.setPrivateKey(QSslKey(fixture("localhost.key"), QSsl::Rsa, QSsl::Pem));
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

} // namespace

// A local HTTPS server with the self-signed fixture certificate (CN=localhost).
class TestClientTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(QSslSocket::supportsSsl());
        QVERIFY(!fixtureCertificate().isNull());
        m_systemDefault = QSslConfiguration::defaultConfiguration();
    }

    void init()
    {
        m_rig = std::make_unique<LoopbackRig>();
        m_tls = std::make_unique<ScriptedServer>();
        QVERIFY(m_tls->listenTls(serverConfiguration()));
        m_rig->client.setEndpoint(m_tls->url({}, u"localhost"_s));
    }

    void cleanup()
    {
        m_rig.reset();
        m_tls.reset();
        QSslConfiguration::setDefaultConfiguration(m_systemDefault);
    }

    void untrustedSelfSignedCertificate_isTlsNamingTheProblem()
    {
        m_tls->setAnswers({ScriptedServer::json(200, contentAnswer)});
        CallRecorder call(m_rig->client.getContent(u"c1"_s));
        QVERIFY(call.wait());
        QCOMPARE(call.error.kind, Kind::Tls);
        QVERIFY2(call.error.details.contains(u"self-signed"_s, Qt::CaseInsensitive), qPrintable(call.error.details));
        QVERIFY(ApiErrorText::explanation(call.error).contains(u"localhost"_s));
        QVERIFY(m_tls->requests().isEmpty());
        QVERIFY(!ApiErrorText::outcomeUnknown(call.error));
    }

    void certificateTrustedAsAuthority_isAccepted()
    {
        trustFixture();
        m_tls->setAnswers({ScriptedServer::json(200, contentAnswer)});
        CallRecorder call(m_rig->client.getContent(u"c1"_s));
        QVERIFY(call.wait());
        QVERIFY2(call.succeeded, qPrintable(call.error.details));
        QCOMPARE(m_tls->requests().constFirst().header("Authorization"), NetTestData::expectedAuthorization());
    }

    void redirectFromHttpsToPlainHttp_isRefusedEvenToLoopback()
    {
        trustFixture();
        m_tls->setAnswers({ScriptedServer::redirect(307, m_rig->server.url(u"/plain"_s))});
        m_rig->server.setAnswers({ScriptedServer::json(200, contentAnswer)});
        CallRecorder call(m_rig->client.getContent(u"c1"_s));
        QVERIFY(call.wait());
        QCOMPARE(call.error.kind, Kind::InsecureUrl);
        QCOMPARE(m_tls->requests().size(), 1);
        QVERIFY(m_rig->server.requests().isEmpty());
    }

private:
    // Trusting the fixture as an authority is the honest way to make the handshake pass:
    // the client itself never ignores a TLS error.
    static void trustFixture()
    {
        QSslConfiguration trusting = QSslConfiguration::defaultConfiguration();
        trusting.addCaCertificate(fixtureCertificate());
        QSslConfiguration::setDefaultConfiguration(trusting);
    }

    QSslConfiguration m_systemDefault;
    std::unique_ptr<LoopbackRig> m_rig;
    std::unique_ptr<ScriptedServer> m_tls;
};

QTEST_GUILESS_MAIN(TestClientTls)
#include "tst_ClientTls.moc"
