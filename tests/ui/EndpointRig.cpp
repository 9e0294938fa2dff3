#include "EndpointRig.h"

#include "SettingsDialog.h"

#include <QAction>
#include <QUuid>

EndpointRig::EndpointRig(const EnvironmentOverrides &overrides, const QString &settingsPath)
    : m_settingsPath(settingsPath.isEmpty() ? m_dir.filePath(QStringLiteral("settings.ini")) : settingsPath)
    , m_port(m_sandbox.listen(0))
    , m_settings(m_settingsPath)
    , m_secrets(QStringLiteral("app.portraitpro.Desktop.tests"))
    , m_active(&m_settings, &m_secrets, overrides,
               {m_sandbox.baseUrl(), {SandboxOptions().user, SandboxOptions().password}})
    , m_client(&m_network)
    , m_window(&m_client)
    , m_tools(&m_window, &m_client, &m_active, &m_settings, &m_secrets, &m_network)
{
}

QString EndpointRig::settingsPath() const
{
    return m_settingsPath;
}

SettingsDialog *EndpointRig::openSettings()
{
    m_window.findChild<QAction *>(QStringLiteral("actionSettings"))->trigger();
    return m_window.findChild<SettingsDialog *>();
}

QString EndpointRig::unique(const QString &prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::WithoutBraces);
}
