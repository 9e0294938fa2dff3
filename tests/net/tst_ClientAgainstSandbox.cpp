#include "CallRecorder.h"
#include "CreatePortraitCall.h"
#include "DeleteContentCall.h"
#include "GetContentCall.h"
#include "ListContentsCall.h"
#include "NetTestData.h"
#include "SandboxServer.h"
#include "VideographClient.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

namespace {

SandboxOptions fastSandbox()
{
    SandboxOptions options;
    options.user = NetTestData::credentials().tokenId;
    options.password = NetTestData::credentials().secretKey;
    options.stepMs = 50;
    return options;
}

} // namespace

// The client against the built-in sandbox over TCP. The sandbox reads requests with its own
// rules, so this checks the client's wire format against an independent reading of the API.
class TestClientAgainstSandbox : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_sandbox = std::make_unique<SandboxServer>(fastSandbox());
        QVERIFY2(m_sandbox->listen() != 0, qPrintable(m_sandbox->errorString()));
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<VideographClient>(m_network.get());
        m_client->setEndpoint(m_sandbox->baseUrl());
        m_client->setCredentials(NetTestData::credentials());
    }

    void cleanup()
    {
        m_client.reset();
        m_network.reset();
        m_sandbox.reset();
    }

    void createReferenceExample_isAcceptedAndPending()
    {
        const CallOutcome created = create();
        QVERIFY2(created.succeeded, qPrintable(created.error.details));
        QVERIFY(!created.card.contentId.isEmpty());
        QCOMPARE(created.card.title, u"Portrait PRO Test"_s);
        QCOMPARE(created.card.phase(), ContentCard::Phase::InProgress);
        QCOMPARE(m_sandbox->contentCount(), 1);
    }

    void createdContent_becomesReadyWhenFollowed()
    {
        const QString id = create().card.contentId;
        QVERIFY(!id.isEmpty());
        ContentCard card;
        QTRY_VERIFY_WITH_TIMEOUT((card = fetch(id).card).phase() == ContentCard::Phase::Ready, 10000);
        QCOMPARE(card.contentId, id);
    }

    void createdContent_isListed()
    {
        const QString id = create().card.contentId;
        CallRecorder listed(m_client->listContents(0, 10));
        QVERIFY(listed.wait());
        QVERIFY2(listed.succeeded, qPrintable(listed.error.details));
        QCOMPARE(listed.cards.size(), 1);
        QCOMPARE(listed.cards.constFirst().contentId, id);
    }

    void deletedContent_isNotFoundAfterwards()
    {
        const QString id = create().card.contentId;
        CallRecorder deleted(m_client->deleteContent(id));
        QVERIFY(deleted.wait());
        QVERIFY2(deleted.succeeded, qPrintable(deleted.error.details));
        QCOMPARE(fetch(id).error.kind, Kind::NotFound);
    }

    void wrongSecret_isUnauthorized()
    {
        m_client->setCredentials({NetTestData::credentials().tokenId, u"not-the-secret"_s});
        const CallOutcome created = create();
        QCOMPARE(created.error.kind, Kind::Unauthorized);
        QCOMPARE(m_sandbox->contentCount(), 0);
    }

    void requestWithoutTitle_isRejectedWithTheSandboxsReason()
    {
        PortraitRequest request = NetTestData::referenceRequest();
        request.title.clear();
        CallRecorder call(m_client->createPortrait(request));
        QVERIFY(call.wait());
        QCOMPARE(call.error.kind, Kind::Rejected);
        QVERIFY(!call.error.serverMessage.isEmpty());
    }

private:
    CallOutcome create()
    {
        CallRecorder call(m_client->createPortrait(NetTestData::referenceRequest()));
        call.wait();
        return call;
    }

    CallOutcome fetch(const QString &id)
    {
        CallRecorder call(m_client->getContent(id));
        call.wait();
        return call;
    }

    std::unique_ptr<SandboxServer> m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<VideographClient> m_client;
};

QTEST_GUILESS_MAIN(TestClientAgainstSandbox)
#include "tst_ClientAgainstSandbox.moc"
