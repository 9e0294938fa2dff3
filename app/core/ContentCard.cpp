#include "ContentCard.h"

#include <QUrlQuery>

ContentCard::Phase ContentCard::phase() const
{
    const QString normalised = status.trimmed();
    if (normalised.compare(u"Ready", Qt::CaseInsensitive) == 0)
        return Phase::Ready;
    if (normalised.compare(u"Failed", Qt::CaseInsensitive) == 0)
        return Phase::Failed;
    return Phase::InProgress;
}

QUrl ContentCard::shareUrl() const
{
    if (contentId.isEmpty())
        return {};
    QUrl url(QStringLiteral("https://dashboard.videograph.ai/videos/embed"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("videoId"), contentId);
    url.setQuery(query);
    return url;
}
