#pragma once

#include "PortraitRequest.h"

#include <QList>
#include <QObject>
#include <QStringList>

class MainWindow;
class PresetNoticePanel;
class PresetStore;
class QAction;
class QFileSystemWatcher;
class QMenu;
class QTimer;
class UserPrompts;
struct Preset;

// The main window's Presets menu: save the form as a named preset (Ctrl+S), load one (one
// action per preset, sorted by name, Ctrl+1…Ctrl+9 for the first nine), rename, delete, import,
// export, and open the presets folder. It rebuilds whenever the store changes, and the store
// reloads when files appear in or leave the folder.
//
// Files the store could not read are named, each with its problem, in a panel above the form,
// in the status bar and in the menu; every other preset still loads. The form is only ever
// replaced by a preset read in full.
class PresetMenu : public QObject
{
    Q_OBJECT

public:
    PresetMenu(MainWindow *window, PresetStore *store, UserPrompts *prompts);

    // For --preset: the name of a preset in the store, or the path of a preset file anywhere.
    // Returns why nothing was loaded (also shown in the window), or an empty string.
    QString loadFromCommandLine(const QString &nameOrFile);

    void saveAsPreset();
    void renamePreset();
    void deletePreset();
    void importPreset();
    void exportPreset();
    void openFolder();
    void showProblems();

private:
    QAction *newAction(const QString &text, const QString &objectName, const QString &statusTip);
    void createActions();
    void rebuild();
    void reportProblems();
    void watchFolder();

    QString load(const QString &name);
    QString loadFile(const QString &path);
    void replaceForm(const Preset &preset, const QStringList &ignoredFields);
    void save(const QString &name, bool overwrite);
    void importFrom(const QString &path);
    void finishImport(const QString &path, bool overwrite);

    QStringList presetNames() const;
    QStringList problemLines() const;
    void showStatus(const QString &text);
    void showFailure(const QString &caption, const QString &line);

    MainWindow *m_window;
    PresetStore *m_store; // outlives the window in the app (see main.cpp)
    UserPrompts *m_prompts;
    QString m_lastName; // the preset last saved or loaded: the first suggestion in the dialogs

    QMenu *m_menu = nullptr;
    PresetNoticePanel *m_notice = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_noPresetsAction = nullptr;
    QAction *m_listEnd = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_openFolderAction = nullptr;
    QAction *m_problemsSeparator = nullptr;
    QAction *m_problemsAction = nullptr;
    QList<QAction *> m_loadActions; // reused across rebuilds, so a held pointer stays valid
    QStringList m_reportedProblems;

    QFileSystemWatcher *m_watcher = nullptr;
    QTimer *m_reloadTimer = nullptr;
};
