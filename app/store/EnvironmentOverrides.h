#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

// What this run was told from outside the settings: --base-url / --sandbox on the command line
// and the VIDEOGRAPH_* environment variables. They apply to this run only and are never saved.
struct EnvironmentOverrides
{
    QUrl baseUrl;          // --base-url, else VIDEOGRAPH_BASE_URL
    QString tokenId;       // VIDEOGRAPH_ACCESS_TOKEN
    QString secretKey;     // VIDEOGRAPH_SECRET_KEY
    bool forceSandbox = false;

    bool overridesServer() const { return forceSandbox || !baseUrl.isEmpty(); }
    bool overridesCredentials() const { return !tokenId.isEmpty() || !secretKey.isEmpty(); }
    bool any() const { return overridesServer() || overridesCredentials(); }

    static EnvironmentOverrides read(const QUrl &commandLineBaseUrl, bool forceSandbox,
                                     const QProcessEnvironment &environment);
};
