#pragma once

#include "RowEditCommand.h"

#include <QList>
#include <QStringList>

// Rows added to a list: one typed, or many pasted or dropped at once (one undo step).
class InsertRowsCommand : public RowEditCommand
{
public:
    InsertRowsCommand(EditableRowModel *model, int row, const QList<QStringList> &rows, const QString &text);

protected:
    Cell apply() override;
    Cell revert() override;

private:
    int m_row;
    QList<QStringList> m_rows;
};
