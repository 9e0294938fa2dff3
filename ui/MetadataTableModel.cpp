#include "MetadataTableModel.h"

MetadataTableModel::MetadataTableModel(QObject *parent)
    : EditableRowModel({tr("Key"), tr("Value")}, parent)
{
    setHeaderToolTip(KeyColumn, tr("Required, and unique within the table"));
    setHeaderToolTip(ValueColumn, tr("Any text; may be left empty"));
}

QList<MetadataEntry> MetadataTableModel::entries() const
{
    QList<MetadataEntry> result;
    for (const QStringList &cells : rows())
        result.append({cells.value(KeyColumn), cells.value(ValueColumn)});
    return result;
}

void MetadataTableModel::setEntries(const QList<MetadataEntry> &entries)
{
    QList<QStringList> newRows;
    for (const MetadataEntry &entry : entries)
        newRows.append({entry.key, entry.value});
    resetRows(newRows);
}
