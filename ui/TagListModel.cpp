#include "TagListModel.h"

#include "TagRules.h"

TagListModel::TagListModel(QObject *parent)
    : EditableRowModel({tr("Tag")}, parent)
{
}

QStringList TagListModel::tags() const
{
    QStringList result;
    for (const QStringList &cells : rows())
        result.append(cells.value(0));
    return result;
}

void TagListModel::setTags(const QStringList &tags)
{
    QList<QStringList> newRows;
    for (const QString &tag : tags)
        newRows.append({tag});
    resetRows(newRows);
}

QString TagListModel::problemAdding(const QString &tag) const
{
    return TagRules::problemWith(tags(), tag);
}

QString TagListModel::refusalFor(int row, int, const QString &text) const
{
    return TagRules::problemWith(tags(), text, row);
}
