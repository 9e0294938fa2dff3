#pragma once

#include "PortraitRequest.h"

#include <QString>

// A named, reusable form. On disk it is the API request body itself plus an optional "name".
struct Preset
{
    QString name;
    PortraitRequest request;
    QString path; // where it was read from or saved to; empty for one not on disk yet
};
