#include "CallRecorder.h"
#include "GetContentCall.h"
#include "LoopbackRig.h"
#include "TransportPolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Kind = ApiError::Kind;

namespace {

constexpr qint64 nineMiB = 9 * 1024 * 1024;

// A valid content answer padded with a long description to exactly `size` bytes.
QByteArray answerOfSize(qint64 size)
{
    const QByteArray head = R"({"status":"Success","data":{"contentId":"c1","description":")";
    const QByteArray tail = R"("}})";
    return head + QByteArray(size - head.size() - tail.size(), 'x') + tail;
}

} // namespace

// Answers over 8 MiB are refused as they arrive, not after buffering them.
class TestClientSizeCap : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_rig = std::make_unique<LoopbackRig>();
        QVERIFY(m_rig->isListening());
    }

    void cleanup() { m_rig.reset(); }

    void announcedLengthOverTheCap_isRefusedBeforeTheBody()
    {
        // Only the head and a few bytes ever come: without reading Content-Length the call
        // would sit waiting for the rest until it timed out.
        ScriptedServer::Answer huge = ScriptedServer::json(200, "{\"status\":");
        huge.announcedLength = nineMiB;
        huge.ending = ScriptedServer::Ending::StallMidBody;
        huge.bodyBytesSent = huge.body.size();
        m_rig->server.setAnswers({huge});
        m_rig->client.setTimeout(60s);
        CallRecorder call(m_rig->client.getContent(u"c1"_s));
        QVERIFY(call.wait(10000));
        QCOMPARE(call.error.kind, Kind::TooLarge);
        QCOMPARE(call.error.httpStatus, 200);
    }

    void endlessBodyWithoutLength_isCutOffPastTheCap()
    {
        ScriptedServer::Answer endless = ScriptedServer::json(200, {});
        endless.announceLength = false;
        endless.ending = ScriptedServer::Ending::StreamForever;
        m_rig->server.setAnswers({endless});
        CallRecorder call(m_rig->client.getContent(u"c1"_s));
        QVERIFY(call.wait(30000));
        QCOMPARE(call.error.kind, Kind::TooLarge);
        QTRY_VERIFY(m_rig->server.streamStopped());
        QVERIFY(m_rig->server.streamedBytes() > TransportPolicy::maxAnswerBytes);
    }

    void nineMiBBodyWithoutLength_isTooLarge()
    {
        ScriptedServer::Answer big = ScriptedServer::json(200, answerOfSize(nineMiB));
        big.announceLength = false;
        m_rig->server.setAnswers({big});
        CallRecorder call(m_rig->client.getContent(u"c1"_s));
        QVERIFY(call.wait(30000));
        QCOMPARE(call.error.kind, Kind::TooLarge);
    }

    void bodyJustUnderTheCap_isRead()
    {
        m_rig->server.setAnswers({ScriptedServer::json(200, answerOfSize(TransportPolicy::maxAnswerBytes))});
        CallRecorder call(m_rig->client.getContent(u"c1"_s));
        QVERIFY(call.wait(30000));
        QVERIFY(call.succeeded);
        QCOMPARE(call.rawBody.size(), TransportPolicy::maxAnswerBytes);
        QVERIFY(call.card.description.size() > TransportPolicy::maxAnswerBytes - 100);
    }

private:
    std::unique_ptr<LoopbackRig> m_rig;
};

QTEST_GUILESS_MAIN(TestClientSizeCap)
#include "tst_ClientSizeCap.moc"
