#pragma once

#include <QHttpServerResponse>
#include <QJsonValue>
#include <QString>

// Every answer of the Videograph API is the same envelope ({code, status, message, data}); this
// is the one place that writes it, so all routes agree on its shape and its Content-Type.
class SandboxEnvelope
{
public:
    static QHttpServerResponse success(const QJsonValue &data,
                                       const QString &message = QStringLiteral("Data success"));
    static QHttpServerResponse failure(QHttpServerResponse::StatusCode status,
                                       const QString &message);

private:
    static QHttpServerResponse respond(QHttpServerResponse::StatusCode status,
                                       const QString &outcome, const QString &message,
                                       const QJsonValue &data);
};
