#include "PresetFile.h"
#include "PresetNoticePanel.h"
#include "PresetWindow.h"
#include "SampleRequest.h"
#include "TestFiles.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

bool writeBytes(const QDir &dir, const QString &name, const QByteArray &bytes)
{
    return TestFiles::write(dir.filePath(name), bytes);
}

// One good preset beside one file for each way a preset file goes wrong.
const QStringList badFiles{u"corrupt.json"_s,   u"truncated.json"_s, u"wrong-types.json"_s,
                           u"empty.json"_s,     u"huge.json"_s,      u"latin1.json"_s};

bool fillFolder(const QDir &dir)
{
    QByteArray huge = "{\"title\": \"";
    huge.append(QByteArray(2 * 1024 * 1024, 'x'));
    huge.append("\"}");
    return PresetFile::write(dir.filePath(u"good.json"_s), Preset{u"Good"_s, sampleRequest(u"Good"_s), {}}, nullptr)
        && writeBytes(dir, u"corrupt.json"_s, "{ this is not json at all }")
        && writeBytes(dir, u"truncated.json"_s, "{\"name\": \"Cut\", \"title\": \"Cut short\", \"tags\": [\"a\", \"b")
        && writeBytes(dir, u"wrong-types.json"_s, "{\"name\": \"Typed\", \"title\": 42, \"tags\": \"not a list\"}")
        && writeBytes(dir, u"empty.json"_s, "")
        && writeBytes(dir, u"huge.json"_s, huge)
        && writeBytes(dir, u"latin1.json"_s, "{\"name\": \"Caf\xe9\", \"title\": \"Caf\xe9 cr\xe8me\"}")
        && writeBytes(dir, u"unknown-fields.json"_s,
                      "{\"name\": \"Newer\", \"title\": \"From a newer version\", \"colour\": \"red\", \"speed\": 2}");
}

} // namespace

