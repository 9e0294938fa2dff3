#include "ApiErrorText.h"
#include "CallRecorder.h"
#include "CreatePortraitCall.h"
#include "GetContentCall.h"
#include "LoopbackRig.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

namespace {

// Every spelling of the credentials that must never reach what a person sees or the app keeps.
QStringList forbidden()
{
    const Credentials credentials = NetTestData::credentials();
    return {credentials.secretKey, credentials.tokenId, NetTestData::expectedBase64(),
            QString(NetTestData::expectedBase64()).replace(u"/"_s, u"\\/"_s)};
}

void verifyClean(const ApiError &error)
{
    const QStringList shown{error.details, error.serverMessage, error.url.toString(),
                            ApiErrorText::caption(error), ApiErrorText::explanation(error)};
    for (const QString &text : shown) {
        for (const QString &secret : forbidden())
            QVERIFY2(!text.contains(secret), qPrintable(u"leaked in: "_s + text));
    }
}

} // namespace

// A server (or proxy) that echoes the request back must not make the app show the secret.
class TestClientSecrets : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_rig = std::make_unique<LoopbackRig>();
        QVERIFY(m_rig->isListening());
    }

    void cleanup() { m_rig.reset(); }

    void echoedHeadersInAJsonError_areMasked()
    {
        const Credentials credentials = NetTestData::credentials();
        const QByteArray body = (u"{\"status\":\"Failed\",\"message\":\"token %1 with key %2 refused\","
                                 u"\"request\":{\"headers\":{\"Authorization\":\"%3\"}}}"_s)
                                    .arg(credentials.tokenId, credentials.secretKey,
                                         QString::fromLatin1(NetTestData::expectedAuthorization()).replace(u"/"_s, u"\\/"_s))
                                    .toUtf8();
        m_rig->server.setAnswers({ScriptedServer::json(400, body)});
        CallRecorder call(m_rig->client.createPortrait(NetTestData::referenceRequest()));
        QVERIFY(call.wait());
        QCOMPARE(call.error.kind, Kind::Rejected);
        verifyClean(call.error);
        QVERIFY(call.error.serverMessage.contains(u"•••"_s));
        QVERIFY(call.error.details.contains(u"•••"_s));
    }

    void echoedHeadersInAnHtmlPage_areMasked()
    {
        const QByteArray page = "<html><body><pre>Authorization: " + NetTestData::expectedAuthorization()
                                + "</pre></body></html>";
        m_rig->server.setAnswers({ScriptedServer::html(502, page)});
        CallRecorder call(m_rig->client.getContent(u"c1"_s));
        QVERIFY(call.wait());
        verifyClean(call.error);
        QVERIFY(call.error.details.contains(u"Authorization: Basic •••"_s));
    }

    void echoedSecretInAFailedEnvelope_isMasked()
    {
        const QByteArray body = "{\"status\":\"Failed\",\"message\":\"bad secret "
                                + NetTestData::credentials().secretKey.toUtf8() + "\"}";
        m_rig->server.setAnswers({ScriptedServer::json(200, body)});
        CallRecorder call(m_rig->client.getContent(u"c1"_s));
        QVERIFY(call.wait());
        QCOMPARE(call.error.kind, Kind::Failed);
        verifyClean(call.error);
    }

    void redirectCarryingTheTokenToPlainHttp_isRefusedAndClean()
    {
        const QByteArray location = "http://collector.example/steal?who=" + NetTestData::credentials().tokenId.toUtf8();
        ScriptedServer::Answer redirect;
        redirect.statusLine = "HTTP/1.1 307 Temporary Redirect";
        redirect.headers = {{"Location", location}};
        m_rig->server.setAnswers({redirect});
        CallRecorder call(m_rig->client.getContent(u"c1"_s));
        QVERIFY(call.wait());
        QCOMPARE(call.error.kind, Kind::InsecureUrl);
        verifyClean(call.error);
    }

    void networkFailureDetails_areClean()
    {
        m_rig->server.setAnswers({ScriptedServer::silent(ScriptedServer::Ending::Reset)});
        CallRecorder call(m_rig->client.getContent(u"c1"_s));
        QVERIFY(call.wait());
        QVERIFY(call.error.isError());
        verifyClean(call.error);
    }

private:
    std::unique_ptr<LoopbackRig> m_rig;
};

QTEST_GUILESS_MAIN(TestClientSecrets)
#include "tst_ClientSecrets.moc"
