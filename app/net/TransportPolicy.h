#pragma once

#include "ApiError.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

// Where a call may send the access token, decided in one place: DESIGN.md's transport rules
// (no plain http except to this computer, never credentials to another origin) as plain
// functions, so each rule is tested without a socket.
namespace TransportPolicy {

// Enough for any real answer of this API (a list page is a few KiB); anything bigger is a
// misbehaving server or proxy, and buffering it would only cost memory.
inline constexpr qint64 maxAnswerBytes = 8 * 1024 * 1024;

// A few hops cover http→https and load-balancer moves; more is a loop.
inline constexpr int maxRedirects = 5;

// 127.0.0.0/8, ::1 and "localhost": traffic that never leaves the machine.
bool isLoopbackHost(const QString &host);

// Why a call must not go to this URL (InvalidUrl, InsecureUrl), or Kind::None.
ApiError::Kind refusalFor(const QUrl &url);

// The URL's port, or the scheme's default (443 for https, 80 otherwise) when it names none.
int effectivePort(const QUrl &url);

// Scheme, host and port (with the scheme's default filled in) all equal.
bool sameOrigin(const QUrl &a, const QUrl &b);

struct Hop
{
    QUrl target;
    ApiError::Kind refusal = ApiError::Kind::None;
};

// Where a redirect from `from` with this Location header leads, or why it is not followed.
// An https→http step is refused even to loopback: it would undo the protection just used.
Hop redirectTarget(const QUrl &from, const QByteArray &location);

} // namespace TransportPolicy
