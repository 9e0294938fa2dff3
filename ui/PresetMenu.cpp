#include "PresetMenu.h"

#include "MainWindow.h"
#include "Preset.h"
#include "PresetFile.h"
#include "PresetNoticePanel.h"
#include "PresetStore.h"
#include "UserPrompts.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QMenu>
#include <QMenuBar>
#include <QPointer>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

namespace {

// Answers may come after this object is gone (the window closed while a dialog was open).
template <typename Fn>
auto guarded(QObject *owner, Fn fn)
{
    return [owner = QPointer<QObject>(owner), fn = std::move(fn)](auto &&...args) {
        if (owner)
            fn(std::forward<decltype(args)>(args)...);
    };
}

QString fileName(const QString &path)
{
    return QFileInfo(path).fileName();
}

// "&" marks a mnemonic in menu texts; a name may contain one.
QString menuText(QString name)
{
    return name.replace(u'&', QStringLiteral("&&"));
}

QString problemLine(const QString &path, const QString &problem)
{
    return QStringLiteral("%1 — %2").arg(fileName(path), problem);
}

QString startFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return documents.isEmpty() ? QDir::homePath() : documents;
}

} // namespace

PresetMenu::PresetMenu(MainWindow *window, PresetStore *store, UserPrompts *prompts)
    : QObject(window)
    , m_window(window)
    , m_store(store)
    , m_prompts(prompts)
{
    setObjectName(QStringLiteral("presetMenu"));
    m_menu = new QMenu(tr("&Presets"), window->menuBar());
    m_menu->setObjectName(QStringLiteral("presetsMenu"));
    createActions();
    window->insertMenu(m_menu);

    m_notice = new PresetNoticePanel(window);
    window->addNotice(m_notice);
    connect(m_notice, &PresetNoticePanel::openFolderRequested, this, &PresetMenu::openFolder);

    // Files dropped into (or removed from) the folder by hand show up without a restart.
    m_watcher = new QFileSystemWatcher(this);
    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(250);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_reloadTimer, qOverload<>(&QTimer::start));
    connect(m_reloadTimer, &QTimer::timeout, store, &PresetStore::reload);

    connect(m_store, &PresetStore::changed, this, &PresetMenu::rebuild);
    rebuild();
}

QAction *PresetMenu::newAction(const QString &text, const QString &objectName, const QString &statusTip)
{
    auto *action = new QAction(text, m_menu);
    action->setObjectName(objectName);
    action->setStatusTip(statusTip);
    return action;
}

void PresetMenu::createActions()
{
    m_saveAction = newAction(tr("&Save as Preset…"), QStringLiteral("actionSavePreset"),
                             tr("Keep the form as a named preset, to start later jobs from it"));
    m_saveAction->setIcon(QIcon(QStringLiteral(":/icons/document-save.svg")));
    m_saveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    connect(m_saveAction, &QAction::triggered, this, &PresetMenu::saveAsPreset);

    m_noPresetsAction = newAction(tr("No presets saved yet"), QStringLiteral("actionNoPresets"), {});
    m_noPresetsAction->setEnabled(false);

    m_renameAction = newAction(tr("&Rename Preset…"), QStringLiteral("actionRenamePreset"),
                               tr("Give a preset another name"));
    connect(m_renameAction, &QAction::triggered, this, &PresetMenu::renamePreset);
    m_deleteAction = newAction(tr("&Delete Preset…"), QStringLiteral("actionDeletePreset"),
                               tr("Remove a preset and its file"));
    connect(m_deleteAction, &QAction::triggered, this, &PresetMenu::deletePreset);

    m_importAction = newAction(tr("&Import Preset…"), QStringLiteral("actionImportPreset"),
                               tr("Copy a preset file into your presets and load it into the form"));
    connect(m_importAction, &QAction::triggered, this, &PresetMenu::importPreset);
    m_exportAction = newAction(tr("&Export Preset…"), QStringLiteral("actionExportPreset"),
                               tr("Save a copy of a preset as a file, to share it"));
    connect(m_exportAction, &QAction::triggered, this, &PresetMenu::exportPreset);
    m_openFolderAction = newAction(tr("Open Presets &Folder"), QStringLiteral("actionOpenPresetsFolder"),
                                   tr("Show the folder that holds one file per preset"));
    connect(m_openFolderAction, &QAction::triggered, this, &PresetMenu::openFolder);

    m_problemsAction = newAction(tr("Some Presets Could Not Be Read…"), QStringLiteral("actionShowPresetProblems"),
                                 tr("Show which preset files could not be read, and why"));
    m_problemsAction->setIcon(QIcon(QStringLiteral(":/icons/dialog-warning.svg")));
    connect(m_problemsAction, &QAction::triggered, this, &PresetMenu::showProblems);

    m_menu->addAction(m_saveAction);
    m_menu->addSeparator();
    m_menu->addAction(m_noPresetsAction);
    m_listEnd = m_menu->addSeparator();
    m_menu->addAction(m_renameAction);
    m_menu->addAction(m_deleteAction);
    m_menu->addSeparator();
    m_menu->addAction(m_importAction);
    m_menu->addAction(m_exportAction);
    m_menu->addAction(m_openFolderAction);
    m_problemsSeparator = m_menu->addSeparator();
    m_menu->addAction(m_problemsAction);

    // On the window too, so the shortcut works where the menu bar is native or hidden.
    m_window->addAction(m_saveAction);
}

