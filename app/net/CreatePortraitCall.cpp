#include "CreatePortraitCall.h"

#include "WireFormat.h"

#include <QJsonObject>

bool CreatePortraitCall::readData(const QJsonValue &data)
{
    // Without an id the card could not be followed, deleted or shared: the answer is not usable.
    if (!data.isObject())
        return false;
    ContentCard card = WireFormat::contentFromJson(data.toObject());
    if (card.contentId.trimmed().isEmpty())
        return false;
    m_card = card;
    return true;
}
