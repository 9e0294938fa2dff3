#include "RemoveRowCommand.h"

#include "EditableRowModel.h"

RemoveRowCommand::RemoveRowCommand(EditableRowModel *model, int row, const QString &text)
    : RowEditCommand(model, text)
    , m_row(row)
    , m_cells(model->rows().at(row))
{
}

RowEditCommand::Cell RemoveRowCommand::apply()
{
    model()->applyRemove(m_row, 1);
    return {qMin(m_row, model()->rowCount() - 1), 0};
}

RowEditCommand::Cell RemoveRowCommand::revert()
{
    model()->applyInsert(m_row, {m_cells});
    return {m_row, 0};
}