void PresetMenu::rebuild()
{
    const QList<Preset> &presets = m_store->presets();
    while (m_loadActions.size() > presets.size()) {
        // Later, not now: this may run inside the action's own triggered signal.
        QAction *gone = m_loadActions.takeLast();
        m_menu->removeAction(gone);
        m_window->removeAction(gone);
        gone->deleteLater();
    }
    for (qsizetype i = 0; i < presets.size(); ++i) {
        if (i == m_loadActions.size()) {
            auto *action = newAction({}, QStringLiteral("actionLoadPreset_%1").arg(i + 1), {});
            if (i < 9)
                action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
            connect(action, &QAction::triggered, this, [this, action] { load(action->data().toString()); });
            m_menu->insertAction(m_listEnd, action);
            m_window->addAction(action);
            m_loadActions.append(action);
        }
        QAction *action = m_loadActions[i];
        action->setText(menuText(presets[i].name));
        action->setData(presets[i].name);
        action->setStatusTip(tr("Replace the form with the preset “%1” (%2)").arg(presets[i].name, fileName(presets[i].path)));
    }
    m_noPresetsAction->setVisible(presets.isEmpty());
    for (QAction *action : {m_renameAction, m_deleteAction, m_exportAction})
        action->setEnabled(!presets.isEmpty());
    reportProblems();
    watchFolder();
}

void PresetMenu::watchFolder()
{
    if (m_watcher->directories().isEmpty() && QFileInfo(m_store->directory()).isDir())
        m_watcher->addPath(m_store->directory());
}

QStringList PresetMenu::problemLines() const
{
    QStringList lines;
    for (const PresetStore::Problem &problem : m_store->problems())
        lines.append(problemLine(problem.path, problem.message));
    return lines;
}

void PresetMenu::reportProblems()
{
    const QStringList lines = problemLines();
    m_problemsSeparator->setVisible(!lines.isEmpty());
    m_problemsAction->setVisible(!lines.isEmpty());
    // Reported once per new set of problems, so a later save does not bring back a dismissed panel.
    if (lines == m_reportedProblems)
        return;
    m_reportedProblems = lines;
    if (lines.isEmpty()) {
        m_notice->dismiss();
        return;
    }
    showProblems();
    QStringList files;
    for (const PresetStore::Problem &problem : m_store->problems())
        files.append(fileName(problem.path));
    // Spelled out for one and many: without a loaded translation Qt leaves "%n file(s)" as is.
    const QString message = files.size() == 1
        ? tr("1 preset file could not be read and was left out: %1")
        : tr("%1 preset files could not be read and were left out: %2").arg(files.size());
    m_window->statusBar()->showMessage(message.arg(files.join(QStringLiteral(", "))));
}

