#include "EditCellCommand.h"

#include "EditableRowModel.h"

EditCellCommand::EditCellCommand(EditableRowModel *model, int row, int column, const QString &after,
                                 const QString &text)
    : RowEditCommand(model, text)
    , m_row(row)
    , m_column(column)
    , m_before(model->cellText(row, column))
    , m_after(after)
{
}

RowEditCommand::Cell EditCellCommand::apply()
{
    model()->applyCellText(m_row, m_column, m_after);
    return {m_row, m_column};
}

RowEditCommand::Cell EditCellCommand::revert()
{
    model()->applyCellText(m_row, m_column, m_before);
    return {m_row, m_column};
}
