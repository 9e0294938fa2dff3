#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QString>
#include <QUrl>

class QNetworkReply;
class QNetworkRequest;

// Talks to a SandboxServer over real TCP, the way the client does, and waits for each answer
// with QSignalSpy so that sandbox tests read as plain request/answer pairs.
class SandboxTestClient
{
public:
    struct Reply
    {
        bool finished = false;
        int httpStatus = 0;
        QByteArray contentType;
        QByteArray wwwAuthenticate;
        QByteArray body;
        QJsonObject envelope; // empty when the body is not a JSON object

        QString message() const { return envelope.value(QStringLiteral("message")).toString(); }
        QJsonObject data() const { return envelope.value(QStringLiteral("data")).toObject(); }
        QJsonArray dataArray() const { return envelope.value(QStringLiteral("data")).toArray(); }
    };

    // Starts with the sandbox's default credentials.
    explicit SandboxTestClient(QUrl baseUrl);

    void setCredentials(const QString &user, const QString &password);
    void setAuthorizationHeader(const QByteArray &value); // sent verbatim; empty sends none

    Reply create(const QByteArray &body,
                 const QByteArray &contentType = QByteArrayLiteral("application/json"));
    Reply create(const QJsonObject &body);
    Reply get(const QString &pathAndQuery);
    Reply remove(const QString &path);
    Reply send(const QByteArray &verb, const QString &pathAndQuery);

    // A body every rule accepts: the smallest valid create request.
    static QJsonObject minimalBody();

private:
    QNetworkRequest requestFor(const QString &pathAndQuery) const;
    static Reply await(QNetworkReply *reply);

    QUrl m_baseUrl;
    QByteArray m_authorization;
    QNetworkAccessManager m_manager;
};
