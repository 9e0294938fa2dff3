#pragma once

#include <QString>
#include <QUrl>

// Which server the app talks to, as saved between runs. The secret key is not here: it lives
// only in the keychain (SecretStore) or in memory.
struct EndpointSettings
{
    enum class Profile { Sandbox, Videograph, Custom };

    Profile profile = Profile::Sandbox;
    QUrl customUrl;
    QString tokenId;

    // The server root for Videograph and Custom; empty for the sandbox, whose port is only
    // known once it listens.
    QUrl baseUrl() const;

    static QUrl videographUrl() { return QUrl(QStringLiteral("https://api.videograph.ai")); }
    static QString profileKey(Profile profile);
    static Profile profileFromKey(const QString &key);

    friend bool operator==(const EndpointSettings &, const EndpointSettings &) = default;
};
