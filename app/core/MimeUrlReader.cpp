#include "MimeUrlReader.h"

#include "UrlTextParser.h"

#include <QFile>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

namespace {

const QString kMozUrl = QStringLiteral("text/x-moz-url");
const QString kUriList = QStringLiteral("text/uri-list");

// Shortcut files are a few hundred bytes; anything far larger is not one worth reading.
constexpr qint64 kMaxShortcutBytes = 64 * 1024;

QStringList fromUrls(const QList<QUrl> &urls)
{
    QStringList result;
    result.reserve(urls.size());
    for (const QUrl &url : urls) {
        if (url.isLocalFile()) {
            if (const auto target = MimeUrlReader::shortcutTarget(url.toLocalFile())) {
                result.append(*target);
                continue;
            }
        }
        result.append(url.toString());
    }
    return result;
}

} // namespace

namespace MimeUrlReader {

bool mayHaveUrls(const QMimeData &data)
{
    return data.hasUrls() || data.hasFormat(kMozUrl) || data.hasText();
}

QStringList candidates(const QMimeData &data)
{
    // Most specific first: a browser that offers a URI list also offers the title as text.
    if (data.hasFormat(kUriList))
        return fromUrls(QUrl::fromStringList(UrlTextParser::fromUriList(data.data(kUriList))));
    if (data.hasUrls())
        return fromUrls(data.urls());
    if (data.hasFormat(kMozUrl))
        return UrlTextParser::fromMozUrl(data.data(kMozUrl));
    if (data.hasText())
        return UrlTextParser::fromPlainText(data.text());
    return {};
}

std::optional<QString> shortcutTarget(const QString &localPath)
{
    const QString suffix = QFileInfo(localPath).suffix().toLower();
    if (suffix != u"url" && suffix != u"webloc")
        return std::nullopt;
    QFile file(localPath);
    if (file.size() > kMaxShortcutBytes || !file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray content = file.read(kMaxShortcutBytes);
    return suffix == u"url" ? UrlTextParser::fromInternetShortcut(content) : UrlTextParser::fromWebloc(content);
}

} // namespace MimeUrlReader