class TestPresetProblems : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void badFileMatrix_namesEachBadFileAndLoadsTheGoodOnes()
    {
        QTemporaryDir folder;
        QVERIFY(fillFolder(QDir(folder.path())));
        PresetWindow w(folder.path());
        QVERIFY(w.showAndActivate());

        PresetNoticePanel *notice = w.notice();
        QVERIFY(notice->isVisible());
        QVERIFY(notice->caption().contains(u"could not be read"_s));
        const QStringList lines = notice->lines();
        QCOMPARE(lines.size(), badFiles.size());
        for (const QString &file : badFiles) {
            const auto line = std::find_if(lines.begin(), lines.end(),
                                           [&](const QString &l) { return l.startsWith(file + u" — "_s); });
            QVERIFY2(line != lines.end(), qPrintable(file));
            QVERIFY2(line->size() > file.size() + 10, qPrintable(*line)); // and says what is wrong
            QVERIFY2(w.statusText().contains(file), qPrintable(w.statusText()));
        }
        QVERIFY(w.statusText().contains(u"6 preset files could not be read"_s));
        QVERIFY(w.action(u"actionShowPresetProblems"_s)->isVisible());

        // Every other preset still loads.
        QCOMPARE(w.store().presets().size(), 2);
        QCOMPARE(w.action(u"actionLoadPreset_1"_s)->text(), u"Good"_s);
        w.trigger(u"actionLoadPreset_1"_s);
        QCOMPARE(w->request(), sampleRequest(u"Good"_s));
    }

    void problemLines_sayWhatIsWrongWithEachFile()
    {
        QTemporaryDir folder;
        QVERIFY(fillFolder(QDir(folder.path())));
        PresetWindow w(folder.path());
        const QString all = w.notice()->lines().join(u'\n');
        QVERIFY2(all.contains(u"corrupt.json — The file is not valid JSON"_s), qPrintable(all));
        QVERIFY2(all.contains(u"truncated.json — The file is cut off"_s), qPrintable(all));
        QVERIFY2(all.contains(u"wrong-types.json — \"title\" in the body must be text."_s), qPrintable(all));
        QVERIFY2(all.contains(u"empty.json — The file is empty."_s), qPrintable(all));
        QVERIFY2(all.contains(u"huge.json — The file is too large"_s), qPrintable(all));
        QVERIFY2(all.contains(u"latin1.json — The file is not UTF-8 text."_s), qPrintable(all));
    }

    void unknownFields_loadAndSayWhatWasSkipped()
    {
        QTemporaryDir folder;
        QVERIFY(fillFolder(QDir(folder.path())));
        PresetWindow w(folder.path());
        QCOMPARE(w.action(u"actionLoadPreset_2"_s)->text(), u"Newer"_s);
        w.trigger(u"actionLoadPreset_2"_s);
        QCOMPARE(w->request().title, u"From a newer version"_s);
        QVERIFY2(w.statusText().contains(u"colour"_s) && w.statusText().contains(u"speed"_s),
                 qPrintable(w.statusText()));
    }

    void dismissedWarning_comesBackFromTheMenu()
    {
        QTemporaryDir folder;
        QVERIFY(fillFolder(QDir(folder.path())));
        PresetWindow w(folder.path());
        QVERIFY(w.showAndActivate());
        QTest::mouseClick(w.child<QToolButton>(u"dismissPresetNoticeToolButton"_s), Qt::LeftButton);
        QVERIFY(w.notice()->isHidden());

        // A save reloads the folder; the same problems are not pushed in the person's face again.
        w->setRequest(sampleRequest(u"Another"_s));
        w.prompts().willAnswer(u"Another"_s);
        w.trigger(u"actionSavePreset"_s);
        QTRY_VERIFY(w.store().contains(u"Another"_s));
        QVERIFY(w.notice()->isHidden());

        w.trigger(u"actionShowPresetProblems"_s);
        QVERIFY(!w.notice()->isHidden());
        QCOMPARE(w.notice()->lines().size(), badFiles.size());
        QTest::mouseClick(w.child<QPushButton>(u"openPresetsFolderPushButton"_s), Qt::LeftButton);
        QCOMPARE(w.prompts().openedFolders(), QStringList{folder.path()});
    }

    void goodFolder_showsNoWarning()
    {
        PresetWindow w;
        QVERIFY(w.store().save(u"Fine"_s, sampleRequest(u"Fine"_s), false, nullptr));
        QVERIFY(w.showAndActivate());
        QVERIFY(w.notice()->isHidden());
        QVERIFY(!w.action(u"actionShowPresetProblems"_s)->isVisible());
    }

    void presetThatWentBadOnDisk_isNotLoadedAndIsThenListed()
    {
        PresetWindow w;
        QVERIFY(w.store().save(u"Fine"_s, sampleRequest(u"Fine"_s), false, nullptr));
        QVERIFY(w.showAndActivate());
        const QString path = w.store().find(u"Fine"_s)->path;
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{\"title\": \"Half-written");
        file.close();
        w->setRequest(sampleRequest(u"Typed"_s));

        w.trigger(u"actionLoadPreset_1"_s);
        QCOMPARE(w->request(), sampleRequest(u"Typed"_s));
        QVERIFY(!w.notice()->isHidden());
        QVERIFY(w.notice()->lines().value(0).startsWith(u"fine.json — "_s));
        QTRY_VERIFY(!w.store().contains(u"Fine"_s));
        QTRY_VERIFY(w.action(u"actionShowPresetProblems"_s)->isVisible());
    }

    void fileThatGoesBadInTheFolder_isReportedAfterTheReload()
    {
        PresetWindow w;
        QVERIFY(w.showAndActivate());
        QVERIFY(writeBytes(QDir(w.presetsDirectory()), u"dropped.json"_s, "not json"));
        QTRY_VERIFY(!w.notice()->isHidden());
        QVERIFY(w.notice()->lines().value(0).startsWith(u"dropped.json — "_s));
        QVERIFY(w.statusText().contains(u"dropped.json"_s));
    }
};

QTEST_MAIN(TestPresetProblems)
#include "tst_PresetProblems.moc"
