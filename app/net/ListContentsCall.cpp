#include "ListContentsCall.h"

#include "ContentCardCall.h"
#include "WireFormat.h"

#include <QJsonArray>
#include <QJsonObject>

bool ListContentsCall::readData(const QJsonValue &data)
{
    if (!data.isArray())
        return false;
    // One odd row should not hide the others: rows that are not contents with an id are skipped.
    QList<ContentCard> cards;
    for (const QJsonValue &item : data.toArray()) {
        if (!item.isObject())
            continue;
        ContentCard card = WireFormat::contentFromJson(item.toObject());
        if (ContentCardCall::hasUsableId(card))
            cards.append(card);
    }
    m_cards = cards;
    return true;
}
