#include "ActiveEndpoint.h"

#include "SecretStore.h"
#include "SettingsStore.h"
#include "VideographClient.h"

ActiveEndpoint::ActiveEndpoint(SettingsStore *settings, SecretStore *secrets, const EnvironmentOverrides &overrides,
                               const Sandbox &sandbox, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_secrets(secrets)
    , m_overrides(overrides)
    , m_sandbox(sandbox)
{
    connect(m_secrets, &SecretStore::secretRead, this, &ActiveEndpoint::useSecret);
    connect(m_secrets, &SecretStore::secretMissing, this, [this](const QString &tokenId) {
        if (tokenId == m_credentials.tokenId && !m_overrides.overridesCredentials()) {
            m_secretNote = tr("no secret key saved: open Settings");
            emit changed();
        }
    });
    connect(m_settings, &SettingsStore::endpointChanged, this, &ActiveEndpoint::reload);
    reload();
}

void ActiveEndpoint::reload()
{
    const EndpointSettings saved = m_settings->endpoint();
    m_secretNote.clear();
    m_isSandbox = m_overrides.forceSandbox
        || (m_overrides.baseUrl.isEmpty() && saved.profile == EndpointSettings::Profile::Sandbox
            && !m_overrides.overridesCredentials());
    if (m_isSandbox) {
        m_baseUrl = m_sandbox.baseUrl;
        m_credentials = m_sandbox.credentials;
        emit changed();
        return;
    }

    m_baseUrl = !m_overrides.baseUrl.isEmpty() ? m_overrides.baseUrl : saved.baseUrl();
    if (m_baseUrl.isEmpty()) // credentials from the environment alone mean the real API
        m_baseUrl = EndpointSettings::videographUrl();
    if (m_overrides.overridesCredentials()) {
        m_credentials = {m_overrides.tokenId, m_overrides.secretKey};
    } else {
        m_credentials = {saved.tokenId, QString()};
        if (!saved.tokenId.isEmpty())
            m_secrets->read(saved.tokenId);
        else
            m_secretNote = tr("no access token saved: open Settings");
    }
    emit changed();
}

void ActiveEndpoint::useSecret(const QString &tokenId, const QString &secret)
{
    if (m_isSandbox || m_overrides.overridesCredentials() || tokenId != m_credentials.tokenId)
        return;
    m_credentials.secretKey = secret;
    emit changed();
}

QString ActiveEndpoint::description() const
{
    if (m_isSandbox)
        return tr("Sandbox — nothing is sent to Videograph");
    QString text = tr("Sending to %1").arg(m_baseUrl.toDisplayString(QUrl::RemoveUserInfo));
    QStringList notes;
    if (!m_overrides.baseUrl.isEmpty())
        notes.append(tr("server from the command line or VIDEOGRAPH_BASE_URL, for this run only"));
    if (m_overrides.overridesCredentials())
        notes.append(tr("credentials from VIDEOGRAPH_ACCESS_TOKEN and VIDEOGRAPH_SECRET_KEY, for this run only, not saved"));
    if (!m_secretNote.isEmpty())
        notes.append(m_secretNote);
    if (!notes.isEmpty())
        text += QStringLiteral(" — ") + notes.join(QStringLiteral("; "));
    return text;
}

void ActiveEndpoint::applyTo(VideographClient *client) const
{
    client->setEndpoint(m_baseUrl);
    client->setCredentials(m_credentials);
}