void PresetMenu::showProblems()
{
    const QStringList lines = problemLines();
    if (lines.isEmpty())
        return;
    m_notice->showNotice(tr("Some presets could not be read. They are left out of the Presets menu; "
                            "the other presets work as usual."),
                         lines, true);
}

QStringList PresetMenu::presetNames() const
{
    QStringList names;
    for (const Preset &preset : m_store->presets())
        names.append(preset.name);
    return names;
}

void PresetMenu::showStatus(const QString &text)
{
    m_window->statusBar()->showMessage(text, 8000);
}

void PresetMenu::showFailure(const QString &caption, const QString &line)
{
    m_notice->showNotice(caption, {line}, false);
    m_window->statusBar()->showMessage(QStringLiteral("%1: %2").arg(caption, line));
}

void PresetMenu::replaceForm(const Preset &preset, const QStringList &ignoredFields)
{
    m_window->replaceRequest(preset.request, tr("Load Preset “%1”").arg(preset.name));
    m_lastName = preset.name;
    if (ignoredFields.isEmpty())
        showStatus(tr("Loaded preset “%1”.").arg(preset.name));
    else
        showStatus(tr("Loaded preset “%1”. Fields this version does not know were skipped: %2.")
                       .arg(preset.name, ignoredFields.join(QStringLiteral(", "))));
}

QString PresetMenu::load(const QString &name)
{
    const std::optional<Preset> listed = m_store->find(name);
    if (!listed) {
        m_reloadTimer->start();
        const QString message = tr("There is no preset named “%1” any more.").arg(name);
        showStatus(message);
        return message;
    }
    return loadFile(listed->path);
}

QString PresetMenu::loadFile(const QString &path)
{
    // Read again rather than trust the copy read at start: the file may have changed since, and
    // the form is only replaced by a preset read in full.
    const PresetFile::ReadResult read = PresetFile::read(path);
    if (!read.preset) {
        showFailure(tr("The preset was not loaded; the form is unchanged"), problemLine(path, read.problem));
        // A preset of the store went bad since it was listed: list it as a problem now.
        if (QFileInfo(path).absolutePath() == QDir(m_store->directory()).absolutePath())
            m_reloadTimer->start();
        return problemLine(path, read.problem);
    }
    replaceForm(*read.preset, read.ignoredFields);
    return {};
}

QString PresetMenu::loadFromCommandLine(const QString &nameOrFile)
{
    if (m_store->contains(nameOrFile))
        return load(nameOrFile);
    if (QFileInfo(nameOrFile).isFile())
        return loadFile(nameOrFile);
    const QStringList names = presetNames();
    const QString problem =
        names.isEmpty()
            ? tr("There is no preset named “%1” and no file at that path; no presets are saved yet.").arg(nameOrFile)
            : tr("There is no preset named “%1” and no file at that path. Saved presets: %2.")
                  .arg(nameOrFile, names.join(QStringLiteral(", ")));
    showFailure(tr("The preset was not loaded"), problem);
    return problem;
}

void PresetMenu::saveAsPreset()
{
    m_prompts->askText(tr("Save as Preset"), tr("Name of the preset:"), m_lastName, guarded(this, [this](const QString &answer) {
        const QString name = answer.trimmed();
        if (name.isEmpty()) {
            showStatus(tr("Nothing was saved: a preset needs a name."));
            return;
        }
        const std::optional<Preset> existing = m_store->find(name);
        if (!existing) {
            save(name, false);
            return;
        }
        m_prompts->confirm(tr("Replace Preset"),
                           tr("A preset named “%1” already exists. Replace it with the form as it is now?")
                               .arg(existing->name),
                           tr("&Replace"), guarded(this, [this, name] { save(name, true); }));
    }));
}

void PresetMenu::save(const QString &name, bool overwrite)
{
    // The form as it is once the question is answered: a cell being typed in is committed when
    // the dialog takes the focus.
    const PortraitRequest request = m_window->request();
    QString error;
    if (!m_store->save(name, request, overwrite, &error)) {
        showFailure(tr("The preset was not saved"), error);
        return;
    }
    m_lastName = name;
    const std::optional<Preset> saved = m_store->find(name);
    if (saved && saved->request != request)
        showStatus(tr("Saved preset “%1”. Parts that are not valid yet, such as an unfinished clip time, were left out.")
                       .arg(name));
    else
        showStatus(tr("Saved preset “%1”.").arg(name));
}

