// Rejected create requests: every body rule of API-NOTES.md answers 400 with a message that
// names the field, and nothing is created.

#include "SandboxRig.h"
#include "SandboxTestClient.h"

#include <QtTest>

#include <QJsonDocument>

#include <memory>

using namespace Qt::StringLiterals;

class TestSandboxCreateRules : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void validBody_isAccepted();
    void invalidBody_isRejectedWith400NamingTheField_data();
    void invalidBody_isRejectedWith400NamingTheField();
    void bodyThatIsNotJson_isRejectedAsInvalidJson();
    void wrongContentType_isRejectedWith415_data();
    void wrongContentType_isRejectedWith415();

private:
    std::unique_ptr<SandboxRig> m_rig;
};

namespace {
// Every rejected body below is validBody() with exactly one thing wrong, so a row can only
// pass because of the rule it names.
QJsonObject validBody()
{
    return QJsonObject{
        {u"title"_s, u"Launch teaser"_s},
        {u"description"_s, u"Cut for phones"_s},
        {u"tags"_s, QJsonArray{u"launch"_s, u"teaser"_s}},
        {u"metadata"_s, QJsonArray{QJsonObject{{u"key"_s, u"campaign"_s}, {u"value"_s, u"q3"_s}}}},
        {u"playback_policy"_s, QJsonArray{u"public"_s, u"signed"_s}},
        {u"content"_s, QJsonArray{QJsonObject{{u"url"_s, u"https://example.com/a.mp4"_s},
                                              {u"startTimeInSecs"_s, 5},
                                              {u"endTimeInSecs"_s, 20}}}},
    };
}

QByteArray with(const QString &field, const QJsonValue &value)
{
    QJsonObject body = validBody();
    body.insert(field, value);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray without(const QString &field)
{
    QJsonObject body = validBody();
    body.remove(field);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QByteArray withSource(const QJsonValue &source)
{
    return with(u"content"_s, QJsonArray{source});
}

QByteArray withClip(const QJsonValue &start, const QJsonValue &end)
{
    QJsonObject source{{u"url"_s, u"https://example.com/a.mp4"_s}};
    if (!start.isUndefined())
        source.insert(u"startTimeInSecs"_s, start);
    if (!end.isUndefined())
        source.insert(u"endTimeInSecs"_s, end);
    return withSource(source);
}

QByteArray withMetadataItem(const QJsonValue &item)
{
    return with(u"metadata"_s, QJsonArray{item});
}
} // namespace

void TestSandboxCreateRules::init()
{
    m_rig = std::make_unique<SandboxRig>();
    QVERIFY2(m_rig->isListening(), qPrintable(m_rig->server.errorString()));
}

void TestSandboxCreateRules::cleanup()
{
    m_rig.reset();
}

void TestSandboxCreateRules::validBody_isAccepted()
{
    const auto reply = m_rig->client.create(validBody());
    QVERIFY2(reply.httpStatus == 200, qPrintable(reply.message()));
}

void TestSandboxCreateRules::invalidBody_isRejectedWith400NamingTheField_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    const QJsonValue undefined(QJsonValue::Undefined);
    const QString url = u"https://example.com/a.mp4"_s;

    QTest::newRow("body is an array") << QByteArray("[]") << u"body must be a JSON object"_s;
    QTest::newRow("unknown top-level field (camelCase policy)")
        << with(u"playbackPolicy"_s, QJsonArray{u"public"_s})
        << u"unknown field \"playbackPolicy\""_s;
    QTest::newRow("unknown top-level field (url)")
        << with(u"url"_s, url) << u"unknown field \"url\""_s;

    QTest::newRow("missing title") << without(u"title"_s) << u"title is required"_s;
    QTest::newRow("blank title") << with(u"title"_s, u" \t "_s) << u"title must not be blank"_s;
    QTest::newRow("empty title") << with(u"title"_s, u""_s) << u"title must not be blank"_s;
    QTest::newRow("title not a string") << with(u"title"_s, 42) << u"title must be a string"_s;
    QTest::newRow("title null") << with(u"title"_s, QJsonValue::Null)
                                << u"title must be a string"_s;

    QTest::newRow("description not a string")
        << with(u"description"_s, QJsonArray{u"x"_s}) << u"description must be a string"_s;

    QTest::newRow("tags not an array")
        << with(u"tags"_s, u"a,b"_s) << u"tags must be an array of strings"_s;
    QTest::newRow("tag not a string")
        << with(u"tags"_s, QJsonArray{u"a"_s, 2}) << u"tags[1] must be a string"_s;

    QTest::newRow("metadata not an array")
        << with(u"metadata"_s, QJsonObject{{u"key"_s, u"a"_s}, {u"value"_s, u"b"_s}})
        << u"metadata must be an array of {\"key\", \"value\"} objects"_s;
    QTest::newRow("metadata item not an object")
        << withMetadataItem(u"a=b"_s)
        << u"metadata[0] must be an object with \"key\" and \"value\""_s;
    QTest::newRow("metadata key missing")
        << withMetadataItem(QJsonObject{{u"value"_s, u"b"_s}})
        << u"metadata[0].key must be a non-empty string"_s;
    QTest::newRow("metadata key empty")
        << withMetadataItem(QJsonObject{{u"key"_s, u""_s}, {u"value"_s, u"b"_s}})
        << u"metadata[0].key must be a non-empty string"_s;
    QTest::newRow("metadata value missing")
        << withMetadataItem(QJsonObject{{u"key"_s, u"a"_s}})
        << u"metadata[0].value must be a string"_s;
    QTest::newRow("metadata value not a string")
        << withMetadataItem(QJsonObject{{u"key"_s, u"a"_s}, {u"value"_s, 3}})
        << u"metadata[0].value must be a string"_s;
    QTest::newRow("metadata unknown field")
        << withMetadataItem(QJsonObject{{u"name"_s, u"a"_s}, {u"value"_s, u"b"_s}})
        << u"unknown field \"metadata[0].name\""_s;

    QTest::newRow("missing playback_policy")
        << without(u"playback_policy"_s) << u"playback_policy is required"_s;
    QTest::newRow("playback_policy not an array")
        << with(u"playback_policy"_s, u"public"_s) << u"playback_policy must be an array"_s;
    QTest::newRow("empty playback_policy")
        << with(u"playback_policy"_s, QJsonArray()) << u"playback_policy must not be empty"_s;
    QTest::newRow("unknown playback policy")
        << with(u"playback_policy"_s, QJsonArray{u"public"_s, u"private"_s})
        << u"playback_policy must contain \"public\" and/or \"signed\""_s;
    QTest::newRow("playback policy in capitals")
        << with(u"playback_policy"_s, QJsonArray{u"Public"_s})
        << u"playback_policy must contain \"public\" and/or \"signed\""_s;
    QTest::newRow("playback policy not a string")
        << with(u"playback_policy"_s, QJsonArray{1})
        << u"playback_policy must contain \"public\" and/or \"signed\""_s;
    QTest::newRow("repeated playback policy")
        << with(u"playback_policy"_s, QJsonArray{u"public"_s, u"public"_s})
        << u"playback_policy must not repeat \"public\""_s;

    QTest::newRow("missing content") << without(u"content"_s) << u"content is required"_s;
    QTest::newRow("content not an array")
        << with(u"content"_s, QJsonObject{{u"url"_s, url}}) << u"content must be an array"_s;
    QTest::newRow("empty content")
        << with(u"content"_s, QJsonArray()) << u"content must contain at least one item"_s;
    QTest::newRow("content item not an object")
        << withSource(url) << u"content[0] must be an object"_s;
    QTest::newRow("content item without url")
        << withSource(QJsonObject{{u"startTimeInSecs"_s, 1}}) << u"content[0].url is required"_s;
    QTest::newRow("url not a string")
        << withSource(QJsonObject{{u"url"_s, 7}}) << u"content[0].url must be a string"_s;
    QTest::newRow("relative url")
        << withSource(QJsonObject{{u"url"_s, u"/videos/a.mp4"_s}})
        << u"content[0].url must be an absolute http or https URL"_s;
    QTest::newRow("ftp url")
        << withSource(QJsonObject{{u"url"_s, u"ftp://example.com/a.mp4"_s}})
        << u"content[0].url must be an absolute http or https URL"_s;
    QTest::newRow("url without host")
        << withSource(QJsonObject{{u"url"_s, u"https:///a.mp4"_s}})
        << u"content[0].url must be an absolute http or https URL"_s;
    QTest::newRow("url that is prose")
        << withSource(QJsonObject{{u"url"_s, u"my holiday video"_s}})
        << u"content[0].url must be an absolute http or https URL"_s;
    QTest::newRow("second source has a bad url")
        << with(u"content"_s, QJsonArray{QJsonObject{{u"url"_s, url}},
                                         QJsonObject{{u"url"_s, u"example.com/b.mp4"_s}}})
        << u"content[1].url must be an absolute http or https URL"_s;
    QTest::newRow("unknown source field (snake_case time)")
        << withSource(QJsonObject{{u"url"_s, url}, {u"start_time"_s, 3}})
        << u"unknown field \"content[0].start_time\""_s;

    const QString badStart = u"content[0].startTimeInSecs must be a non-negative integer"_s;
    const QString badEnd = u"content[0].endTimeInSecs must be a non-negative integer"_s;
    const QString badOrder = u"content[0].startTimeInSecs must be less than endTimeInSecs"_s;
    QTest::newRow("negative start") << withClip(-1, undefined) << badStart;
    QTest::newRow("fractional start") << withClip(1.5, undefined) << badStart;
    QTest::newRow("start as text") << withClip(u"10"_s, undefined) << badStart;
    QTest::newRow("start as MM:SS text") << withClip(u"01:10"_s, undefined) << badStart;
    QTest::newRow("fractional end") << withClip(undefined, 20.25) << badEnd;
    QTest::newRow("end as text") << withClip(undefined, u"20"_s) << badEnd;
    QTest::newRow("negative end") << withClip(undefined, -5) << badEnd;
    QTest::newRow("start equals end") << withClip(10, 10) << badOrder;
    QTest::newRow("start after end") << withClip(30, 10) << badOrder;
}

void TestSandboxCreateRules::invalidBody_isRejectedWith400NamingTheField()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    const auto reply = m_rig->client.create(body);
    QCOMPARE(reply.httpStatus, 400);
    QCOMPARE(reply.envelope.value(u"code"_s).toInt(), 400);
    QCOMPARE(reply.envelope.value(u"status"_s).toString(), u"Failed"_s);
    QCOMPARE(reply.message(), message);
    QVERIFY(reply.envelope.value(u"data"_s).isNull());
    QCOMPARE(m_rig->server.contentCount(), 0);
}

