#include "PresetWindow.h"

#include "PresetNoticePanel.h"

#include <QAction>

PresetWindow::PresetWindow(const QString &presetsDirectory)
    : m_store(std::make_unique<PresetStore>(presetsDirectory.isEmpty() ? m_ownDirectory.path() : presetsDirectory))
{
    // Owned by the window, like the app's own.
    m_menu = new PresetMenu(&window(), m_store.get(), &m_prompts);
}

QAction *PresetWindow::action(const QString &actionName)
{
    return child<QAction>(actionName);
}

void PresetWindow::trigger(const QString &actionName)
{
    QAction *found = action(actionName);
    if (found->isEnabled())
        found->trigger();
}

PresetNoticePanel *PresetWindow::notice()
{
    return child<PresetNoticePanel>(QStringLiteral("presetNoticePanel"));
}