void PresetMenu::renamePreset()
{
    const QStringList names = presetNames();
    if (names.isEmpty())
        return;
    m_prompts->askItem(tr("Rename Preset"), tr("Preset to rename:"), names, m_lastName, guarded(this, [this](const QString &from) {
        m_prompts->askText(tr("Rename Preset"), tr("New name for “%1”:").arg(from), from,
                           guarded(this, [this, from](const QString &to) {
                               QString error;
                               if (!m_store->rename(from, to, &error)) {
                                   showFailure(tr("The preset was not renamed"), error);
                                   return;
                               }
                               if (m_lastName == from)
                                   m_lastName = to.trimmed();
                               showStatus(tr("Renamed preset “%1” to “%2”.").arg(from, to.trimmed()));
                           }));
    }));
}

void PresetMenu::deletePreset()
{
    const QStringList names = presetNames();
    if (names.isEmpty())
        return;
    m_prompts->askItem(tr("Delete Preset"), tr("Preset to delete:"), names, m_lastName, guarded(this, [this](const QString &name) {
        const std::optional<Preset> preset = m_store->find(name);
        if (!preset)
            return;
        m_prompts->confirm(tr("Delete Preset"),
                           tr("Delete the preset “%1”? Its file %2 is removed from the presets folder.")
                               .arg(preset->name, fileName(preset->path)),
                           tr("&Delete"), guarded(this, [this, name] {
                               QString error;
                               if (!m_store->remove(name, &error)) {
                                   showFailure(tr("The preset was not deleted"), error);
                                   return;
                               }
                               showStatus(tr("Deleted preset “%1”.").arg(name));
                           }));
    }));
}

void PresetMenu::importPreset()
{
    m_prompts->askOpenFile(tr("Import Preset"), startFolder(), tr("Presets (*.json);;All files (*)"),
                           guarded(this, [this](const QString &path) { importFrom(path); }));
}

void PresetMenu::importFrom(const QString &path)
{
    const PresetFile::ReadResult read = PresetFile::read(path);
    if (!read.preset) {
        showFailure(tr("Nothing was imported; the form is unchanged"), problemLine(path, read.problem));
        return;
    }
    const std::optional<Preset> existing = m_store->find(read.preset->name);
    if (!existing) {
        finishImport(path, false);
        return;
    }
    m_prompts->confirm(tr("Replace Preset"),
                       tr("A preset named “%1” already exists. Replace it with the one in %2?")
                           .arg(existing->name, fileName(path)),
                       tr("&Replace"), guarded(this, [this, path] { finishImport(path, true); }));
}

void PresetMenu::finishImport(const QString &path, bool overwrite)
{
    QString error;
    const std::optional<QString> name = m_store->importFile(path, overwrite, &error);
    if (!name) {
        showFailure(tr("Nothing was imported; the form is unchanged"), error);
        return;
    }
    if (load(*name).isEmpty())
        showStatus(tr("Imported preset “%1” from %2 and loaded it into the form.").arg(*name, fileName(path)));
}

void PresetMenu::exportPreset()
{
    const QStringList names = presetNames();
    if (names.isEmpty())
        return;
    m_prompts->askItem(tr("Export Preset"), tr("Preset to export:"), names, m_lastName, guarded(this, [this](const QString &name) {
        const QString suggested = QDir(startFolder()).filePath(PresetStore::fileNameFor(name));
        m_prompts->askSaveFile(tr("Export Preset"), suggested, tr("Presets (*.json)"),
                               guarded(this, [this, name](const QString &path) {
                                   QString error;
                                   if (!m_store->exportTo(name, path, &error)) {
                                       showFailure(tr("The preset was not exported"), error);
                                       return;
                                   }
                                   showStatus(tr("Exported preset “%1” to %2.").arg(name, QDir::toNativeSeparators(path)));
                               }));
    }));
}

void PresetMenu::openFolder()
{
    QDir().mkpath(m_store->directory());
    watchFolder();
    m_prompts->openFolder(m_store->directory());
}