void TestSandboxCreateRules::bodyThatIsNotJson_isRejectedAsInvalidJson()
{
    const auto reply = m_rig->client.create(QByteArray("title=Launch&playback_policy=public"));
    QCOMPARE(reply.httpStatus, 400);
    QCOMPARE(reply.envelope.value(u"status"_s).toString(), u"Failed"_s);
    QVERIFY2(reply.message().startsWith(u"body is not valid JSON"_s), qPrintable(reply.message()));
    QCOMPARE(m_rig->server.contentCount(), 0);
}

void TestSandboxCreateRules::wrongContentType_isRejectedWith415_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("text/plain") << QByteArray("text/plain");
    QTest::newRow("form") << QByteArray("application/x-www-form-urlencoded");
    QTest::newRow("json-like suffix") << QByteArray("application/jsonp");
}

void TestSandboxCreateRules::wrongContentType_isRejectedWith415()
{
    QFETCH(QByteArray, contentType);
    const auto reply = m_rig->client.create(QJsonDocument(validBody()).toJson(), contentType);
    QCOMPARE(reply.httpStatus, 415);
    QCOMPARE(reply.envelope.value(u"code"_s).toInt(), 415);
    QCOMPARE(reply.envelope.value(u"status"_s).toString(), u"Failed"_s);
    QVERIFY2(reply.message().contains(u"Content-Type"_s), qPrintable(reply.message()));
    QCOMPARE(m_rig->server.contentCount(), 0);
}

QTEST_GUILESS_MAIN(TestSandboxCreateRules)
#include "tst_SandboxCreateRules.moc"
