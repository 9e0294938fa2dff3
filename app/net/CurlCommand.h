#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

// The curl command equivalent to one request, for the preview panel and "Copy as curl".
// It never holds the credentials themselves.
namespace CurlCommand {

enum class Credentials {
    Masked,           // shown on screen: the Authorization header with its value hidden
    FromEnvironment,  // copied: curl reads $VIDEOGRAPH_ACCESS_TOKEN and $VIDEOGRAPH_SECRET_KEY
};

QString forPost(const QUrl &url, const QByteArray &jsonBody, Credentials credentials);

// Wraps text in single quotes for a POSIX shell, so any character in it stays literal.
QString shellQuote(const QString &text);

} // namespace CurlCommand
