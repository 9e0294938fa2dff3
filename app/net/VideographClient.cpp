#include "VideographClient.h"

#include "CreatePortraitCall.h"
#include "DeleteContentCall.h"
#include "GetContentCall.h"
#include "ListContentsCall.h"
#include "SecretRedactor.h"
#include "TransportPolicy.h"
#include "WireFormat.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QUrlQuery>
#include <limits>

namespace {

const QString apiPrefix = QStringLiteral("/video/services/api/v1");

QString withoutTrailingSlashes(QString path)
{
    while (path.endsWith(u'/'))
        path.chop(1);
    return path;
}

} // namespace

VideographClient::VideographClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
}

void VideographClient::setEndpoint(const QUrl &baseUrl)
{
    // User info in the URL would make Qt send its own Basic header, to wherever the URL leads.
    QUrl url = baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment);
    QString path = withoutTrailingSlashes(url.path(QUrl::FullyEncoded));
    if (path.endsWith(apiPrefix, Qt::CaseInsensitive))
        path = withoutTrailingSlashes(path.chopped(apiPrefix.size()));
    url.setPath(path, QUrl::TolerantMode);
    m_endpoint = url;
}

QUrl VideographClient::endpoint() const
{
    return m_endpoint;
}

void VideographClient::setCredentials(const Credentials &credentials)
{
    m_credentials = credentials;
}

Credentials VideographClient::credentials() const
{
    return m_credentials;
}

void VideographClient::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

std::chrono::milliseconds VideographClient::timeout() const
{
    return m_timeout;
}

CreatePortraitCall *VideographClient::createPortrait(const PortraitRequest &request)
{
    auto *call = new CreatePortraitCall(this);
    prepare(call, QByteArrayLiteral("POST"), createPortraitUrl(),
            WireFormat::requestToBody(request));
    return call;
}

GetContentCall *VideographClient::getContent(const QString &contentId)
{
    auto *call = new GetContentCall(this);
    prepare(call, QByteArrayLiteral("GET"), contentUrl(contentId));
    return call;
}

ListContentsCall *VideographClient::listContents(int start, int limit)
{
    auto *call = new ListContentsCall(this);
    QUrl url = apiUrl(QStringLiteral("/contents"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("start"), QString::number(start));
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    url.setQuery(query);
    prepare(call, QByteArrayLiteral("GET"), url);
    return call;
}

DeleteContentCall *VideographClient::deleteContent(const QString &contentId)
{
    auto *call = new DeleteContentCall(this);
    prepare(call, QByteArrayLiteral("DELETE"), contentUrl(contentId));
    return call;
}

QNetworkRequest VideographClient::requestFor(const QUrl &target, const QUrl &origin,
                                             const Credentials &credentials,
                                             std::chrono::milliseconds timeout, bool hasBody)
{
    QNetworkRequest request(target);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    if (hasBody)
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    // Qt's own redirect handling would carry the Authorization header to any origin.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    const auto msecs = std::min<std::chrono::milliseconds::rep>(timeout.count(),
                                                                 std::numeric_limits<int>::max());
    request.setTransferTimeout(static_cast<int>(std::max<std::chrono::milliseconds::rep>(msecs, 0)));
    if (credentials.isComplete() && TransportPolicy::sameOrigin(target, origin))
        request.setRawHeader(QByteArrayLiteral("Authorization"), "Basic " + basicToken(credentials));
    return request;
}

QByteArray VideographClient::basicToken(const Credentials &credentials)
{
    return (credentials.tokenId + u':' + credentials.secretKey).toUtf8().toBase64();
}

SecretRedactor VideographClient::redactorFor(const Credentials &credentials)
{
    return SecretRedactor({credentials.secretKey, credentials.tokenId,
                           QString::fromLatin1(basicToken(credentials))});
}

QUrl VideographClient::createPortraitUrl() const
{
    return apiUrl(QStringLiteral("/contents/portrait_pro"));
}

QUrl VideographClient::apiUrl(const QString &encodedRoute) const
{
    if (m_endpoint.isEmpty())
        return {};
    QUrl url = m_endpoint;
    url.setPath(m_endpoint.path(QUrl::FullyEncoded) + apiPrefix + encodedRoute, QUrl::TolerantMode);
    return url;
}

QUrl VideographClient::contentUrl(const QString &contentId) const
{
    const QString id = contentId.trimmed();
    if (id.isEmpty())
        return {}; // refused as an invalid URL rather than silently asking for the list
    return apiUrl(QStringLiteral("/contents/") + QString::fromLatin1(QUrl::toPercentEncoding(id)));
}

void VideographClient::prepare(ApiCall *call, const QByteArray &verb, const QUrl &url,
                               const QByteArray &body)
{
    call->prepare(verb, url, body, m_network, m_credentials, m_timeout);
}
