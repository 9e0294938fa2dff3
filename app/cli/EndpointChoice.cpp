#include "EndpointChoice.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("EndpointChoice", text);
}

} // namespace

EndpointChoice EndpointChoice::resolve(const LaunchOptions &options, const QProcessEnvironment &environment)
{
    EndpointChoice choice;
    QUrl base = options.baseUrl;
    if (base.isEmpty() && environment.contains(QStringLiteral("VIDEOGRAPH_BASE_URL")))
        base = QUrl::fromUserInput(environment.value(QStringLiteral("VIDEOGRAPH_BASE_URL")));
    if (options.forceSandbox || base.isEmpty())
        return choice;

    choice.sandbox = false;
    choice.baseUrl = base;
    choice.credentials.tokenId = environment.value(QStringLiteral("VIDEOGRAPH_ACCESS_TOKEN"));
    choice.credentials.secretKey = environment.value(QStringLiteral("VIDEOGRAPH_SECRET_KEY"));
    choice.note = choice.credentials.isComplete()
        ? tr("credentials from VIDEOGRAPH_ACCESS_TOKEN and VIDEOGRAPH_SECRET_KEY")
        : tr("no credentials: set VIDEOGRAPH_ACCESS_TOKEN and VIDEOGRAPH_SECRET_KEY");
    return choice;
}
