#pragma once

#include "MetadataEntry.h"
#include "SourceVideo.h"

#include <QList>
#include <QString>
#include <QStringList>

// Everything the form holds for one Portrait PRO job, exactly as typed. It may be invalid;
// RequestValidator says what is wrong, WireFormat turns a valid one into the request body.
struct PortraitRequest
{
    QString title;
    QString description;
    QStringList tags;
    QList<MetadataEntry> metadata;
    bool publicPolicy = true;
    bool signedPolicy = false;
    QList<SourceVideo> sources;

    friend bool operator==(const PortraitRequest &, const PortraitRequest &) = default;
};
