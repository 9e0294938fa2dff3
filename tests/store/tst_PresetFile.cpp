#include "GoldenFile.h"
#include "PresetFile.h"
#include "WireFormat.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPresetFile : public QObject
{
    Q_OBJECT

private slots:
    void referenceBody_opensAsAPresetUnchanged()
    {
        const PresetFile::ReadResult result = PresetFile::read(GoldenFile::path(u"reference-request.json"_s));
        QVERIFY2(result.preset, qPrintable(result.problem));
        QCOMPARE(result.preset->name, u"reference-request"_s); // no "name": the file name stands in
        QCOMPARE(WireFormat::requestToJson(result.preset->request), GoldenFile::object(u"reference-request.json"_s));
    }

    void saveThenRead_roundTripsWithName()
    {
        QTemporaryDir dir;
        const PresetFile::ReadResult golden = PresetFile::read(GoldenFile::path(u"clips-request.json"_s));
        QVERIFY(golden.preset);
        Preset preset = *golden.preset;
        preset.name = u"Match day"_s;
        QString error;
        QVERIFY2(PresetFile::write(dir.filePath(u"p.json"_s), preset, &error), qPrintable(error));

        const PresetFile::ReadResult back = PresetFile::read(dir.filePath(u"p.json"_s));
        QVERIFY(back.preset);
        QCOMPARE(back.preset->name, u"Match day"_s);
        QCOMPARE(back.preset->request, preset.request);
        QJsonObject json = QJsonDocument::fromJson(PresetFile::serialize(preset)).object();
        QCOMPARE(json.take(u"name"_s).toString(), u"Match day"_s);
        QCOMPARE(json, GoldenFile::object(u"clips-request.json"_s));
    }

    void badFiles_areRefusedWithTheProblem_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("problemWord");
        QTest::newRow("empty") << QByteArray() << u"empty"_s;
        QTest::newRow("whitespace") << QByteArray("  \n") << u"empty"_s;
        QTest::newRow("corrupt") << QByteArray("{\"title\": \"x\" \"tags\": []}") << u"not valid JSON"_s;
        QTest::newRow("not json") << QByteArray("title=x") << u"not valid JSON"_s;
        QTest::newRow("truncated") << GoldenFile::bytes(u"reference-request.json"_s).left(120) << u"cut off"_s;
        QTest::newRow("array") << QByteArray("[1,2]") << u"JSON object"_s;
        QTest::newRow("wrong type title") << QByteArray("{\"title\": 42}") << u"title"_s;
        QTest::newRow("wrong type tags") << QByteArray("{\"tags\": {\"a\": 1}}") << u"tags"_s;
        QTest::newRow("wrong type name") << QByteArray("{\"name\": [1]}") << u"name"_s;
        QTest::newRow("bad policy") << QByteArray("{\"playback_policy\": [\"everyone\"]}") << u"playback_policy"_s;
        QTest::newRow("not utf-8") << QByteArray("{\"title\": \"caf\xe9\"}") << u"UTF-8"_s;
        QTest::newRow("huge") << QByteArray("{\"description\": \"") + QByteArray(PresetFile::maxBytes, 'x') + QByteArray("\"}")
                              << u"too large"_s;
    }
    void badFiles_areRefusedWithTheProblem()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, problemWord);
        const PresetFile::ReadResult result = PresetFile::parse(bytes, u"bad"_s);
        QVERIFY(!result.preset);
        QVERIFY2(result.problem.contains(problemWord), qPrintable(result.problem));
    }

    void hugeFileOnDisk_isRefusedWithoutReadingItAll()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(u"huge.json"_s));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.resize(64 * 1024 * 1024); // sparse: costs no disk
        file.close();
        const PresetFile::ReadResult result = PresetFile::read(file.fileName());
        QVERIFY(!result.preset);
        QVERIFY2(result.problem.contains(u"too large"_s), qPrintable(result.problem));
    }

    void unknownFields_areReadPastAndNamed()
    {
        const PresetFile::ReadResult result = PresetFile::parse("{\"title\": \"x\", \"colour\": \"red\"}", u"p"_s);
        QVERIFY(result.preset);
        QCOMPARE(result.ignoredFields, QStringList{u"colour"_s});
    }

    void missingFile_saysItCannotBeOpened()
    {
        const PresetFile::ReadResult result = PresetFile::read(u"/nonexistent/preset.json"_s);
        QVERIFY(!result.preset);
        QVERIFY(result.problem.contains(u"cannot be opened"_s));
    }
};

QTEST_GUILESS_MAIN(TestPresetFile)
#include "tst_PresetFile.moc"
