#include "GoldenFile.h"
#include "PresetFile.h"
#include "PresetStore.h"
#include "TestFiles.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

PortraitRequest campaign()
{
    PortraitRequest request;
    request.tags = {u"spring"_s, u"sale"_s};
    request.metadata = {{u"campaign"_s, u"spring-26"_s}};
    request.signedPolicy = true;
    return request;
}

void writeRaw(const QString &path, const QByteArray &bytes)
{
    if (!TestFiles::write(path, bytes))
        qFatal("cannot write");
}

} // namespace

class TestPresetStore : public QObject
{
    Q_OBJECT

private slots:
    void defaultDirectory_isUnderAppData()
    {
        QStandardPaths::setTestModeEnabled(true);
        PresetStore store;
        QVERIFY(store.directory().startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    }

    void saveThenLoad_roundTrips()
    {
        QTemporaryDir dir;
        PresetStore store(dir.path());
        QString error;
        QVERIFY2(store.save(u"Spring sale"_s, campaign(), false, &error), qPrintable(error));
        PresetStore reopened(dir.path());
        QCOMPARE(reopened.presets().size(), 1);
        QCOMPARE(reopened.presets().first().name, u"Spring sale"_s);
        QCOMPARE(reopened.presets().first().request, campaign());
        QVERIFY(QFile::exists(dir.filePath(u"spring-sale.json"_s)));
    }

    void saveOverExisting_needsOverwrite()
    {
        QTemporaryDir dir;
        PresetStore store(dir.path());
        QString error;
        QVERIFY(store.save(u"Spring"_s, campaign(), false, &error));
        PortraitRequest changed = campaign();
        changed.tags.append(u"new"_s);
        QVERIFY(!store.save(u"spring"_s, changed, false, &error));
        QVERIFY(error.contains(u"already exists"_s));
        QCOMPARE(store.find(u"Spring"_s)->request, campaign());
        QVERIFY(store.save(u"Spring"_s, changed, true, &error));
        QCOMPARE(store.find(u"Spring"_s)->request, changed);
        QCOMPARE(store.presets().size(), 1);
    }

    void rename_movesThePresetAndKeepsItsContent()
    {
        QTemporaryDir dir;
        PresetStore store(dir.path());
        QString error;
        QVERIFY(store.save(u"Old"_s, campaign(), false, &error));
        QVERIFY2(store.rename(u"Old"_s, u"New name"_s, &error), qPrintable(error));
        QVERIFY(!store.contains(u"Old"_s));
        QCOMPARE(store.find(u"New name"_s)->request, campaign());
        QVERIFY(!QFile::exists(dir.filePath(u"old.json"_s)));
    }

    void renameOntoAnother_isRefused()
    {
        QTemporaryDir dir;
        PresetStore store(dir.path());
        QString error;
        QVERIFY(store.save(u"A"_s, campaign(), false, &error));
        QVERIFY(store.save(u"B"_s, {}, false, &error));
        QVERIFY(!store.rename(u"A"_s, u"b"_s, &error));
        QCOMPARE(store.presets().size(), 2);
    }

    void remove_deletesTheFile()
    {
        QTemporaryDir dir;
        PresetStore store(dir.path());
        QString error;
        QVERIFY(store.save(u"Gone"_s, campaign(), false, &error));
        QSignalSpy changed(&store, &PresetStore::changed);
        QVERIFY(store.remove(u"Gone"_s, &error));
        QVERIFY(store.presets().isEmpty());
        QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
        QCOMPARE(changed.size(), 1);
    }

    void loadWithBadFiles_reportsEachAndKeepsOthers()
    {
        QTemporaryDir dir;
        writeRaw(dir.filePath(u"good.json"_s), GoldenFile::bytes(u"reference-request.json"_s));
        writeRaw(dir.filePath(u"corrupt.json"_s), "{\"title\": ");
        writeRaw(dir.filePath(u"empty.json"_s), "");
        writeRaw(dir.filePath(u"types.json"_s), "{\"tags\": 5}");
        writeRaw(dir.filePath(u"notes.txt"_s), "not a preset at all");
        PresetStore store(dir.path());
        QCOMPARE(store.presets().size(), 1);
        QCOMPARE(store.problems().size(), 3);
        for (const PresetStore::Problem &problem : store.problems())
            QVERIFY(!problem.message.isEmpty());
        QVERIFY(store.problems().first().path.endsWith(u"corrupt.json"_s));
    }

    void importThenExport_keepsTheBody()
    {
        QTemporaryDir dir;
        QTemporaryDir elsewhere;
        PresetStore store(dir.path());
        QString error;
        const auto name = store.importFile(GoldenFile::path(u"reference-request.json"_s), false, &error);
        QVERIFY2(name, qPrintable(error));
        const QString exported = elsewhere.filePath(u"out.json"_s);
        QVERIFY(store.exportTo(*name, exported, &error));
        const PresetFile::ReadResult back = PresetFile::read(exported);
        QVERIFY(back.preset);
        QCOMPARE(back.preset->request, PresetFile::read(GoldenFile::path(u"reference-request.json"_s)).preset->request);
    }

    void importOfABadFile_namesTheFileAndChangesNothing()
    {
        QTemporaryDir dir;
        QTemporaryDir elsewhere;
        writeRaw(elsewhere.filePath(u"broken.json"_s), "<html>");
        PresetStore store(dir.path());
        QString error;
        QVERIFY(!store.importFile(elsewhere.filePath(u"broken.json"_s), false, &error));
        QVERIFY(error.startsWith(u"broken.json"_s));
        QVERIFY(store.presets().isEmpty());
    }

    void fileNameFor_isSafe()
    {
        QCOMPARE(PresetStore::fileNameFor(u"Spring / Sale 2026!"_s), u"spring-sale-2026.json"_s);
        QCOMPARE(PresetStore::fileNameFor(u"../../etc/passwd"_s), u"etc-passwd.json"_s);
        QCOMPARE(PresetStore::fileNameFor(u"***"_s), u"preset.json"_s);
    }

    void namesSharingAFileName_getTheirOwnFiles()
    {
        QTemporaryDir dir;
        PresetStore store(dir.path());
        QString error;
        QVERIFY(store.save(u"A/B"_s, campaign(), false, &error));
        QVERIFY(store.save(u"A-B"_s, {}, false, &error));
        QCOMPARE(store.presets().size(), 2);
        QCOMPARE(store.find(u"A/B"_s)->request, campaign());
    }
};

QTEST_GUILESS_MAIN(TestPresetStore)
#include "tst_PresetStore.moc"
