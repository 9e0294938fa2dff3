#include "EnvironmentOverrides.h"

EnvironmentOverrides EnvironmentOverrides::read(const QUrl &commandLineBaseUrl, bool forceSandbox,
                                                const QProcessEnvironment &environment)
{
    EnvironmentOverrides overrides;
    overrides.forceSandbox = forceSandbox;
    overrides.baseUrl = commandLineBaseUrl;
    const QString fromEnvironment = environment.value(QStringLiteral("VIDEOGRAPH_BASE_URL")).trimmed();
    if (overrides.baseUrl.isEmpty() && !fromEnvironment.isEmpty())
        overrides.baseUrl = QUrl::fromUserInput(fromEnvironment);
    overrides.tokenId = environment.value(QStringLiteral("VIDEOGRAPH_ACCESS_TOKEN")).trimmed();
    overrides.secretKey = environment.value(QStringLiteral("VIDEOGRAPH_SECRET_KEY")).trimmed();
    return overrides;
}
