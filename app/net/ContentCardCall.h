#pragma once

#include "ApiCall.h"
#include "ContentCard.h"

// The shared base of the calls whose answer is one content (create and get): both read the
// same card from the envelope's data.
class ContentCardCall : public ApiCall
{
    Q_OBJECT

public:
    ContentCard card() const { return m_card; }

    // Without an id a card could not be followed, deleted or shared: it is not usable.
    static bool hasUsableId(const ContentCard &card);

protected:
    explicit ContentCardCall(QObject *parent) : ApiCall(parent) {}

    bool readData(const QJsonValue &data) override;

private:
    ContentCard m_card;
};
