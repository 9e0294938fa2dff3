#include "CallRecorder.h"
#include "CountingNetworkManager.h"
#include "DeleteContentCall.h"
#include "VideographClient.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

class TestCannedDeleteContent : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_network = std::make_unique<CountingNetworkManager>();
        m_client = std::make_unique<VideographClient>(m_network.get());
        m_client->setEndpoint(QUrl(u"https://api.videograph.ai"_s));
    }

    void cleanup()
    {
        QCoreApplication::processEvents();
        QCOMPARE(m_network->requestsCreated(), 0);
        m_client.reset();
        m_network.reset();
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
        return CallRecorder::completed(m_client->deleteContent(u"c1"_s), status, body, contentType);
    }

    std::unique_ptr<CountingNetworkManager> m_network;
    std::unique_ptr<VideographClient> m_client;
};

QTEST_GUILESS_MAIN(TestCannedDeleteContent)
#include "tst_CannedDeleteContent.moc"
