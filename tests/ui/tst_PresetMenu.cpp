#include "PresetFile.h"
#include "PresetNoticePanel.h"
#include "PresetWindow.h"
#include "SampleRequest.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList menuTexts(PresetWindow &w)
{
    QStringList texts;
    for (int i = 1; QAction *action = w->findChild<QAction *>(u"actionLoadPreset_%1"_s.arg(i)); ++i)
        texts.append(action->text());
    return texts;
}

} // namespace

class TestPresetMenu : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void menu_sitsInTheMenuBarWithEveryAction()
    {
        PresetWindow w;
        auto *menu = w.child<QMenu>(u"presetsMenu"_s);
        QVERIFY(w->menuBar()->actions().contains(menu->menuAction()));
        for (const QString &name : {u"actionSavePreset"_s, u"actionRenamePreset"_s, u"actionDeletePreset"_s,
                                    u"actionImportPreset"_s, u"actionExportPreset"_s, u"actionOpenPresetsFolder"_s})
            QVERIFY2(menu->actions().contains(w.action(name)), qPrintable(name));
        QCOMPARE(w.action(u"actionSavePreset"_s)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_S));
        // Nothing to rename, delete or export yet, and the menu says so.
        QVERIFY(w.child<QAction>(u"actionNoPresets"_s)->isVisible());
        QVERIFY(!w.action(u"actionRenamePreset"_s)->isEnabled());
        QVERIFY(!w.action(u"actionDeletePreset"_s)->isEnabled());
        QVERIFY(!w.action(u"actionExportPreset"_s)->isEnabled());
    }

    void saveThenLoad_roundTripsTheForm()
    {
        PresetWindow w;
        QVERIFY(w.showAndActivate());
        QVERIFY(w.typeValidRequest());
        w.child<QCheckBox>(u"signedCheckBox"_s)->setChecked(true);
        const PortraitRequest typed = w->request();

        w.prompts().willAnswer(u"  Match day  "_s);
        QTest::keyClick(&w.window(), Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(w.store().contains(u"Match day"_s));
        QCOMPARE(w.prompts().questions().value(0).kind, ScriptedPrompts::Kind::Text);
        QVERIFY(QFile::exists(QDir(w.presetsDirectory()).filePath(u"match-day.json"_s)));
        QVERIFY(w.statusText().contains(u"Match day"_s));

        w->setRequest(PortraitRequest());
        QCOMPARE(menuTexts(w), QStringList{u"Match day"_s});
        w.trigger(u"actionLoadPreset_1"_s);
        QCOMPARE(w->request(), typed);
        QVERIFY(w.prompts().unexpected().isEmpty());
    }

    void saveOverExistingName_asksAndKeepsTheOldFileWhenDeclined()
    {
        PresetWindow w;
        QString error;
        QVERIFY2(w.store().save(u"Weekly"_s, sampleRequest(u"Old"_s), false, &error), qPrintable(error));
        const QString path = w.store().find(u"Weekly"_s)->path;
        const QByteArray before = fileBytes(path);
        w->setRequest(sampleRequest(u"New"_s));

        w.prompts().willAnswer(u"weekly"_s);
        w.prompts().willCancel();
        w.trigger(u"actionSavePreset"_s);
        QTRY_COMPARE(w.prompts().questions().size(), 2);
        const ScriptedPrompts::Question confirmation = w.prompts().questions().at(1);
        QCOMPARE(confirmation.kind, ScriptedPrompts::Kind::Confirm);
        QVERIFY(confirmation.text.contains(u"Weekly"_s));

        QCOMPARE(fileBytes(path), before);
        QCOMPARE(w.store().find(u"Weekly"_s)->request, sampleRequest(u"Old"_s));
        QCOMPARE(w.store().presets().size(), 1);
    }

    void saveOverExistingName_replacesItWhenConfirmed()
    {
        PresetWindow w;
        QVERIFY(w.store().save(u"Weekly"_s, sampleRequest(u"Old"_s), false, nullptr));
        w->setRequest(sampleRequest(u"New"_s));

        w.prompts().willAnswer(u"Weekly"_s);
        w.prompts().willConfirm();
        w.trigger(u"actionSavePreset"_s);
        QTRY_COMPARE(w.store().find(u"Weekly"_s)->request, sampleRequest(u"New"_s));
        QCOMPARE(w.store().presets().size(), 1);
        QCOMPARE(w.prompts().questions().size(), 2);
    }

    void saveWithoutAName_savesNothing()
    {
        PresetWindow w;
        w->setRequest(sampleRequest(u"Something"_s));
        w.prompts().willAnswer(u"   "_s);
        w.trigger(u"actionSavePreset"_s);
        QTRY_VERIFY(w.statusText().contains(u"needs a name"_s));
        QVERIFY(w.store().presets().isEmpty());
    }

    void rename_givesThePresetItsNewName()
    {
        PresetWindow w;
        QVERIFY(w.store().save(u"Old name"_s, sampleRequest(u"Kept"_s), false, nullptr));
        const QString oldPath = w.store().find(u"Old name"_s)->path;

        w.prompts().willAnswer(u"Old name"_s);
        w.prompts().willAnswer(u"Fresh name"_s);
        w.trigger(u"actionRenamePreset"_s);
        QTRY_VERIFY(w.store().contains(u"Fresh name"_s));
        QVERIFY(!w.store().contains(u"Old name"_s));
        QVERIFY(!QFile::exists(oldPath));
        QCOMPARE(w.store().find(u"Fresh name"_s)->request, sampleRequest(u"Kept"_s));
        QCOMPARE(menuTexts(w), QStringList{u"Fresh name"_s});
        QCOMPARE(w.prompts().questions().at(0).items, QStringList{u"Old name"_s});
    }

    void renameOntoAnotherPreset_isRefusedAndNamed()
    {
        PresetWindow w;
        QVERIFY(w.store().save(u"First"_s, sampleRequest(u"One"_s), false, nullptr));
        QVERIFY(w.store().save(u"Second"_s, sampleRequest(u"Two"_s), false, nullptr));

        w.prompts().willAnswer(u"First"_s);
        w.prompts().willAnswer(u"Second"_s);
        w.trigger(u"actionRenamePreset"_s);
        QTRY_VERIFY(!w.notice()->isHidden());
        QVERIFY(w.notice()->lines().join(u'\n').contains(u"Second"_s));
        QCOMPARE(w.store().find(u"Second"_s)->request, sampleRequest(u"Two"_s));
        QCOMPARE(w.store().find(u"First"_s)->request, sampleRequest(u"One"_s));
    }

    void delete_asksFirstAndKeepsThePresetWhenDeclined()
    {
        PresetWindow w;
        QVERIFY(w.store().save(u"Weekly"_s, sampleRequest(u"Old"_s), false, nullptr));

        w.prompts().willAnswer(u"Weekly"_s);
        w.prompts().willCancel();
        w.trigger(u"actionDeletePreset"_s);
        QTRY_COMPARE(w.prompts().questions().size(), 2);
        QCOMPARE(w.prompts().questions().at(1).kind, ScriptedPrompts::Kind::Confirm);
        QVERIFY(w.prompts().questions().at(1).text.contains(u"weekly.json"_s));
        QVERIFY(w.store().contains(u"Weekly"_s));
    }

    void delete_removesThePresetWhenConfirmed()
    {
        PresetWindow w;
        QVERIFY(w.store().save(u"Weekly"_s, sampleRequest(u"Old"_s), false, nullptr));
        const QString path = w.store().find(u"Weekly"_s)->path;

        w.prompts().willAnswer(u"Weekly"_s);
        w.prompts().willConfirm();
        w.trigger(u"actionDeletePreset"_s);
        QTRY_VERIFY(!w.store().contains(u"Weekly"_s));
        QVERIFY(!QFile::exists(path));
        QTRY_VERIFY(!w->findChild<QAction *>(u"actionLoadPreset_1"_s));
        QVERIFY(w.child<QAction>(u"actionNoPresets"_s)->isVisible());
    }

    void ctrlDigits_loadThePresetsInNameOrder()
    {
        PresetWindow w;
        QVERIFY(w.store().save(u"b second"_s, sampleRequest(u"Second"_s), false, nullptr));
        QVERIFY(w.store().save(u"A first"_s, sampleRequest(u"First"_s), false, nullptr));
        QVERIFY(w.showAndActivate());

        QTest::keyClick(&w.window(), Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(w->request(), sampleRequest(u"First"_s));
        QTest::keyClick(&w.window(), Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(w->request(), sampleRequest(u"Second"_s));
        QVERIFY(w.statusText().contains(u"b second"_s));
    }

    void menu_listsPresetsByNameWithShortcutsForTheFirstNine()
    {
        PresetWindow w;
        for (int i = 10; i >= 1; --i)
            QVERIFY(w.store().save(u"Preset %1"_s.arg(i, 2, 10, QLatin1Char('0')), sampleRequest(u"T%1"_s.arg(i)), false, nullptr));
        QVERIFY(w.store().save(u"Tom & Jerry"_s, sampleRequest(u"Cartoon"_s), false, nullptr));

        QStringList expected;
        for (int i = 1; i <= 10; ++i)
            expected.append(u"Preset %1"_s.arg(i, 2, 10, QLatin1Char('0')));
        expected.append(u"Tom && Jerry"_s);
        QCOMPARE(menuTexts(w), expected);
        QCOMPARE(w.action(u"actionLoadPreset_1"_s)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_1));
        QCOMPARE(w.action(u"actionLoadPreset_9"_s)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_9));
        QVERIFY(w.action(u"actionLoadPreset_10"_s)->shortcut().isEmpty());

        w.trigger(u"actionLoadPreset_11"_s);
        QCOMPARE(w->request().title, u"Cartoon"_s);
        QVERIFY(!w.child<QAction>(u"actionNoPresets"_s)->isVisible());
    }

    void fileAddedToTheFolderByHand_appearsInTheMenu()
    {
        PresetWindow w;
        QVERIFY(PresetFile::write(QDir(w.presetsDirectory()).filePath(u"dropped.json"_s),
                                  Preset{u"Dropped in"_s, sampleRequest(u"Dropped"_s), {}}, nullptr));
        QTRY_COMPARE(menuTexts(w), QStringList{u"Dropped in"_s});
    }

    void export_writesThePresetWhereChosen()
    {
        PresetWindow w;
        QTemporaryDir elsewhere;
        QVERIFY(w.store().save(u"Weekly"_s, sampleRequest(u"Shared"_s), false, nullptr));
        const QString target = elsewhere.filePath(u"for-a-friend.json"_s);

        w.prompts().willAnswer(u"Weekly"_s);
        w.prompts().willAnswer(target);
        w.trigger(u"actionExportPreset"_s);
        QTRY_VERIFY(QFile::exists(target));
        const PresetFile::ReadResult read = PresetFile::read(target);
        QVERIFY2(read.preset, qPrintable(read.problem));
        QCOMPARE(read.preset->name, u"Weekly"_s);
        QCOMPARE(read.preset->request, sampleRequest(u"Shared"_s));
        QCOMPARE(w.prompts().questions().at(1).kind, ScriptedPrompts::Kind::SaveFile);
        QVERIFY(w.prompts().questions().at(1).initialText.endsWith(u"weekly.json"_s));
    }

    void openPresetsFolder_handsTheFolderToTheDesktop()
    {
        QTemporaryDir root;
        const QString folder = root.filePath(u"not-yet/presets"_s);
        PresetWindow w(folder);
        w.trigger(u"actionOpenPresetsFolder"_s);
        QCOMPARE(w.prompts().openedFolders(), QStringList{folder});
        QVERIFY(QFileInfo(folder).isDir());
    }
};

QTEST_MAIN(TestPresetMenu)
#include "tst_PresetMenu.moc"
