#include "PresetFile.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestPresetSaveInterrupted : public QObject
{
    Q_OBJECT

private slots:
    void killDuringSave_leavesACompletePreviousFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"preset.json"_s);
        QString error;
        QVERIFY(PresetFile::write(path, Preset{u"Original"_s, {}, {}}, &error));

        // Kill the writer at different moments; whatever moment it dies, the file is whole.
        for (int round = 0; round < 5; ++round) {
            QProcess writer;
            qsizetype saves = 0;
            connect(&writer, &QProcess::readyReadStandardOutput, this,
                    [&] { saves += writer.readAllStandardOutput().count("saved"); });
            QSignalSpy finished(&writer, &QProcess::finished);
            writer.start(QStringLiteral(PRESET_SAVE_LOOP), {path});
            // Let it save a varying number of times first, so it dies at different points.
            QTRY_VERIFY_WITH_TIMEOUT(saves > round, 20000);
            QCOMPARE(writer.state(), QProcess::Running);
            writer.kill(); // SIGKILL: no chance to clean up
            QVERIFY(finished.wait(10000));

            const PresetFile::ReadResult result = PresetFile::read(path);
            QVERIFY2(result.preset, qPrintable(result.problem));
            QVERIFY(result.preset->name == u"A"_s || result.preset->name == u"B"_s);
        }
    }
};

QTEST_GUILESS_MAIN(TestPresetSaveInterrupted)
#include "tst_PresetSaveInterrupted.moc"
