#include "CallRecorder.h"
#include "CannedRig.h"
#include "GetContentCall.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

class TestCannedGetContent : public QObject
{
    Q_OBJECT

private slots:
    void init() { m_rig = std::make_unique<CannedRig>(); }

    void cleanup()
    {
        QCoreApplication::processEvents();
        QCOMPARE(m_rig->network.requestsCreated(), 0);
        m_rig.reset();
    }

    void readyContent_showsDurationResolutionAndThumbnail()
    {
        const CallOutcome call = answer(200, R"({"code":200,"status":"Success","message":"ok","data":{
            "contentId":"c1","title":"Clip","status":"Ready","statusId":3,"duration":15320,
            "resolution":"1080x1920","thumbnailUrl":"https:\/\/cdn.example\/t.jpg",
            "tags":["a","b"],"metadata":[{"key":"k","value":"v"}]}})");
        QVERIFY(call.succeeded);
        QCOMPARE(call.card.phase(), ContentCard::Phase::Ready);
        QCOMPARE(call.card.durationMs, std::optional<qint64>(15320));
        QCOMPARE(call.card.resolution, u"1080x1920"_s);
        QCOMPARE(call.card.thumbnailUrl, QUrl(u"https://cdn.example/t.jpg"_s));
        QCOMPARE(call.card.tags, (QStringList{u"a"_s, u"b"_s}));
        QCOMPARE(call.card.metadata.size(), 1);
    }

    void unknownInBetweenStatus_isStillInProgress()
    {
        const CallOutcome call = answer(200, R"({"status":"Success","data":{"contentId":"c1","status":"Transcoding"}})");
        QVERIFY(call.succeeded);
        QCOMPARE(call.card.status, u"Transcoding"_s);
        QCOMPARE(call.card.phase(), ContentCard::Phase::InProgress);
    }

    void failedContent_isASuccessfulCallAboutAFailedJob()
    {
        // The envelope succeeded; it is the video job that failed.
        const CallOutcome call = answer(200, R"({"status":"Success","data":{"contentId":"c1","status":"Failed"}})");
        QVERIFY(call.succeeded);
        QCOMPARE(call.card.phase(), ContentCard::Phase::Failed);
    }

    void dataNotAnObject_isUnexpectedAnswer()
    {
        QCOMPARE(answer(200, R"({"status":"Success","data":42})").error.kind, Kind::UnexpectedAnswer);
    }

    void notFound_isNotFound()
    {
        const CallOutcome call = answer(404, R"({"code":404,"status":"Failed","message":"Content not found"})");
        QCOMPARE(call.error.kind, Kind::NotFound);
        QCOMPARE(call.error.serverMessage, u"Content not found"_s);
    }

private:
    CallOutcome answer(int status, const QByteArray &body)
    {
        return CallRecorder::completed(m_rig->client.getContent(u"c1"_s), status, body);
    }

    std::unique_ptr<CannedRig> m_rig;
};

QTEST_GUILESS_MAIN(TestCannedGetContent)
#include "tst_CannedGetContent.moc"
