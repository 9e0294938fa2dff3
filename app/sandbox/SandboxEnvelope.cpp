#include "SandboxEnvelope.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

QHttpServerResponse SandboxEnvelope::success(const QJsonValue &data, const QString &message)
{
    return respond(QHttpServerResponse::StatusCode::Ok, u"Success"_s, message, data);
}

QHttpServerResponse SandboxEnvelope::failure(QHttpServerResponse::StatusCode status,
                                             const QString &message)
{
    return respond(status, u"Failed"_s, message, QJsonValue::Null);
}

QHttpServerResponse SandboxEnvelope::respond(QHttpServerResponse::StatusCode status,
                                             const QString &outcome, const QString &message,
                                             const QJsonValue &data)
{
    const QJsonObject envelope{
        {u"code"_s, static_cast<int>(status)},
        {u"status"_s, outcome},
        {u"message"_s, message},
        {u"data"_s, data},
    };
    return QHttpServerResponse(QByteArrayLiteral("application/json"),
                               QJsonDocument(envelope).toJson(QJsonDocument::Compact), status);
}
