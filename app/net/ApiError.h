#pragma once

#include <QString>
#include <QUrl>
#include <optional>

// What went wrong with one call, as a code from a small set plus the server's own words.
// Nothing here ever holds a secret: details are stripped before they are stored.
struct ApiError
{
    enum class Kind {
        None,
        Rejected,          // 4xx with the server's reason (a body the server refused)
        Unauthorized,      // 401/403: wrong or missing credentials
        NotFound,          // 404
        RateLimited,       // 429, see retryAfterSecs
        ServerError,       // 5xx
        NotJson,           // an HTML error page, plain text, anything but JSON
        EmptyAnswer,       // no body where one was needed
        TruncatedAnswer,   // the answer stopped part way
        UnexpectedAnswer,  // JSON, but without what the call needs
        Failed,            // HTTP success but the envelope says "Failed"
        ConnectionRefused,
        ConnectionReset,   // closed or reset while talking
        HostNotFound,
        Tls,               // certificate or handshake problem
        Timeout,
        InsecureUrl,       // plain http to a host that is not loopback: refused before sending
        InvalidUrl,
        TooLarge,          // answer over the size cap
        Cancelled,         // the person pressed Cancel
        Network,           // any other network failure
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString serverMessage;               // the envelope's message, if any
    std::optional<int> retryAfterSecs;   // from Retry-After on a 429 or 503
    QString details;                     // a short, secret-free sample for a "details" view
    QUrl url;                            // where the call was talking to, so messages can name it
    int waitedMs = 0;                    // on a Timeout: how long the call waited for an answer

    bool isError() const { return kind != Kind::None; }
};
