#pragma once

#include <QString>
#include <optional>

// Clip times as people type them: "SS", "MM:SS" or "HH:MM:SS", in whole seconds.
namespace TimeCode {

// Seconds from the start of the source, or nothing when the text is not a time.
// Leading and trailing spaces are ignored; an empty text is not a time.
std::optional<int> parse(const QString &text);

// The shortest of the accepted forms that reads naturally: "45", "1:05", "1:00:05".
QString format(int seconds);

// The largest time accepted, so that seconds always fit the API's integer field.
constexpr int maximumSeconds = 99 * 3600 + 59 * 60 + 59;

} // namespace TimeCode
