#include "SandboxTestClient.h"

#include "SandboxOptions.h"

#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>

#include <utility>

using namespace Qt::StringLiterals;

SandboxTestClient::SandboxTestClient(QUrl baseUrl) : m_baseUrl(std::move(baseUrl))
{
    // A proxy from the environment must never stand between a test and its loopback server.
    m_manager.setProxy(QNetworkProxy::NoProxy);
    const SandboxOptions defaults;
    setCredentials(defaults.user, defaults.password);
}

void SandboxTestClient::setCredentials(const QString &user, const QString &password)
{
    m_authorization = "Basic " + QString(user + u':' + password).toUtf8().toBase64();
}

void SandboxTestClient::setAuthorizationHeader(const QByteArray &value)
{
    m_authorization = value;
}

SandboxTestClient::Reply SandboxTestClient::create(const QByteArray &body,
                                                   const QByteArray &contentType)
{
    QNetworkRequest request = requestFor(u"/contents/portrait_pro"_s);
    request.setRawHeader("Content-Type", contentType);
    return await(m_manager.post(request, body));
}

SandboxTestClient::Reply SandboxTestClient::create(const QJsonObject &body)
{
    return create(QJsonDocument(body).toJson(QJsonDocument::Compact));
}

SandboxTestClient::Reply SandboxTestClient::get(const QString &pathAndQuery)
{
    return await(m_manager.get(requestFor(pathAndQuery)));
}

SandboxTestClient::Reply SandboxTestClient::remove(const QString &path)
{
    return await(m_manager.deleteResource(requestFor(path)));
}

SandboxTestClient::Reply SandboxTestClient::send(const QByteArray &verb,
                                                 const QString &pathAndQuery)
{
    return await(m_manager.sendCustomRequest(requestFor(pathAndQuery), verb));
}

QJsonObject SandboxTestClient::minimalBody()
{
    return QJsonObject{
        {u"title"_s, u"Minimal"_s},
        {u"playback_policy"_s, QJsonArray{u"public"_s}},
        {u"content"_s, QJsonArray{QJsonObject{{u"url"_s, u"https://example.com/source.mp4"_s}}}},
    };
}

QNetworkRequest SandboxTestClient::requestFor(const QString &pathAndQuery) const
{
    QNetworkRequest request(QUrl(m_baseUrl.toString() + pathAndQuery));
    request.setRawHeader("Accept", "application/json");
    if (!m_authorization.isEmpty())
        request.setRawHeader("Authorization", m_authorization);
    return request;
}

SandboxTestClient::Reply SandboxTestClient::await(QNetworkReply *reply)
{
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    Reply result;
    result.finished = reply->isFinished();
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.contentType = reply->rawHeader("Content-Type");
    result.wwwAuthenticate = reply->rawHeader("WWW-Authenticate");
    result.body = reply->readAll();
    result.envelope = QJsonDocument::fromJson(result.body).object();
    reply->deleteLater();
    return result;
}
