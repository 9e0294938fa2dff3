#include "UrlIntake.h"

#include "SourceUrlRules.h"

#include <QCoreApplication>
#include <QSet>
#include <QUrl>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("UrlIntake", text);
}

} // namespace

QString UrlIntakeResult::summary() const
{
    // Spelled out for one and many: without a loaded translation Qt leaves "%n URL(s)" as is.
    QStringList parts;
    if (added.size() == 1)
        parts.append(tr("Added 1 source URL."));
    else if (!added.isEmpty())
        parts.append(tr("Added %1 source URLs.").arg(added.size()));
    if (duplicates == 1)
        parts.append(tr("Skipped 1 already in the list."));
    else if (duplicates > 1)
        parts.append(tr("Skipped %1 already in the list.").arg(duplicates));
    // Counted only: a status bar line cannot hold paths and reasons, which the caller lists.
    if (refused.size() == 1)
        parts.append(tr("Refused 1 that is not a public http(s) URL."));
    else if (refused.size() > 1)
        parts.append(tr("Refused %1 that are not public http(s) URLs.").arg(refused.size()));
    if (parts.isEmpty())
        return tr("No URLs found.");
    return parts.join(u' ');
}

namespace UrlIntake {

QString comparisonKey(const QString &url)
{
    const QUrl parsed(url.trimmed());
    if (!parsed.isValid())
        return url.trimmed();
    return parsed.adjusted(QUrl::NormalizePathSegments | QUrl::StripTrailingSlash).toString();
}

UrlIntakeResult sort(const QStringList &candidates, const QStringList &existingUrls)
{
    UrlIntakeResult result;
    QSet<QString> seen;
    seen.reserve(existingUrls.size() + candidates.size());
    for (const QString &url : existingUrls)
        seen.insert(comparisonKey(url));

    for (const QString &candidate : candidates) {
        const QString url = candidate.trimmed();
        const QString problem = SourceUrlRules::problemWith(url);
        if (!problem.isEmpty()) {
            result.refused.append({url, problem});
            continue;
        }
        const QString key = comparisonKey(url);
        if (seen.contains(key)) {
            ++result.duplicates;
            continue;
        }
        seen.insert(key);
        result.added.append(url);
    }
    return result;
}

} // namespace UrlIntake
