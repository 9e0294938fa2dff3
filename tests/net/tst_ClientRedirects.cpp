#include "CallRecorder.h"
#include "CreatePortraitCall.h"
#include "GetContentCall.h"
#include "LoopbackRig.h"
#include "WireFormat.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

namespace {

const QByteArray contentAnswer = R"({"code":200,"status":"Success","data":{"contentId":"c1","status":"Ready"}})";

} // namespace

// Redirects are followed by the call itself so the Authorization header stays with its origin.
class TestClientRedirects : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_rig = std::make_unique<LoopbackRig>();
        m_other = std::make_unique<ScriptedServer>();
        QVERIFY(m_rig->isListening());
        QVERIFY(m_other->listen());
    }

    void cleanup()
    {
        m_rig.reset();
        m_other.reset();
    }

    void redirectToAnotherOrigin_isFollowedWithoutAuthorization()
    {
        m_rig->server.setAnswers({ScriptedServer::redirect(307, m_other->url(u"/elsewhere/contents/c1"_s))});
        m_other->setAnswers({ScriptedServer::json(200, contentAnswer)});
        CallRecorder call(m_rig->client.getContent(u"c1"_s));
        QVERIFY(call.wait());
        QVERIFY(call.succeeded);
        QCOMPARE(m_rig->server.requests().constFirst().header("Authorization"), NetTestData::expectedAuthorization());
        QCOMPARE(m_other->requests().size(), 1);
        QCOMPARE(m_other->requests().constFirst().target, QByteArray("/elsewhere/contents/c1"));
        QVERIFY(!m_other->requests().constFirst().hasHeader("Authorization"));
        QCOMPARE(m_other->requests().constFirst().header("Accept"), QByteArray("application/json"));
    }

    void sameHostByAnotherName_isAnotherOrigin()
    {
        m_rig->server.setAnswers({ScriptedServer::redirect(307, m_rig->server.url(u"/moved"_s, u"localhost"_s)),
                                  ScriptedServer::json(200, contentAnswer)});
        CallRecorder call(m_rig->client.getContent(u"c1"_s));
        QVERIFY(call.wait());
        QCOMPARE(m_rig->server.requests().size(), 2);
        QVERIFY(!m_rig->server.requests().at(1).hasHeader("Authorization"));
    }

    void redirectWithinTheOrigin_keepsAuthorization()
    {
        m_rig->server.setAnswers({ScriptedServer::redirect(308, m_rig->server.url(u"/video/services/api/v1/contents/moved"_s)),
                                  ScriptedServer::json(200, contentAnswer)});
        CallRecorder call(m_rig->client.getContent(u"c1"_s));
        QVERIFY(call.wait());
        QVERIFY(call.succeeded);
        QCOMPARE(m_rig->server.requests().size(), 2);
        QCOMPARE(m_rig->server.requests().at(1).target, QByteArray("/video/services/api/v1/contents/moved"));
        QCOMPARE(m_rig->server.requests().at(1).header("Authorization"), NetTestData::expectedAuthorization());
    }

    void relativeLocation_isResolvedAgainstTheRequest()
    {
        ScriptedServer::Answer moved;
        moved.statusLine = "HTTP/1.1 302 Found";
        moved.headers = {{"Location", "../contents-v2/c1"}};
        m_rig->server.setAnswers({moved, ScriptedServer::json(200, contentAnswer)});
        CallRecorder call(m_rig->client.getContent(u"c1"_s));
        QVERIFY(call.wait());
        QVERIFY(call.succeeded);
        QCOMPARE(m_rig->server.requests().at(1).target, QByteArray("/video/services/api/v1/contents-v2/c1"));
    }

    void temporaryRedirectOfCreate_resendsTheSameBodyOnce()
    {
        m_rig->server.setAnswers({ScriptedServer::redirect(307, m_other->url(u"/create"_s))});
        m_other->setAnswers({ScriptedServer::json(200, NetTestData::referenceAnswer())});
        CallRecorder call(m_rig->client.createPortrait(NetTestData::referenceRequest()));
        QVERIFY(call.wait());
        QVERIFY(call.succeeded);
        QCOMPARE(m_other->requests().size(), 1);
        const ScriptedServer::Request followed = m_other->requests().constFirst();
        QCOMPARE(followed.method, QByteArray("POST"));
        QCOMPARE(followed.body, WireFormat::requestToBody(NetTestData::referenceRequest()));
        QVERIFY(!followed.hasHeader("Authorization"));
    }

    void seeOther_isFetchedWithGetAndNoBody()
    {
        m_rig->server.setAnswers({ScriptedServer::redirect(303, m_rig->server.url(u"/video/services/api/v1/contents/c1"_s)),
                                  ScriptedServer::json(200, NetTestData::referenceAnswer())});
        CallRecorder call(m_rig->client.createPortrait(NetTestData::referenceRequest()));
        QVERIFY(call.wait());
        QVERIFY(call.succeeded);
        QCOMPARE(m_rig->server.requests().at(1).method, QByteArray("GET"));
        QVERIFY(m_rig->server.requests().at(1).body.isEmpty());
        QVERIFY(!m_rig->server.requests().at(1).hasHeader("Content-Type"));
    }

    void redirectLoop_stopsAfterFiveHops()
    {
        m_rig->server.setAnswers({ScriptedServer::redirect(302, m_rig->server.url(u"/again"_s))});
        CallRecorder call(m_rig->client.getContent(u"c1"_s));
        QVERIFY(call.wait());
        QCOMPARE(call.error.kind, Kind::Network);
        QCOMPARE(m_rig->server.requests().size(), 6);
    }

    void redirectToPlainHttpElsewhere_isRefusedWithoutSending()
    {
        m_rig->server.setAnswers({ScriptedServer::redirect(307, QUrl(u"http://videograph.example/contents/c1"_s))});
        CallRecorder call(m_rig->client.getContent(u"c1"_s));
        QVERIFY(call.wait());
        QCOMPARE(call.error.kind, Kind::InsecureUrl);
        QCOMPARE(call.error.url.host(), u"videograph.example"_s);
        QCOMPARE(m_rig->network.requestsCreated(), 1);
    }

    void redirectWithoutLocation_isTheAnswer()
    {
        ScriptedServer::Answer bare;
        bare.statusLine = "HTTP/1.1 302 Found";
        m_rig->server.setAnswers({bare});
        CallRecorder call(m_rig->client.getContent(u"c1"_s));
        QVERIFY(call.wait());
        QCOMPARE(call.error.kind, Kind::UnexpectedAnswer);
        QCOMPARE(call.error.httpStatus, 302);
    }

private:
    std::unique_ptr<LoopbackRig> m_rig;
    std::unique_ptr<ScriptedServer> m_other;
};

QTEST_GUILESS_MAIN(TestClientRedirects)
#include "tst_ClientRedirects.moc"
