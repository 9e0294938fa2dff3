#include "CallRecorder.h"
#include "CreatePortraitCall.h"
#include "DeleteContentCall.h"
#include "GetContentCall.h"
#include "ListContentsCall.h"
#include "LoopbackRig.h"
#include "WireFormat.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

namespace {

const QByteArray contentAnswer = R"({"code":200,"status":"Success","data":{"contentId":"c1","status":"Ready"}})";

} // namespace

// What goes over the wire: method, path, headers and body of each call.
class TestClientRequests : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_rig = std::make_unique<LoopbackRig>();
        QVERIFY(m_rig->isListening());
    }

    void cleanup() { m_rig.reset(); }

    void createPortrait_postsTheBodyWithJsonHeadersAndBasicAuth()
    {
        m_rig->server.setAnswers({ScriptedServer::json(200, NetTestData::referenceAnswer())});
        CallRecorder call(m_rig->client.createPortrait(NetTestData::referenceRequest()));
        QVERIFY(call.wait());
        QVERIFY(call.succeeded);
        QCOMPARE(m_rig->server.requests().size(), 1);
        const ScriptedServer::Request request = m_rig->server.requests().constFirst();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.target, QByteArray("/video/services/api/v1/contents/portrait_pro"));
        QCOMPARE(request.header("Content-Type"), QByteArray("application/json"));
        QCOMPARE(request.header("Accept"), QByteArray("application/json"));
        QCOMPARE(request.header("Authorization"), NetTestData::expectedAuthorization());
        QCOMPARE(request.body, WireFormat::requestToBody(NetTestData::referenceRequest()));
    }

    void createPortrait_overTheWire_fillsTheCardFromTheReferenceAnswer()
    {
        m_rig->server.setAnswers({ScriptedServer::json(200, NetTestData::referenceAnswer())});
        CallRecorder call(m_rig->client.createPortrait(NetTestData::referenceRequest()));
        QVERIFY(call.wait());
        QCOMPARE(call.card.contentId, u"702c325b-5c57-4162-924e-8accbef622b0"_s);
        QCOMPARE(call.rawBody, NetTestData::referenceAnswer());
    }

    void getContent_getsTheContentPathWithoutContentType()
    {
        m_rig->server.setAnswers({ScriptedServer::json(200, contentAnswer)});
        CallRecorder call(m_rig->client.getContent(u"702c325b-5c57-4162-924e-8accbef622b0"_s));
        QVERIFY(call.wait());
        QVERIFY(call.succeeded);
        const ScriptedServer::Request request = m_rig->server.requests().constFirst();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.target, QByteArray("/video/services/api/v1/contents/702c325b-5c57-4162-924e-8accbef622b0"));
        QVERIFY(!request.hasHeader("Content-Type"));
        QCOMPARE(request.header("Accept"), QByteArray("application/json"));
        QCOMPARE(request.header("Authorization"), NetTestData::expectedAuthorization());
        QVERIFY(request.body.isEmpty());
    }

    void getContent_percentEncodesTheId()
    {
        m_rig->server.setAnswers({ScriptedServer::json(200, contentAnswer)});
        CallRecorder call(m_rig->client.getContent(u"a/b?c#d é"_s));
        QVERIFY(call.wait());
        QCOMPARE(m_rig->server.requests().constFirst().target,
                 QByteArray("/video/services/api/v1/contents/a%2Fb%3Fc%23d%20%C3%A9"));
    }

    void getContent_withBlankId_isRefusedWithoutSending()
    {
        CallRecorder call(m_rig->client.getContent(u"  "_s));
        QVERIFY(call.wait());
        QCOMPARE(call.error.kind, Kind::InvalidUrl);
        QCOMPARE(m_rig->network.requestsCreated(), 0);
    }

    void listContents_sendsStartAndLimit()
    {
        m_rig->server.setAnswers({ScriptedServer::json(200, R"({"status":"Success","data":[]})")});
        CallRecorder call(m_rig->client.listContents(40, 20));
        QVERIFY(call.wait());
        QVERIFY(call.succeeded);
        const ScriptedServer::Request request = m_rig->server.requests().constFirst();
        QCOMPARE(request.method, QByteArray("GET"));
        QCOMPARE(request.target, QByteArray("/video/services/api/v1/contents?start=40&limit=20"));
        QCOMPARE(request.header("Authorization"), NetTestData::expectedAuthorization());
    }

    void deleteContent_sendsDelete()
    {
        m_rig->server.setAnswers({ScriptedServer::json(200, R"({"status":"Success","message":"Deleted"})")});
        CallRecorder call(m_rig->client.deleteContent(u"c1"_s));
        QVERIFY(call.wait());
        QVERIFY(call.succeeded);
        const ScriptedServer::Request request = m_rig->server.requests().constFirst();
        QCOMPARE(request.method, QByteArray("DELETE"));
        QCOMPARE(request.target, QByteArray("/video/services/api/v1/contents/c1"));
        QCOMPARE(request.header("Authorization"), NetTestData::expectedAuthorization());
    }

    void endpointGivenWithApiPath_isNotDoubled()
    {
        m_rig->client.setEndpoint(m_rig->server.url(u"/video/services/api/v1/"_s));
        m_rig->server.setAnswers({ScriptedServer::json(200, contentAnswer)});
        CallRecorder call(m_rig->client.getContent(u"c1"_s));
        QVERIFY(call.wait());
        QCOMPARE(m_rig->server.requests().constFirst().target, QByteArray("/video/services/api/v1/contents/c1"));
    }

    void endpointWithPathPrefix_keepsIt()
    {
        m_rig->client.setEndpoint(m_rig->server.url(u"/gateway"_s));
        m_rig->server.setAnswers({ScriptedServer::json(200, contentAnswer)});
        CallRecorder call(m_rig->client.getContent(u"c1"_s));
        QVERIFY(call.wait());
        QCOMPARE(m_rig->server.requests().constFirst().target, QByteArray("/gateway/video/services/api/v1/contents/c1"));
    }

    void incompleteCredentials_sendNoAuthorization()
    {
        m_rig->client.setCredentials({u"token-only"_s, {}});
        m_rig->server.setAnswers({ScriptedServer::json(401, R"({"status":"Failed","message":"Unauthorized"})")});
        CallRecorder call(m_rig->client.getContent(u"c1"_s));
        QVERIFY(call.wait());
        QCOMPARE(call.error.kind, Kind::Unauthorized);
        QVERIFY(!m_rig->server.requests().constFirst().hasHeader("Authorization"));
    }

    void userInfoInTheEndpoint_isNeverSent()
    {
        m_rig->client.setCredentials({});
        QUrl endpoint = m_rig->server.url();
        endpoint.setUserInfo(u"someone:password"_s);
        m_rig->client.setEndpoint(endpoint);
        m_rig->server.setAnswers({ScriptedServer::json(200, contentAnswer)});
        CallRecorder call(m_rig->client.getContent(u"c1"_s));
        QVERIFY(call.wait());
        QVERIFY(!m_rig->server.requests().constFirst().hasHeader("Authorization"));
    }

    void credentialsChangedAfterCreation_theCallUsesThoseItWasMadeWith()
    {
        m_rig->server.setAnswers({ScriptedServer::json(200, contentAnswer)});
        CallRecorder call(m_rig->client.getContent(u"c1"_s));
        m_rig->client.setCredentials({u"other"_s, u"pair"_s});
        QVERIFY(call.wait());
        QCOMPARE(m_rig->server.requests().constFirst().header("Authorization"), NetTestData::expectedAuthorization());
    }

private:
    std::unique_ptr<LoopbackRig> m_rig;
};

QTEST_GUILESS_MAIN(TestClientRequests)
#include "tst_ClientRequests.moc"
