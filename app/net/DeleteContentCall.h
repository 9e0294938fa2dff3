#pragma once

#include "ApiCall.h"

// DELETE /contents/{id}. Success is the envelope's (or the HTTP status's) word alone.
class DeleteContentCall : public ApiCall
{
    Q_OBJECT

protected:
    bool readData(const QJsonValue &data) override;

private:
    friend class VideographClient;
    explicit DeleteContentCall(QObject *parent) : ApiCall(parent) {}
};
