#include "TransportPolicy.h"

#include <QHostAddress>

namespace {

bool isHttps(const QUrl &url)
{
    return url.scheme().compare(u"https", Qt::CaseInsensitive) == 0;
}

bool isHttp(const QUrl &url)
{
    return url.scheme().compare(u"http", Qt::CaseInsensitive) == 0;
}

} // namespace

namespace TransportPolicy {

int effectivePort(const QUrl &url)
{
    return url.port(isHttps(url) ? 443 : 80);
}

bool isLoopbackHost(const QString &host)
{
    QString name = host.trimmed().toLower();
    if (name.endsWith(u'.'))
        name.chop(1);
    if (name == u"localhost")
        return true;
    if (name.startsWith(u'[') && name.endsWith(u']'))
        name = name.mid(1, name.size() - 2);
    const QHostAddress address(name);
    return !address.isNull() && address.isLoopback();
}

ApiError::Kind refusalFor(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty() || !(isHttp(url) || isHttps(url)))
        return ApiError::Kind::InvalidUrl;
    if (isHttp(url) && !isLoopbackHost(url.host()))
        return ApiError::Kind::InsecureUrl;
    return ApiError::Kind::None;
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && effectivePort(a) == effectivePort(b);
}

Hop redirectTarget(const QUrl &from, const QByteArray &location)
{
    const QByteArray trimmed = location.trimmed();
    if (trimmed.isEmpty())
        return {{}, ApiError::Kind::InvalidUrl};
    const QUrl target = from.resolved(QUrl::fromEncoded(trimmed));
    if (isHttps(from) && isHttp(target))
        return {target, ApiError::Kind::InsecureUrl};
    return {target, refusalFor(target)};
}

} // namespace TransportPolicy
