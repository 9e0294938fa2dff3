#pragma once

#include "PresetMenu.h"
#include "PresetStore.h"
#include "SandboxedWindow.h"
#include "ScriptedPrompts.h"

#include <QTemporaryDir>
#include <memory>

class PresetNoticePanel;
class QAction;

// A sandboxed main window with the Presets menu over a presets folder of its own and prompts
// the test answers in advance. The folder is a new temporary one unless the test passes a
// folder it filled first (the store reads it on construction).
class PresetWindow : public SandboxedWindow
{
public:
    explicit PresetWindow(const QString &presetsDirectory = {});
    // The menu goes first: the store it uses is gone before the base class's window.
    ~PresetWindow() { delete m_menu; }

    PresetStore &store() { return *m_store; }
    ScriptedPrompts &prompts() { return m_prompts; }
    PresetMenu &presets() { return *m_menu; }
    QString presetsDirectory() const { return m_store->directory(); }

    // Triggers a Presets menu action by objectName, as a click on it would.
    void trigger(const QString &actionName);
    QAction *action(const QString &actionName);
    PresetNoticePanel *notice();

private:
    QTemporaryDir m_ownDirectory;
    std::unique_ptr<PresetStore> m_store;
    ScriptedPrompts m_prompts;
    PresetMenu *m_menu = nullptr;
};
