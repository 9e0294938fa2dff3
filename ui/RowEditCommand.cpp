#include "RowEditCommand.h"

#include "EditableRowModel.h"

RowEditCommand::RowEditCommand(EditableRowModel *model, const QString &text)
    : QUndoCommand(text)
    , m_model(model)
{
}

void RowEditCommand::redo()
{
    const Cell cell = apply();
    if (m_applied)
        pointOut(cell);
    m_applied = true;
}

void RowEditCommand::undo()
{
    pointOut(revert());
}

void RowEditCommand::pointOut(Cell cell)
{
    if (cell.row >= 0 && cell.row < m_model->rowCount())
        emit m_model->stepRevisited(cell.row, cell.column);
}
