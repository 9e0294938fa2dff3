#pragma once

#include "ContentCardCall.h"

// GET /contents/{id}: the content as it is now; poll it until phase() is no longer InProgress.
class GetContentCall : public ContentCardCall
{
    Q_OBJECT

private:
    friend class VideographClient;
    explicit GetContentCall(QObject *parent) : ContentCardCall(parent) {}
};
