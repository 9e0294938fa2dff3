#pragma once

#include "EditableRowModel.h"

#include <QStringList>

// The content's tags, one per row. Blank tags and case-insensitive repeats are refused when
// added or edited in place, so the list a person builds is always one the API accepts.
class TagListModel : public EditableRowModel
{
    Q_OBJECT

public:
    explicit TagListModel(QObject *parent = nullptr);

    QStringList tags() const;
    void setTags(const QStringList &tags);

    // Why this tag cannot be added, or empty when it can.
    QString problemAdding(const QString &tag) const;

protected:
    QString refusalFor(int row, int column, const QString &text) const override;
};
