#pragma once

#include "ClipRange.h"

#include <QString>

// One source video the API downloads from a public URL, with an optional clip of it.
struct SourceVideo
{
    QString url;
    ClipRange clip;

    friend bool operator==(const SourceVideo &, const SourceVideo &) = default;
};
