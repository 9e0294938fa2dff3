#include "ContentCardCall.h"

#include "WireFormat.h"

#include <QJsonObject>

bool ContentCardCall::hasUsableId(const ContentCard &card)
{
    return !card.contentId.trimmed().isEmpty();
}

bool ContentCardCall::readData(const QJsonValue &data)
{
    if (!data.isObject())
        return false;
    ContentCard card = WireFormat::contentFromJson(data.toObject());
    if (!hasUsableId(card))
        return false;
    m_card = card;
    return true;
}
