#include "EndpointRig.h"

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
