// Accepted create requests: the reference page's own example and the answer's documented shape.

#include "GoldenFile.h"
#include "SandboxRig.h"
#include "SandboxTestClient.h"

#include <QtTest>

#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;

class TestSandboxCreate : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void referenceExampleBody_isAcceptedWithDocumentedFields();
    void referenceExampleBody_answerHasEveryFieldOfTheReferenceAnswer();
    void createdAt_isIntegerMillisecondsSinceEpoch();
    void minimalBody_answersEmptyDescriptionTagsAndMetadata();
    void eachCreate_getsAFreshContentIdWithoutBraces();
    void clipRange_isAccepted_data();
    void clipRange_isAccepted();
    void contentTypeWithCharset_isAccepted();
    void createAnswer_isPendingEvenWhenReadyAtOnce();

private:
    std::unique_ptr<SandboxRig> m_rig;
};

namespace {
// The reference page's own example body, which the sandbox must accept unchanged.
QByteArray referenceRequestBody()
{
    return GoldenFile::bytes(u"reference-request.json"_s);
}

QJsonObject referenceRequest()
{
    return GoldenFile::object(u"reference-request.json"_s);
}

QJsonObject referenceAnswerData()
{
    return GoldenFile::object(u"reference-answer.json"_s).value(u"data"_s).toObject();
}
} // namespace

void TestSandboxCreate::init()
{
    m_rig = std::make_unique<SandboxRig>();
    QVERIFY2(m_rig->isListening(), qPrintable(m_rig->server.errorString()));
}

void TestSandboxCreate::cleanup()
{
    m_rig.reset();
}

void TestSandboxCreate::referenceExampleBody_isAcceptedWithDocumentedFields()
{
    const auto reply = m_rig->client.create(referenceRequestBody());
    QCOMPARE(reply.httpStatus, 200);
    QCOMPARE(reply.envelope.value(u"code"_s).toInt(), 200);
    QCOMPARE(reply.envelope.value(u"status"_s).toString(), u"Success"_s);
    QCOMPARE(reply.message(), u"Data success"_s);

    const QJsonObject request = referenceRequest();
    const QJsonObject data = reply.data();
    QCOMPARE(data.value(u"category"_s).toString(), u"SocialClip"_s);
    QCOMPARE(data.value(u"title"_s).toString(), u"Portrait PRO Test"_s);
    QCOMPARE(data.value(u"description"_s).toString(), u"Video description"_s);
    QCOMPARE(data.value(u"duration"_s), QJsonValue(0));
    QCOMPARE(data.value(u"isAdvanced"_s), QJsonValue(false));
    QCOMPARE(data.value(u"isSocialClip"_s), QJsonValue(true));
    QCOMPARE(data.value(u"test_video"_s), QJsonValue(false));
    QCOMPARE(data.value(u"status"_s).toString(), u"Pending"_s);
    QCOMPARE(data.value(u"statusId"_s), QJsonValue(1));
    QCOMPARE(data.value(u"tags"_s), request.value(u"tags"_s));
    QCOMPARE(data.value(u"metadata"_s), request.value(u"metadata"_s));
    QCOMPARE(data.value(u"playbackPolicy"_s), request.value(u"playback_policy"_s));
    QCOMPARE(m_rig->server.contentCount(), 1);
}

void TestSandboxCreate::referenceExampleBody_answerHasEveryFieldOfTheReferenceAnswer()
{
    const QJsonObject data = m_rig->client.create(referenceRequestBody()).data();
    const QJsonObject reference = referenceAnswerData();
    for (auto it = reference.begin(); it != reference.end(); ++it) {
        QVERIFY2(data.contains(it.key()), qPrintable(it.key()));
        QVERIFY2(data.value(it.key()).type() == it.value().type(), qPrintable(it.key()));
    }
}

void TestSandboxCreate::createdAt_isIntegerMillisecondsSinceEpoch()
{
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const QJsonValue createdAt = m_rig->client.create(SandboxTestClient::minimalBody())
                                     .data().value(u"created_at"_s);
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QCOMPARE(createdAt.toVariant().typeId(), QMetaType::LongLong);
    QVERIFY(createdAt.toInteger() >= before);
    QVERIFY(createdAt.toInteger() <= after);
}

void TestSandboxCreate::minimalBody_answersEmptyDescriptionTagsAndMetadata()
{
    const QJsonObject data = m_rig->client.create(SandboxTestClient::minimalBody()).data();
    QCOMPARE(data.value(u"description"_s), QJsonValue(u""_s));
    QCOMPARE(data.value(u"tags"_s), QJsonValue(QJsonArray()));
    QCOMPARE(data.value(u"metadata"_s), QJsonValue(QJsonArray()));
    QCOMPARE(data.value(u"playbackPolicy"_s), QJsonValue(QJsonArray{u"public"_s}));
}

void TestSandboxCreate::eachCreate_getsAFreshContentIdWithoutBraces()
{
    const QString first = m_rig->client.create(SandboxTestClient::minimalBody())
                              .data().value(u"contentId"_s).toString();
    const QString second = m_rig->client.create(SandboxTestClient::minimalBody())
                               .data().value(u"contentId"_s).toString();
    QVERIFY(!QUuid::fromString(first).isNull());
    QVERIFY(!first.startsWith(u'{'));
    QCOMPARE(first.size(), 36);
    QVERIFY(first != second);
}

void TestSandboxCreate::clipRange_isAccepted_data()
{
    QTest::addColumn<QJsonObject>("source");
    const QString url = u"https://example.com/a.mp4"_s;
    QTest::newRow("start and end") << QJsonObject{
        {u"url"_s, url}, {u"startTimeInSecs"_s, 5}, {u"endTimeInSecs"_s, 20}};
    QTest::newRow("start only") << QJsonObject{{u"url"_s, url}, {u"startTimeInSecs"_s, 0}};
    QTest::newRow("end only") << QJsonObject{{u"url"_s, url}, {u"endTimeInSecs"_s, 30}};
    QTest::newRow("plain http") << QJsonObject{{u"url"_s, u"http://example.com/a.mp4"_s}};
}

void TestSandboxCreate::clipRange_isAccepted()
{
    QFETCH(QJsonObject, source);
    QJsonObject body = SandboxTestClient::minimalBody();
    body.insert(u"content"_s, QJsonArray{source});
    const auto reply = m_rig->client.create(body);
    QVERIFY2(reply.httpStatus == 200, qPrintable(reply.message()));
}

void TestSandboxCreate::contentTypeWithCharset_isAccepted()
{
    const QByteArray body = QJsonDocument(SandboxTestClient::minimalBody()).toJson();
    const auto reply = m_rig->client.create(body, QByteArrayLiteral("Application/JSON; charset=utf-8"));
    QCOMPARE(reply.httpStatus, 200);
}

void TestSandboxCreate::createAnswer_isPendingEvenWhenReadyAtOnce()
{
    SandboxRig rig(SandboxOptions{.stepMs = 0});
    QVERIFY(rig.isListening());
    const QJsonObject data = rig.client.create(SandboxTestClient::minimalBody()).data();
    QCOMPARE(data.value(u"status"_s).toString(), u"Pending"_s);
    QCOMPARE(data.value(u"statusId"_s), QJsonValue(1));
}

QTEST_GUILESS_MAIN(TestSandboxCreate)
#include "tst_SandboxCreate.moc"
