#pragma once

#include "ApiCall.h"
#include "ContentCard.h"

// GET /contents/{id}: the content as it is now; poll it until phase() is no longer InProgress.
class GetContentCall : public ApiCall
{
    Q_OBJECT

public:
    ContentCard card() const { return m_card; }

protected:
    bool readData(const QJsonValue &data) override;

private:
    friend class VideographClient;
    explicit GetContentCall(QObject *parent) : ApiCall(parent) {}

    ContentCard m_card;
};
