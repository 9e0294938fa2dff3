#include "MoveRowCommand.h"

#include "EditableRowModel.h"

MoveRowCommand::MoveRowCommand(EditableRowModel *model, int from, int to, const QString &text)
    : RowEditCommand(model, text)
    , m_from(from)
    , m_to(to)
{
}

RowEditCommand::Cell MoveRowCommand::apply()
{
    model()->applyMove(m_from, m_to);
    return {m_to, 0};
}

RowEditCommand::Cell MoveRowCommand::revert()
{
    model()->applyMove(m_to, m_from);
    return {m_from, 0};
}
