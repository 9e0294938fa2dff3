#pragma once

#include "ContentCardCall.h"

// POST /contents/portrait_pro: the new content, as the server first describes it (status Pending).
class CreatePortraitCall : public ContentCardCall
{
    Q_OBJECT

private:
    friend class VideographClient;
    explicit CreatePortraitCall(QObject *parent) : ContentCardCall(parent) {}
};
