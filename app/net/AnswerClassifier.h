#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonValue>

// Judges an HTTP answer — status, content type, body, Retry-After — the same way whether it
// came over the network or from ApiCall::completeWith, so every rule is tested without a socket.
namespace AnswerClassifier {

struct Answer
{
    int httpStatus = 0;
    QByteArray contentType;
    QByteArray body;
    QByteArray retryAfter;
};

struct Verdict
{
    ApiError error;  // Kind::None when the envelope says the call worked
    QJsonValue data; // the envelope's data, for the call to read; only set on success
};

// The HTTP status decides first for 4xx and 5xx (a proxy's HTML 502 is still a server error,
// with the envelope's message when there is one); a 2xx must then be a JSON envelope that does
// not say "Failed". Details carry the raw body, unredacted: the caller strips secrets.
Verdict classify(const Answer &answer, const QDateTime &now = QDateTime::currentDateTimeUtc());

// application/json, text/json and any */*+json; parameters such as charset are ignored.
bool isJsonContentType(const QByteArray &contentType);

} // namespace AnswerClassifier
