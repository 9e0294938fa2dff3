#pragma once

#include "EditableRowModel.h"
#include "MetadataEntry.h"

#include <QList>

// Metadata key/value pairs. Keys are checked by the form's validation rather than refused here,
// because a half-typed table (a new row whose key is still empty) is a normal state.
class MetadataTableModel : public EditableRowModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn, ValueColumn };

    explicit MetadataTableModel(QObject *parent = nullptr);

    QList<MetadataEntry> entries() const;
    void setEntries(const QList<MetadataEntry> &entries);
};
