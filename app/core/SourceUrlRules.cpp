#include "SourceUrlRules.h"

#include <QCoreApplication>
#include <QUrl>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SourceUrlRules", text);
}

} // namespace

namespace SourceUrlRules {

QString problemWith(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return tr("Enter the URL of the source video, starting with https://.");
    if (trimmed.contains(u' '))
        return tr("A URL cannot contain spaces. Check that only one URL is in this cell.");

    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return tr("This is not a valid URL. Check it for typing mistakes.");
    if (url.isRelative())
        return tr("The URL must be complete, starting with https:// (or http://).");
    if (url.isLocalFile())
        return tr("Local files cannot be used: Videograph downloads the source from a public URL.");
    const QString scheme = url.scheme().toLower();
    if (scheme != u"http" && scheme != u"https")
        return tr("Only http:// and https:// URLs can be used: Videograph downloads the source from them.");
    if (url.host().isEmpty())
        return tr("The URL has no host name. Use a URL like https://example.com/video.mp4.");
    return {};
}

} // namespace SourceUrlRules
