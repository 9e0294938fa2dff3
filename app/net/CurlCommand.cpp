#include "CurlCommand.h"

#include <QStringList>

namespace CurlCommand {

QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

QString forPost(const QUrl &url, const QByteArray &jsonBody, Credentials credentials)
{
    const QString auth = credentials == Credentials::Masked
        ? QStringLiteral("-H 'Authorization: Basic ••••••••'")
        : QStringLiteral("-u \"$VIDEOGRAPH_ACCESS_TOKEN:$VIDEOGRAPH_SECRET_KEY\"");
    const QStringList lines{
        QStringLiteral("curl -X POST ") + shellQuote(url.toString(QUrl::RemoveUserInfo)),
        QStringLiteral("  -H 'Content-Type: application/json'"),
        QStringLiteral("  -H 'Accept: application/json'"),
        QStringLiteral("  ") + auth,
        QStringLiteral("  -d ") + shellQuote(QString::fromUtf8(jsonBody)),
    };
    return lines.join(QStringLiteral(" \\\n"));
}

} // namespace CurlCommand
