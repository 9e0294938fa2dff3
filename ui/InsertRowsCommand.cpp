#include "InsertRowsCommand.h"

#include "EditableRowModel.h"

InsertRowsCommand::InsertRowsCommand(EditableRowModel *model, int row, const QList<QStringList> &rows,
                                     const QString &text)
    : RowEditCommand(model, text)
    , m_row(row)
    , m_rows(rows)
{
}

RowEditCommand::Cell InsertRowsCommand::apply()
{
    model()->applyInsert(m_row, m_rows);
    return {m_row, 0};
}

RowEditCommand::Cell InsertRowsCommand::revert()
{
    model()->applyRemove(m_row, int(m_rows.size()));
    // Where the rows were: the row that took their place, or the last one left.
    return {qMin(m_row, model()->rowCount() - 1), 0};
}
