// A content moves Pending → Processing → Ready with time, and gains its output fields when Ready.

#include "SandboxLifecycle.h"
#include "SandboxRig.h"
#include "SandboxTestClient.h"

#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestSandboxLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void stageAfter_stepsAtEachInterval_data();
    void stageAfter_stepsAtEachInterval();
    void statusNamesAndIds_followTheDocumentedOrder();

    void content_passesThroughProcessingToReady();
    void pendingContent_hasNoOutputFields();
    void readyContent_hasDurationResolutionAndLoopbackThumbnail();
    void readyDuration_isTheClipLengthInMilliseconds_data();
    void readyDuration_isTheClipLengthInMilliseconds();
    void list_showsTheCurrentStatus();

private:
    static QJsonObject bodyWithSources(const QJsonArray &sources);
};

QJsonObject TestSandboxLifecycle::bodyWithSources(const QJsonArray &sources)
{
    QJsonObject body = SandboxTestClient::minimalBody();
    body.insert(u"content"_s, sources);
    return body;
}

void TestSandboxLifecycle::stageAfter_stepsAtEachInterval_data()
{
    using Stage = SandboxLifecycle::Stage;
    QTest::addColumn<qint64>("elapsedMs");
    QTest::addColumn<int>("stepMs");
    QTest::addColumn<Stage>("stage");
    QTest::newRow("just created") << qint64(0) << 100 << Stage::Pending;
    QTest::newRow("end of first step") << qint64(99) << 100 << Stage::Pending;
    QTest::newRow("one step") << qint64(100) << 100 << Stage::Processing;
    QTest::newRow("end of second step") << qint64(199) << 100 << Stage::Processing;
    QTest::newRow("two steps") << qint64(200) << 100 << Stage::Ready;
    QTest::newRow("long after") << qint64(86'400'000) << 100 << Stage::Ready;
    QTest::newRow("zero step is Ready at once") << qint64(0) << 0 << Stage::Ready;
}

void TestSandboxLifecycle::stageAfter_stepsAtEachInterval()
{
    QFETCH(qint64, elapsedMs);
    QFETCH(int, stepMs);
    QFETCH(SandboxLifecycle::Stage, stage);
    QCOMPARE(SandboxLifecycle::stageAfter(elapsedMs, stepMs), stage);
}

void TestSandboxLifecycle::statusNamesAndIds_followTheDocumentedOrder()
{
    using Stage = SandboxLifecycle::Stage;
    QCOMPARE(SandboxLifecycle::statusName(Stage::Pending), u"Pending"_s);
    QCOMPARE(SandboxLifecycle::statusName(Stage::Processing), u"Processing"_s);
    QCOMPARE(SandboxLifecycle::statusName(Stage::Ready), u"Ready"_s);
    QCOMPARE(SandboxLifecycle::statusId(Stage::Pending), 1);
    QCOMPARE(SandboxLifecycle::statusId(Stage::Processing), 2);
    QCOMPARE(SandboxLifecycle::statusId(Stage::Ready), 3);
}

void TestSandboxLifecycle::content_passesThroughProcessingToReady()
{
    // Each stage lasts 400 ms, far longer than one loopback poll, so Processing is always seen.
    SandboxRig rig(SandboxOptions{.stepMs = 400});
    QVERIFY(rig.isListening());
    const QString id = rig.client.create(SandboxTestClient::minimalBody())
                               .data().value(u"contentId"_s).toString();

    QStringList seen;
    QList<int> seenIds;
    const auto poll = [&] {
        const QJsonObject content = rig.client.get(u"/contents/"_s + id).data();
        const QString status = content.value(u"status"_s).toString();
        if (seen.isEmpty() || seen.last() != status) {
            seen.append(status);
            seenIds.append(content.value(u"statusId"_s).toInt());
        }
        return status;
    };
    QTRY_COMPARE_WITH_TIMEOUT(poll(), u"Ready"_s, 10000);
    QCOMPARE(seen, QStringList({u"Pending"_s, u"Processing"_s, u"Ready"_s}));
    QCOMPARE(seenIds, QList<int>({1, 2, 3}));
}

