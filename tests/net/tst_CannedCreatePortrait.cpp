#include "CallRecorder.h"
#include "CannedRig.h"
#include "CreatePortraitCall.h"
#include "NetTestData.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

// The create call answered with canned bodies through completeWith: no socket is opened.
class TestCannedCreatePortrait : public QObject
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

    void referenceAnswer_fillsTheCard()
    {
        const CallOutcome call = answer(200, NetTestData::referenceAnswer());
        QVERIFY(call.succeeded);
        QCOMPARE(call.card.contentId, u"702c325b-5c57-4162-924e-8accbef622b0"_s);
        QCOMPARE(call.card.title, u"Portrait PRO Test"_s);
        QCOMPARE(call.card.status, u"Pending"_s);
        QCOMPARE(call.card.statusId, std::optional<int>(1));
        QCOMPARE(call.card.category, u"SocialClip"_s);
        QCOMPARE(call.card.createdAt, QDateTime::fromMSecsSinceEpoch(1678796834550, Qt::UTC));
        QCOMPARE(call.card.playbackPolicy, QStringList{u"public"_s});
        QCOMPARE(call.card.isSocialClip, std::optional<bool>(true));
        QCOMPARE(call.card.isAdvanced, std::optional<bool>(false));
        QCOMPARE(call.card.testVideo, std::optional<bool>(false));
        QCOMPARE(call.card.durationMs, std::nullopt);
        QCOMPARE(call.card.phase(), ContentCard::Phase::InProgress);
        QCOMPARE(call.httpStatus, 200);
        QCOMPARE(call.rawBody, NetTestData::referenceAnswer());
    }

    void completeWith_emitsFinishedOnceBeforeReturning()
    {
        CreatePortraitCall *call = m_rig->client.createPortrait(NetTestData::referenceRequest());
        QSignalSpy finished(call, &ApiCall::finished);
        QVERIFY(call->isRunning());
        call->completeWith(200, NetTestData::referenceAnswer());
        QCOMPARE(finished.size(), 1);
        QVERIFY(!call->isRunning());
        call->completeWith(500, {});
        call->abort();
        QCOMPARE(finished.size(), 1);
        QVERIFY(call->succeeded());
    }

    void answerWithoutContentId_isUnexpectedAnswer()
    {
        const CallOutcome call = answer(200, R"({"status":"Success","data":{"title":"x","status":"Pending"}})");
        QCOMPARE(call.error.kind, Kind::UnexpectedAnswer);
        QVERIFY(call.card.contentId.isEmpty());
    }

    void answerWithBlankContentId_isUnexpectedAnswer()
    {
        QCOMPARE(answer(200, R"({"status":"Success","data":{"contentId":"  "}})").error.kind, Kind::UnexpectedAnswer);
    }

    void answerWhoseDataIsNotAnObject_isUnexpectedAnswer_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("array") << QByteArray(R"({"status":"Success","data":[{"contentId":"a"}]})");
        QTest::newRow("string") << QByteArray(R"({"status":"Success","data":"702c325b"})");
        QTest::newRow("null") << QByteArray(R"({"status":"Success","data":null})");
        QTest::newRow("missing") << QByteArray(R"({"status":"Success","message":"Data success"})");
    }

    void answerWhoseDataIsNotAnObject_isUnexpectedAnswer()
    {
        QFETCH(QByteArray, body);
        const CallOutcome call = answer(200, body);
        QCOMPARE(call.error.kind, Kind::UnexpectedAnswer);
        QCOMPARE(call.error.details, QString::fromUtf8(body));
    }

    void numbersAsStrings_areRead()
    {
        const CallOutcome call = answer(200, R"({"code":"200","status":"Success","data":{
            "contentId":"c1","statusId":"1","created_at":"1678796834550","duration":"12000"}})");
        QVERIFY(call.succeeded);
        QCOMPARE(call.card.statusId, std::optional<int>(1));
        QCOMPARE(call.card.createdAt.toMSecsSinceEpoch(), 1678796834550);
        QCOMPARE(call.card.durationMs, std::optional<qint64>(12000));
    }

    void numericContentId_isReadAsText()
    {
        const CallOutcome call = answer(200, R"({"status":"Success","data":{"contentId":12345}})");
        QVERIFY(call.succeeded);
        QCOMPARE(call.card.contentId, u"12345"_s);
    }

    void extraFields_areReadPastAndKeptInRaw()
    {
        const CallOutcome call = answer(200, R"({"status":"Success","traceId":"t-1","data":{
            "contentId":"c1","title":"T","newField":{"nested":true},"status":"Pending"}})");
        QVERIFY(call.succeeded);
        QCOMPARE(call.card.title, u"T"_s);
        QVERIFY(call.card.raw.contains(u"newField"_s));
    }

    void missingOptionalFields_leaveThemEmpty()
    {
        const CallOutcome call = answer(200, R"({"data":{"contentId":"c1"}})");
        QVERIFY(call.succeeded);
        QVERIFY(call.card.title.isEmpty());
        QVERIFY(call.card.status.isEmpty());
        QCOMPARE(call.card.statusId, std::nullopt);
        QVERIFY(!call.card.createdAt.isValid());
        QCOMPARE(call.card.isSocialClip, std::nullopt);
    }

    void fieldsOfOddTypes_areLeftEmpty()
    {
        const CallOutcome call = answer(200, R"({"status":"Success","data":{
            "contentId":"c1","title":["x"],"isSocialClip":"yes","playbackPolicy":"public","metadata":{}}})");
        QVERIFY(call.succeeded);
        QVERIFY(call.card.title.isEmpty());
        QCOMPARE(call.card.isSocialClip, std::nullopt);
        QVERIFY(call.card.playbackPolicy.isEmpty());
        QVERIFY(call.card.metadata.isEmpty());
    }

    void failedEnvelope_isFailedWithServerMessage()
    {
        const CallOutcome call = answer(200, R"({"code":400,"status":"Failed","message":"Invalid source URL"})");
        QVERIFY(!call.succeeded);
        QCOMPARE(call.error.kind, Kind::Failed);
        QCOMPARE(call.error.serverMessage, u"Invalid source URL"_s);
    }

private:
    CallOutcome answer(int status, const QByteArray &body)
    {
        return CallRecorder::completed(m_rig->client.createPortrait(NetTestData::referenceRequest()), status, body);
    }

    std::unique_ptr<CannedRig> m_rig;
};

QTEST_GUILESS_MAIN(TestCannedCreatePortrait)
#include "tst_CannedCreatePortrait.moc"
