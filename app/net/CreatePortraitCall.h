#pragma once

#include "ApiCall.h"
#include "ContentCard.h"

// POST /contents/portrait_pro: the new content, as the server first describes it (status Pending).
class CreatePortraitCall : public ApiCall
{
    Q_OBJECT

public:
    ContentCard card() const { return m_card; }

protected:
    bool readData(const QJsonValue &data) override;

private:
    friend class VideographClient;
    explicit CreatePortraitCall(QObject *parent) : ApiCall(parent) {}

    ContentCard m_card;
};