void TestSandboxLifecycle::pendingContent_hasNoOutputFields()
{
    SandboxRig rig(SandboxOptions{.stepMs = 3'600'000});
    QVERIFY(rig.isListening());
    const QString id = rig.client.create(SandboxTestClient::minimalBody())
                               .data().value(u"contentId"_s).toString();
    const QJsonObject content = rig.client.get(u"/contents/"_s + id).data();
    QCOMPARE(content.value(u"status"_s).toString(), u"Pending"_s);
    QCOMPARE(content.value(u"duration"_s), QJsonValue(0));
    QVERIFY(!content.contains(u"resolution"_s));
    QVERIFY(!content.contains(u"thumbnailUrl"_s));
}

void TestSandboxLifecycle::readyContent_hasDurationResolutionAndLoopbackThumbnail()
{
    SandboxRig rig(SandboxOptions{.stepMs = 1});
    QVERIFY(rig.isListening());
    const QString id = rig.client.create(SandboxTestClient::minimalBody())
                               .data().value(u"contentId"_s).toString();
    const auto fetch = [&] { return rig.client.get(u"/contents/"_s + id).data(); };
    QTRY_COMPARE(fetch().value(u"status"_s).toString(), u"Ready"_s);
    const QJsonObject content = fetch();
    QCOMPARE(content.value(u"statusId"_s), QJsonValue(3));
    QCOMPARE(content.value(u"duration"_s), QJsonValue(60000));
    QCOMPARE(content.value(u"resolution"_s).toString(), u"1080x1920"_s);
    const QUrl thumbnail(content.value(u"thumbnailUrl"_s).toString());
    QCOMPARE(thumbnail.scheme(), u"http"_s);
    QCOMPARE(thumbnail.host(), u"127.0.0.1"_s);
    QCOMPARE(thumbnail.port(), int(rig.server.port()));
    QVERIFY(thumbnail.path().contains(id));
}

void TestSandboxLifecycle::readyDuration_isTheClipLengthInMilliseconds_data()
{
    const QString url = u"https://example.com/a.mp4"_s;
    QTest::addColumn<QJsonArray>("sources");
    QTest::addColumn<qint64>("durationMs");
    QTest::newRow("whole source") << QJsonArray{QJsonObject{{u"url"_s, url}}} << qint64(60000);
    QTest::newRow("start and end")
        << QJsonArray{QJsonObject{{u"url"_s, url}, {u"startTimeInSecs"_s, 5},
                                  {u"endTimeInSecs"_s, 20}}}
        << qint64(15000);
    QTest::newRow("end only")
        << QJsonArray{QJsonObject{{u"url"_s, url}, {u"endTimeInSecs"_s, 30}}} << qint64(30000);
    QTest::newRow("start only: open-ended clip of a minute")
        << QJsonArray{QJsonObject{{u"url"_s, url}, {u"startTimeInSecs"_s, 90}}} << qint64(60000);
    QTest::newRow("two clips add up")
        << QJsonArray{QJsonObject{{u"url"_s, url}, {u"endTimeInSecs"_s, 10}},
                      QJsonObject{{u"url"_s, url}, {u"startTimeInSecs"_s, 20},
                                  {u"endTimeInSecs"_s, 45}}}
        << qint64(35000);
}

void TestSandboxLifecycle::readyDuration_isTheClipLengthInMilliseconds()
{
    QFETCH(QJsonArray, sources);
    QFETCH(qint64, durationMs);
    SandboxRig rig(SandboxOptions{.stepMs = 0});
    QVERIFY(rig.isListening());
    const QString id =
        rig.client.create(bodyWithSources(sources)).data().value(u"contentId"_s).toString();
    const QJsonObject content = rig.client.get(u"/contents/"_s + id).data();
    QCOMPARE(content.value(u"status"_s).toString(), u"Ready"_s);
    QCOMPARE(content.value(u"duration"_s).toInteger(), durationMs);
}

void TestSandboxLifecycle::list_showsTheCurrentStatus()
{
    SandboxRig rig(SandboxOptions{.stepMs = 0});
    QVERIFY(rig.isListening());
    rig.client.create(SandboxTestClient::minimalBody());
    const QJsonArray listed = rig.client.get(u"/contents"_s).dataArray();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().toObject().value(u"status"_s).toString(), u"Ready"_s);
}

QTEST_GUILESS_MAIN(TestSandboxLifecycle)
#include "tst_SandboxLifecycle.moc"
