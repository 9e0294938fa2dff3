#include "GoldenFile.h"
#include "WireFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The reference page's example, entered field by field as a person would fill the form.
PortraitRequest referenceExampleAsTyped()
{
    PortraitRequest request;
    request.title = u"Portrait PRO Test"_s;
    request.description = u"Video description"_s;
    request.tags = {u"tag1"_s, u"tag2"_s};
    request.metadata = {{u"abc"_s, u"pqr"_s}};
    request.publicPolicy = true;
    request.signedPolicy = true;
    request.sources = {{u"https://d19nx8bm4jzw4h.cloudfront.net/Tears-of-steel.mp4"_s, {}}};
    return request;
}

} // namespace

class TestWireFormatRequest : public QObject
{
    Q_OBJECT

private slots:
    void referenceExample_serializesToTheSameJsonValue()
    {
        QCOMPARE(WireFormat::requestToJson(referenceExampleAsTyped()),
                 GoldenFile::object(u"reference-request.json"_s));
    }

    void referenceExample_bodyIsCompactJson()
    {
        const QByteArray body = WireFormat::requestToBody(referenceExampleAsTyped());
        QVERIFY(!body.contains('\n'));
        QCOMPARE(QJsonDocument::fromJson(body).object(), GoldenFile::object(u"reference-request.json"_s));
    }

    void emptyOptionalFields_areLeftOut()
    {
        PortraitRequest request;
        request.title = u"Only what is required"_s;
        request.publicPolicy = false;
        request.signedPolicy = true;
        request.sources = {{u"https://example.com/a.mp4"_s, {}}};
        QCOMPARE(WireFormat::requestToJson(request), GoldenFile::object(u"minimal-request.json"_s));
    }

    void blankDescription_isLeftOut()
    {
        PortraitRequest request = referenceExampleAsTyped();
        request.description = u"  \n "_s;
        QVERIFY(!WireFormat::requestToJson(request).contains(u"description"_s));
    }

    void clipRanges_areIntegerSecondsUnderTheirOwnNames()
    {
        PortraitRequest request;
        request.title = u"Two clips"_s;
        request.sources = {{u"https://example.com/match.mp4"_s, {u"1:15"_s, u"1:01:15"_s}},
                           {u"https://example.com/interview.mp4"_s, {QString(), u"30"_s}},
                           {u"https://example.com/b-roll.mp4"_s, {u"0:05"_s, QString()}}};
        const QJsonObject json = WireFormat::requestToJson(request);
        QCOMPARE(json, GoldenFile::object(u"clips-request.json"_s));
        QVERIFY(json[u"content"_s][0][u"startTimeInSecs"_s].isDouble());
    }

    void textThatIsNotATime_isLeftOutOfThePreview()
    {
        PortraitRequest request = referenceExampleAsTyped();
        request.sources[0].clip = {u"soon"_s, u"90"_s};
        const QJsonObject item = WireFormat::requestToJson(request)[u"content"_s][0].toObject();
        QVERIFY(!item.contains(u"startTimeInSecs"_s));
        QCOMPARE(item[u"endTimeInSecs"_s].toInt(), 90);
    }

    void spacesAroundTitleTagsAndUrls_areTrimmed()
    {
        PortraitRequest request = referenceExampleAsTyped();
        request.title = u"  Portrait PRO Test "_s;
        request.tags = {u" tag1"_s, u"tag2 "_s};
        request.sources[0].url = u" https://d19nx8bm4jzw4h.cloudfront.net/Tears-of-steel.mp4 "_s;
        QCOMPARE(WireFormat::requestToJson(request), GoldenFile::object(u"reference-request.json"_s));
    }

    void readBack_referenceBody_givesTheTypedRequest()
    {
        const WireFormat::RequestRead read = WireFormat::requestFromJson(GoldenFile::object(u"reference-request.json"_s));
        QVERIFY2(read.request, qPrintable(read.error));
        QCOMPARE(*read.request, referenceExampleAsTyped());
        QVERIFY(read.ignoredFields.isEmpty());
    }

    void readBack_thenWrite_roundTripsEveryGoldenFile_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("reference") << u"reference-request.json"_s;
        QTest::newRow("minimal") << u"minimal-request.json"_s;
        QTest::newRow("clips") << u"clips-request.json"_s;
    }
    void readBack_thenWrite_roundTripsEveryGoldenFile()
    {
        QFETCH(QString, file);
        const QJsonObject golden = GoldenFile::object(file);
        const WireFormat::RequestRead read = WireFormat::requestFromJson(golden);
        QVERIFY2(read.request, qPrintable(read.error));
        QCOMPARE(WireFormat::requestToJson(*read.request), golden);
    }

    void readBack_wrongTypes_giveAnErrorNamingTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("title number") << QByteArray(R"({"title": 5})") << u"title"_s;
        QTest::newRow("tags string") << QByteArray(R"({"tags": "a,b"})") << u"tags"_s;
        QTest::newRow("tag number") << QByteArray(R"({"tags": ["a", 2]})") << u"Tag 2"_s;
        QTest::newRow("metadata item") << QByteArray(R"({"metadata": ["x"]})") << u"metadata"_s;
        QTest::newRow("policy") << QByteArray(R"({"playback_policy": ["private"]})") << u"playback_policy"_s;
        QTest::newRow("content url") << QByteArray(R"({"content": [{"url": 1}]})") << u"url"_s;
        QTest::newRow("negative start") << QByteArray(R"({"content": [{"url": "https:\/\/a.b/c", "startTimeInSecs": -1}]})") << u"startTimeInSecs"_s;
        QTest::newRow("fraction end") << QByteArray(R"({"content": [{"url": "https:\/\/a.b/c", "endTimeInSecs": 1.5}]})") << u"endTimeInSecs"_s;
        QTest::newRow("time as text") << QByteArray(R"({"content": [{"url": "https:\/\/a.b/c", "endTimeInSecs": "10"}]})") << u"endTimeInSecs"_s;
    }
    void readBack_wrongTypes_giveAnErrorNamingTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        const WireFormat::RequestRead read = WireFormat::requestFromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(!read.request);
        QVERIFY2(read.error.contains(field), qPrintable(read.error));
    }

    void readBack_unknownFields_areNamedButAllowedExtrasAreNot()
    {
        const QJsonObject json{{u"title"_s, u"x"_s}, {u"name"_s, u"My preset"_s}, {u"colour"_s, u"red"_s}};
        const WireFormat::RequestRead read = WireFormat::requestFromJson(json, {u"name"_s});
        QVERIFY(read.request);
        QCOMPARE(read.ignoredFields, QStringList{u"colour"_s});
    }

    void readBack_withoutPolicy_keepsTheFormDefault()
    {
        const WireFormat::RequestRead read = WireFormat::requestFromJson({{u"title"_s, u"x"_s}});
        QVERIFY(read.request);
        QVERIFY(read.request->publicPolicy);
        QVERIFY(!read.request->signedPolicy);
    }
};

QTEST_GUILESS_MAIN(TestWireFormatRequest)
#include "tst_WireFormatRequest.moc"
