#pragma once

#include "ApiCall.h"
#include "ContentCard.h"

#include <QList>

// GET /contents?start=&limit=: one page of the account's contents.
class ListContentsCall : public ApiCall
{
    Q_OBJECT

public:
    QList<ContentCard> cards() const { return m_cards; }

protected:
    bool readData(const QJsonValue &data) override;

private:
    friend class VideographClient;
    explicit ListContentsCall(QObject *parent) : ApiCall(parent) {}

    QList<ContentCard> m_cards;
};
