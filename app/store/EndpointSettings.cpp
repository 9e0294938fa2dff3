#include "EndpointSettings.h"

QUrl EndpointSettings::baseUrl() const
{
    switch (profile) {
    case Profile::Videograph:
        return videographUrl();
    case Profile::Custom:
        return customUrl;
    case Profile::Sandbox:
        break;
    }
    return {};
}

QString EndpointSettings::profileKey(Profile profile)
{
    switch (profile) {
    case Profile::Videograph:
        return QStringLiteral("videograph");
    case Profile::Custom:
        return QStringLiteral("custom");
    case Profile::Sandbox:
        break;
    }
    return QStringLiteral("sandbox");
}

EndpointSettings::Profile EndpointSettings::profileFromKey(const QString &key)
{
    if (key == u"videograph")
        return Profile::Videograph;
    if (key == u"custom")
        return Profile::Custom;
    return Profile::Sandbox;
}
