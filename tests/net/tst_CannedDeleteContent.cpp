#include "CallRecorder.h"
#include "CannedRig.h"
#include "DeleteContentCall.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

class TestCannedDeleteContent : public QObject
{
    Q_OBJECT

private slots:
    // Without credentials, as this suite has always run: none of its answers depends on them.
    void init() { m_rig = std::make_unique<CannedRig>(Credentials{}); }

    void cleanup()
    {
        QCoreApplication::processEvents();
        QCOMPARE(m_rig->network.requestsCreated(), 0);
        m_rig.reset();
    }

    void successEnvelope_succeeds()
    {
        QVERIFY(answer(200, R"({"code":200,"status":"Success","message":"Deleted"})").succeeded);
    }

    void successEnvelopeWithData_succeeds()
    {
        QVERIFY(answer(200, R"({"status":"Success","data":{"contentId":"c1"}})").succeeded);
    }

    void noContent_succeeds()
    {
        QVERIFY(answer(204, {}, {}).succeeded);
    }

    void failedEnvelope_isFailed()
    {
        const CallOutcome call = answer(200, R"({"status":"Failed","message":"Content is processing"})");
        QCOMPARE(call.error.kind, Kind::Failed);
        QCOMPARE(call.error.serverMessage, u"Content is processing"_s);
    }

    void emptyOk_isEmptyAnswer()
    {
        QCOMPARE(answer(200, {}).error.kind, Kind::EmptyAnswer);
    }

    void unknownContent_isNotFound()
    {
        QCOMPARE(answer(404, R"({"status":"Failed","message":"not found"})").error.kind, Kind::NotFound);
    }

private:
    CallOutcome answer(int status, const QByteArray &body, const QByteArray &contentType = "application/json")
    {
        return CallRecorder::completed(m_rig->client.deleteContent(u"c1"_s), status, body, contentType);
    }

    std::unique_ptr<CannedRig> m_rig;
};

QTEST_GUILESS_MAIN(TestCannedDeleteContent)
#include "tst_CannedDeleteContent.moc"
