#include "CallRecorder.h"
#include "CreatePortraitCall.h"
#include "DeleteContentCall.h"
#include "GetContentCall.h"
#include "ListContentsCall.h"
#include "PortraitRequest.h"
#include "SandboxServer.h"
#include "VideographClient.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Waits for a call to finish and hands back what it reported: the call deletes itself
// afterwards, so CallRecorder copies the results the moment it finishes.
void finish(ApiCall *call, CallOutcome *outcome)
{
    QVERIFY(call);
    const CallRecorder recorder(call);
    QTRY_VERIFY_WITH_TIMEOUT(recorder.timesFinished > 0, 10000);
    *outcome = recorder;
}

// The content as the sandbox describes it now; a call that does not finish leaves it empty.
ContentCard currentCard(VideographClient &client, const QString &id)
{
    CallRecorder call(client.getContent(id));
    call.wait(10000);
    return call.card;
}

PortraitRequest clipRequest()
{
    PortraitRequest request;
    request.title = u"Follow me"_s;
    request.sources = {{u"https://cdn.example.com/match.mp4"_s, {u"1:00"_s, u"1:30"_s}}};
    return request;
}

} // namespace

// A job created through the client over TCP is followed until Ready, listed, and deleted.
class TestFollowJob : public QObject
{
    Q_OBJECT

private slots:
    void createPollListDelete_overTcp()
    {
        SandboxServer server(SandboxOptions{u"u"_s, u"p"_s, 50});
        QVERIFY(server.listen(0) != 0);
        QNetworkAccessManager network;
        VideographClient client(&network);
        client.setEndpoint(server.baseUrl());
        client.setCredentials({u"u"_s, u"p"_s});

        CallOutcome created;
        finish(client.createPortrait(clipRequest()), &created);
        QVERIFY2(created.succeeded, qPrintable(created.error.details));
        QCOMPARE(created.card.status, u"Pending"_s);
        const QString id = created.card.contentId;
        QVERIFY(!id.isEmpty());

        ContentCard latest;
        QTRY_VERIFY_WITH_TIMEOUT((latest = currentCard(client, id)).isFinished(), 10000);
        QCOMPARE(latest.phase(), ContentCard::Phase::Ready);
        QCOMPARE(latest.durationMs, std::optional<qint64>(30000));
        QVERIFY(!latest.resolution.isEmpty());

        CallOutcome listed;
        finish(client.listContents(0, 10), &listed);
        QCOMPARE(listed.cards.size(), 1);
        QCOMPARE(listed.cards.first().contentId, id);

        CallOutcome deleted;
        finish(client.deleteContent(id), &deleted);
        QVERIFY(deleted.succeeded);

        CallOutcome fetchedAfterDelete;
        finish(client.getContent(id), &fetchedAfterDelete);
        QCOMPARE(fetchedAfterDelete.error.kind, ApiError::Kind::NotFound);
    }

    void wrongCredentials_areRefusedOverTcp()
    {
        SandboxServer server;
        QVERIFY(server.listen(0) != 0);
        QNetworkAccessManager network;
        VideographClient client(&network);
        client.setEndpoint(server.baseUrl());
        client.setCredentials({u"sandbox-token"_s, u"wrong"_s});

        CallOutcome created;
        finish(client.createPortrait(clipRequest()), &created);
        QCOMPARE(created.error.kind, ApiError::Kind::Unauthorized);
        QCOMPARE(server.contentCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFollowJob)
#include "tst_FollowJob.moc"
