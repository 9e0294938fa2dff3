#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

// Finds URLs in the many shapes that browsers, file managers and chat programs hand over.
// It only finds candidates; whether each one may become a source is UrlIntake's call.
namespace UrlTextParser {

// text/uri-list: one URI per line, lines starting with '#' are comments.
QStringList fromUriList(const QByteArray &data);

// Free text: URLs among other words, separated by spaces, commas, semicolons or new lines.
// Anything with a scheme ("word:") is returned, so that refusals can say why.
QStringList fromPlainText(const QString &text);

// Mozilla's text/x-moz-url: UTF-16 text of URL and title lines, alternating.
QStringList fromMozUrl(const QByteArray &data);

// A Windows internet shortcut (.url): an INI file with URL= in [InternetShortcut].
std::optional<QString> fromInternetShortcut(const QByteArray &data);

// A macOS .webloc file (XML property list with a URL key).
std::optional<QString> fromWebloc(const QByteArray &data);

} // namespace UrlTextParser
