#pragma once

#include <QByteArray>
#include <QDateTime>
#include <optional>

// The Retry-After header, which RFC 9110 allows as either delay-seconds or an HTTP-date.
namespace RetryAfter {

// Whole seconds to wait from `now`, rounded up; a date in the past means 0. Nothing when the
// header is absent or unreadable, so the caller falls back to its own pacing.
std::optional<int> seconds(const QByteArray &header, const QDateTime &now);

} // namespace RetryAfter
