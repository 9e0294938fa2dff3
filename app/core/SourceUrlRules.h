#pragma once

#include <QString>

// The API downloads each source itself, so a source must be a public http(s) URL with a host.
namespace SourceUrlRules {

// Why the text is not an acceptable source URL, or an empty string when it is.
QString problemWith(const QString &text);

inline bool isAcceptable(const QString &text) { return problemWith(text).isEmpty(); }

} // namespace SourceUrlRules
