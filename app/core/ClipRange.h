#pragma once

#include <QString>
#include <optional>

// An optional part of a source video, kept as the person typed it so that nothing typed is lost
// even while it is not a valid time yet. Either end may be left empty.
struct ClipRange
{
    QString start;
    QString end;

    bool isEmpty() const { return start.trimmed().isEmpty() && end.trimmed().isEmpty(); }
    std::optional<int> startSecs() const;
    std::optional<int> endSecs() const;

    static ClipRange fromSeconds(std::optional<int> startSecs, std::optional<int> endSecs);

    friend bool operator==(const ClipRange &, const ClipRange &) = default;
};
