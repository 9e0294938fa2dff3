#include "ClipRange.h"

#include "TimeCode.h"

std::optional<int> ClipRange::startSecs() const
{
    return TimeCode::parse(start);
}

std::optional<int> ClipRange::endSecs() const
{
    return TimeCode::parse(end);
}

ClipRange ClipRange::fromSeconds(std::optional<int> startSecs, std::optional<int> endSecs)
{
    ClipRange range;
    if (startSecs)
        range.start = TimeCode::format(*startSecs);
    if (endSecs)
        range.end = TimeCode::format(*endSecs);
    return range;
}
