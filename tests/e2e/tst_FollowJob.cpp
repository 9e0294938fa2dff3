#include "CreatePortraitCall.h"
#include "DeleteContentCall.h"
#include "GetContentCall.h"
#include "ListContentsCall.h"
#include "PortraitRequest.h"
#include "SandboxServer.h"
#include "VideographClient.h"

#include <QNetworkAccessManager>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Waits for a call to finish; the call deletes itself afterwards, so results are read in the slot.
template<typename Call, typename Read>
void finish(Call *call, Read read)
{
    QVERIFY(call);
    bool done = false;
    QObject::connect(call, &ApiCall::finished, call, [&] { read(*call); done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
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

        QString id;
        finish(client.createPortrait(clipRequest()), [&](const CreatePortraitCall &call) {
            QVERIFY2(call.succeeded(), qPrintable(call.error().details));
            QCOMPARE(call.card().status, u"Pending"_s);
            id = call.card().contentId;
        });
        QVERIFY(!id.isEmpty());

        ContentCard latest;
        for (int attempt = 0; attempt < 50 && !latest.isFinished(); ++attempt) {
            finish(client.getContent(id), [&](const GetContentCall &call) { latest = call.card(); });
            if (!latest.isFinished())
                QTest::qWait(50);
        }
        QCOMPARE(latest.phase(), ContentCard::Phase::Ready);
        QCOMPARE(latest.durationMs, std::optional<qint64>(30000));
        QVERIFY(!latest.resolution.isEmpty());

        finish(client.listContents(0, 10), [&](const ListContentsCall &call) {
            QCOMPARE(call.cards().size(), 1);
            QCOMPARE(call.cards().first().contentId, id);
        });
        finish(client.deleteContent(id), [&](const DeleteContentCall &call) { QVERIFY(call.succeeded()); });
        finish(client.getContent(id), [&](const GetContentCall &call) {
            QCOMPARE(call.error().kind, ApiError::Kind::NotFound);
        });
    }

    void wrongCredentials_areRefusedOverTcp()
    {
        SandboxServer server;
        QVERIFY(server.listen(0) != 0);
        QNetworkAccessManager network;
        VideographClient client(&network);
        client.setEndpoint(server.baseUrl());
        client.setCredentials({u"sandbox-token"_s, u"wrong"_s});
        finish(client.createPortrait(clipRequest()), [&](const CreatePortraitCall &call) {
            QCOMPARE(call.error().kind, ApiError::Kind::Unauthorized);
        });
        QCOMPARE(server.contentCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFollowJob)
#include "tst_FollowJob.moc"
