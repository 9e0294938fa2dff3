#pragma once

#include "Credentials.h"
#include "EndpointSettings.h"
#include "EnvironmentOverrides.h"

#include <QObject>
#include <QString>
#include <QUrl>

class SecretStore;
class SettingsStore;
class VideographClient;

// The server and credentials the next request goes to, worked out from the saved settings, the
// keychain and this run's overrides. It changes when the settings change, so switching profile
// applies to the next submit without a restart.
class ActiveEndpoint : public QObject
{
    Q_OBJECT

public:
    struct Sandbox
    {
        QUrl baseUrl;
        Credentials credentials;
    };

    ActiveEndpoint(SettingsStore *settings, SecretStore *secrets, const EnvironmentOverrides &overrides,
                   const Sandbox &sandbox, QObject *parent = nullptr);

    bool isSandbox() const { return m_isSandbox; }
    QUrl baseUrl() const { return m_baseUrl; }
    Credentials credentials() const { return m_credentials; }
    const EnvironmentOverrides &overrides() const { return m_overrides; }
    const Sandbox &sandbox() const { return m_sandbox; }

    // One line for the banner: which endpoint, and where its credentials come from.
    QString description() const;

    void applyTo(VideographClient *client) const;

    // Re-reads the settings (and the secret, which answers later); emits changed() each time.
    void reload();

signals:
    void changed();

private:
    void useSecret(const QString &tokenId, const QString &secret);

    SettingsStore *m_settings;
    SecretStore *m_secrets;
    EnvironmentOverrides m_overrides;
    Sandbox m_sandbox;

    bool m_isSandbox = true;
    QUrl m_baseUrl;
    Credentials m_credentials;
    QString m_secretNote;
};
