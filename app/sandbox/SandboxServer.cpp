#include "SandboxServer.h"

#include "SandboxEnvelope.h"
#include "SandboxPaging.h"
#include "SandboxRequestRules.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QTcpServer>
#include <QUrlQuery>

#include <utility>

using namespace Qt::StringLiterals;

namespace {
const QString kApiRoot = u"/video/services/api/v1"_s;
using Method = QHttpServerRequest::Method;
using Status = QHttpServerResponse::StatusCode;

// Header names are case-insensitive on the wire; do not rely on how the client spelled them.
QByteArray headerValue(const QHttpServerRequest &request, QByteArrayView name)
{
    const auto headers = request.headers();
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString methodName(Method method)
{
    switch (method) {
    case Method::Get: return u"GET"_s;
    case Method::Put: return u"PUT"_s;
    case Method::Delete: return u"DELETE"_s;
    case Method::Post: return u"POST"_s;
    case Method::Head: return u"HEAD"_s;
    case Method::Options: return u"OPTIONS"_s;
    case Method::Patch: return u"PATCH"_s;
    default: return u"request"_s;
    }
}
} // namespace

SandboxServer::SandboxServer(SandboxOptions options, QObject *parent)
    : QObject(parent),
      m_credentials(std::move(options.user), std::move(options.password)),
      m_store(options.stepMs),
      m_http(new QHttpServer(this))
{
    registerRoutes();
}

SandboxServer::~SandboxServer() = default;

quint16 SandboxServer::listen(quint16 port)
{
    if (m_tcp)
        return this->port();
    // Our own QTcpServer rather than QHttpServer::listen(): that one only logs why it failed,
    // and callers (the standalone tool, tests) need the reason as text.
    auto *tcp = new QTcpServer(m_http);
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        m_errorString = u"cannot listen on 127.0.0.1:"_s + QString::number(port) + u": "_s
            + tcp->errorString();
        delete tcp;
        return 0;
    }
    m_http->bind(tcp);
    m_tcp = tcp;
    m_errorString.clear();
    m_store.setOrigin(u"http://127.0.0.1:"_s + QString::number(tcp->serverPort()));
    return tcp->serverPort();
}

quint16 SandboxServer::port() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

QUrl SandboxServer::baseUrl() const
{
    if (!m_tcp)
        return {};
    QUrl url;
    url.setScheme(u"http"_s);
    url.setHost(u"127.0.0.1"_s);
    url.setPort(port());
    url.setPath(kApiRoot);
    return url;
}

QString SandboxServer::errorString() const
{
    return m_errorString;
}

int SandboxServer::contentCount() const
{
    return m_store.count();
}

int SandboxServer::requestCount() const
{
    return m_requestCount;
}

void SandboxServer::registerRoutes()
{
    // Only the routes and methods the API documents; everything else reaches the missing
    // handler, so a client calling a wrong path or verb hears a 404 envelope, not silence.
    m_http->route(kApiRoot + u"/contents/portrait_pro"_s, Method::Post,
                  [this](const QHttpServerRequest &request) { return handleCreate(request); });
    m_http->route(kApiRoot + u"/contents"_s, Method::Get,
                  [this](const QHttpServerRequest &request) { return handleList(request); });
    m_http->route(kApiRoot + u"/contents/<arg>"_s, Method::Get,
                  [this](const QString &id, const QHttpServerRequest &request) {
                      return handleFetch(id, request);
                  });
    m_http->route(kApiRoot + u"/contents/<arg>"_s, Method::Delete,
                  [this](const QString &id, const QHttpServerRequest &request) {
                      return handleDelete(id, request);
                  });
    m_http->setMissingHandler(
        [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            handleUnknownRoute(request).write(std::move(responder));
        });
}

QHttpServerResponse SandboxServer::handleCreate(const QHttpServerRequest &request)
{
    ++m_requestCount;
    if (auto refusal = refuseUnauthorized(request))
        return std::move(*refusal);
    if (auto refusal = refuseNonJsonBody(request))
        return std::move(*refusal);
    const auto verdict = SandboxRequestRules::checkCreateBody(request.body());
    if (!verdict.accepted())
        return SandboxEnvelope::failure(Status::BadRequest, verdict.problem);
    return SandboxEnvelope::success(m_store.create(verdict.body));
}

QHttpServerResponse SandboxServer::handleFetch(const QString &contentId,
                                               const QHttpServerRequest &request)
{
    ++m_requestCount;
    if (auto refusal = refuseUnauthorized(request))
        return std::move(*refusal);
    const std::optional<QJsonObject> content = m_store.find(contentId);
    if (!content)
        return contentNotFound(contentId);
    return SandboxEnvelope::success(*content);
}

QHttpServerResponse SandboxServer::handleList(const QHttpServerRequest &request)
{
    ++m_requestCount;
    if (auto refusal = refuseUnauthorized(request))
        return std::move(*refusal);
    const SandboxPaging::Page page = SandboxPaging::fromQuery(request.query());
    if (!page.problem.isEmpty())
        return SandboxEnvelope::failure(Status::BadRequest, page.problem);
    return SandboxEnvelope::success(m_store.newestFirst(page.start, page.limit));
}

QHttpServerResponse SandboxServer::handleDelete(const QString &contentId,
                                                const QHttpServerRequest &request)
{
    ++m_requestCount;
    if (auto refusal = refuseUnauthorized(request))
        return std::move(*refusal);
    if (!m_store.remove(contentId))
        return contentNotFound(contentId);
    return SandboxEnvelope::success(QJsonValue::Null, u"Content deleted"_s);
}

QHttpServerResponse SandboxServer::handleUnknownRoute(const QHttpServerRequest &request)
{
    ++m_requestCount;
    return SandboxEnvelope::failure(Status::NotFound, u"No route for "_s
                                        + methodName(request.method()) + u' '
                                        + request.url().path());
}

std::optional<QHttpServerResponse>
SandboxServer::refuseUnauthorized(const QHttpServerRequest &request) const
{
    if (m_credentials.accepts(headerValue(request, "Authorization")))
        return std::nullopt;
    QHttpServerResponse refusal = SandboxEnvelope::failure(
        Status::Unauthorized,
        u"Unauthorized request: missing or wrong access token id or secret key"_s);
    refusal.setHeader(QByteArrayLiteral("WWW-Authenticate"),
                      QByteArrayLiteral("Basic realm=\"Videograph sandbox\""));
    return refusal;
}

std::optional<QHttpServerResponse>
SandboxServer::refuseNonJsonBody(const QHttpServerRequest &request) const
{
    // Parameters such as "; charset=utf-8" are allowed; the media type itself must be JSON.
    const QByteArray contentType = headerValue(request, "Content-Type");
    const qsizetype semicolon = contentType.indexOf(';');
    const QByteArray mediaType = semicolon < 0 ? contentType : contentType.left(semicolon);
    if (mediaType.trimmed().toLower() == "application/json")
        return std::nullopt;
    return SandboxEnvelope::failure(Status::UnsupportedMediaType,
                                    u"Content-Type must be application/json"_s);
}

QHttpServerResponse SandboxServer::contentNotFound(const QString &contentId)
{
    return SandboxEnvelope::failure(Status::NotFound, u"Content not found: "_s + contentId);
}
