#pragma once

#include <QString>

// One key/value pair of content metadata.
struct MetadataEntry
{
    QString key;
    QString value;

    friend bool operator==(const MetadataEntry &, const MetadataEntry &) = default;
};
