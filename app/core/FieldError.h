#pragma once

#include <QList>
#include <QString>

// One problem with one field of the form, worded for the person who has to fix it.
struct FieldError
{
    enum class Field {
        Title,
        Description,
        Tags,
        MetadataKey,
        MetadataValue,
        PlaybackPolicy,
        Sources,
        SourceUrl,
        SourceStart,
        SourceEnd,
    };

    Field field;
    int row = -1; // the list row for list fields, -1 for the field as a whole
    QString message;

    friend bool operator==(const FieldError &, const FieldError &) = default;
};

using FieldErrors = QList<FieldError>;
