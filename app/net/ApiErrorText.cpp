#include "ApiErrorText.h"

#include "TransportPolicy.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

using Kind = ApiError::Kind;

QString tr(const char *text)
{
    return QCoreApplication::translate("ApiErrorText", text);
}

// Seconds as a plain number ("30", "1.5", "0.3"): the unit stays "s" so no plural form is needed.
QString secondsText(double secs)
{
    return QLocale().toString(secs, 'g', 3);
}

QString hostAndPort(const QUrl &url)
{
    if (url.host().isEmpty())
        return tr("the server");
    return QStringLiteral("%1:%2").arg(url.host()).arg(TransportPolicy::effectivePort(url));
}

QString hostName(const QUrl &url)
{
    return url.host().isEmpty() ? tr("the server") : url.host();
}

QString quoted(const QString &message)
{
    return tr("Videograph said: “%1”").arg(message.trimmed());
}

QString rejectedText(const ApiError &error)
{
    if (!error.serverMessage.trimmed().isEmpty())
        return quoted(error.serverMessage);
    return tr("The server refused the request (HTTP %1) without saying why. Check the fields "
              "and try again.").arg(error.httpStatus);
}

QString rateLimitedText(const ApiError &error)
{
    if (error.retryAfterSecs)
        return tr("Videograph asks to wait %1 s before the next request.")
            .arg(secondsText(*error.retryAfterSecs));
    return tr("Videograph asks to slow down. Wait a little before the next request.");
}

QString serverErrorText(const ApiError &error)
{
    const QString intro = tr("Videograph could not handle the request (HTTP %1). The problem is on "
                             "the server's side; try again later.").arg(error.httpStatus);
    if (error.serverMessage.trimmed().isEmpty())
        return intro;
    return intro + u' ' + quoted(error.serverMessage);
}

QString failedText(const ApiError &error)
{
    if (!error.serverMessage.trimmed().isEmpty())
        return quoted(error.serverMessage);
    return tr("Videograph reported a failure without saying why.");
}

QString timeoutText(const ApiError &error)
{
    if (error.waitedMs <= 0)
        return tr("The server did not answer in time.");
    return tr("Nothing arrived from the server for %1 s, so the request was given up.")
        .arg(secondsText(error.waitedMs / 1000.0));
}

QString tooLargeText()
{
    return tr("The answer was larger than %1 MiB, so it was not read.")
        .arg(TransportPolicy::maxAnswerBytes / (1024 * 1024));
}

} // namespace

namespace ApiErrorText {

QString caption(const ApiError &error)
{
    switch (error.kind) {
    case Kind::None: return tr("Done");
    case Kind::Rejected: return tr("Videograph refused the request");
    case Kind::Unauthorized: return tr("Videograph did not accept the access token or secret key.");
    case Kind::NotFound: return tr("Not found");
    case Kind::RateLimited: return tr("Too many requests");
    case Kind::ServerError: return tr("Videograph had a problem");
    case Kind::NotJson: return tr("Not an answer from the API");
    case Kind::EmptyAnswer: return tr("Empty answer");
    case Kind::TruncatedAnswer: return tr("Incomplete answer");
    case Kind::UnexpectedAnswer: return tr("Unexpected answer");
    case Kind::Failed: return tr("Videograph reported a failure");
    case Kind::ConnectionRefused: return tr("Connection refused");
    case Kind::ConnectionReset: return tr("Connection dropped");
    case Kind::HostNotFound: return tr("Server not found");
    case Kind::Tls: return tr("Secure connection failed");
    case Kind::Timeout: return tr("No answer in time");
    case Kind::InsecureUrl: return tr("Unencrypted address refused");
    case Kind::InvalidUrl: return tr("Invalid address");
    case Kind::TooLarge: return tr("Answer too large");
    case Kind::Cancelled: return tr("Cancelled");
    case Kind::Network: return tr("Network problem");
    }
    return tr("Unknown problem");
}

QString explanation(const ApiError &error)
{
    switch (error.kind) {
    case Kind::None:
        return {};
    case Kind::Rejected:
        return rejectedText(error);
    case Kind::Unauthorized:
        return tr("Check both in Settings; the token pair must belong to this environment and have "
                  "Video Read and Write permission.");
    case Kind::NotFound:
        return tr("Videograph has no such content; it may have been deleted. If every request ends "
                  "like this, the base URL in Settings may be wrong.");
    case Kind::RateLimited:
        return rateLimitedText(error);
    case Kind::ServerError:
        return serverErrorText(error);
    case Kind::NotJson:
        return tr("The server answered with a web page instead of data. A proxy may be in the way, "
                  "or the base URL in Settings may be wrong.");
    case Kind::EmptyAnswer:
        return tr("The server answered without any data.");
    case Kind::TruncatedAnswer:
        return tr("The answer stopped part way, perhaps because the connection dropped.");
    case Kind::UnexpectedAnswer:
        return tr("The server answered, but without what this app needs. The base URL may point to "
                  "another service, or the API may have changed.");
    case Kind::Failed:
        return failedText(error);
    case Kind::ConnectionRefused:
        return tr("Nothing accepted the connection at %1. Check the base URL in Settings, and that "
                  "the server is running.").arg(hostAndPort(error.url));
    case Kind::ConnectionReset:
        return tr("The connection to %1 closed before the answer was complete.")
            .arg(hostAndPort(error.url));
    case Kind::HostNotFound:
        return tr("The name %1 could not be found. Check the base URL in Settings and the internet "
                  "connection.").arg(hostName(error.url));
    case Kind::Tls:
        return tr("The certificate of %1 could not be verified, so nothing was sent. The details "
                  "say what is wrong with it.").arg(hostName(error.url));
    case Kind::Timeout:
        return timeoutText(error);
    case Kind::InsecureUrl:
        return tr("Plain http:// would send the secret key unencrypted, so nothing was sent to %1. "
                  "Use https://; plain http is allowed only to this computer (localhost).")
            .arg(hostName(error.url));
    case Kind::InvalidUrl:
        return tr("The address is not a complete http(s) URL. Check the base URL in Settings.");
    case Kind::TooLarge:
        return tooLargeText();
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::Network:
        return tr("The request could not be completed. Check the internet connection and try again.");
    }
    return {};
}

bool outcomeUnknown(const ApiError &error)
{
    const bool answered2xx = error.httpStatus >= 200 && error.httpStatus < 300;
    switch (error.kind) {
    case Kind::Timeout:
    case Kind::ConnectionReset:
    case Kind::TruncatedAnswer:
    case Kind::EmptyAnswer:
    case Kind::Cancelled: // cancelling stops the wait, not a request the server already has
        return true;
    case Kind::TooLarge: // the server did answer; only reading it failed
    case Kind::NotJson:
    case Kind::UnexpectedAnswer: // e.g. a create "success" without the new content's id
        return answered2xx;
    case Kind::ServerError: // a gateway gave up waiting; the server behind it may have finished
        return error.httpStatus == 502 || error.httpStatus == 504;
    default:
        return false;
    }
}

} // namespace ApiErrorText
