#include "RowEditCommand.h"

#include "EditableRowModel.h"

RowEditCommand::RowEditCommand(Kind kind, EditableRowModel *model, int row, const QString &text)
    : QUndoCommand(text)
    , m_kind(kind)
    , m_model(model)
    , m_row(row)
{
}

RowEditCommand *RowEditCommand::insert(EditableRowModel *model, int row, const QList<QStringList> &rows,
                                       const QString &text)
{
    auto *command = new RowEditCommand(Kind::Insert, model, row, text);
    command->m_rows = rows;
    return command;
}

RowEditCommand *RowEditCommand::remove(EditableRowModel *model, int row, const QString &text)
{
    auto *command = new RowEditCommand(Kind::Remove, model, row, text);
    command->m_rows = {model->rows().at(row)};
    return command;
}

RowEditCommand *RowEditCommand::editCell(EditableRowModel *model, int row, int column, const QString &after,
                                         const QString &text)
{
    auto *command = new RowEditCommand(Kind::EditCell, model, row, text);
    command->m_other = column;
    command->m_before = model->cellText(row, column);
    command->m_after = after;
    return command;
}

RowEditCommand *RowEditCommand::move(EditableRowModel *model, int from, int to, const QString &text)
{
    auto *command = new RowEditCommand(Kind::Move, model, from, text);
    command->m_other = to;
    return command;
}

void RowEditCommand::redo()
{
    switch (m_kind) {
    case Kind::Insert:
        m_model->applyInsert(m_row, m_rows);
        break;
    case Kind::Remove:
        m_model->applyRemove(m_row, 1);
        break;
    case Kind::EditCell:
        m_model->applyCellText(m_row, m_other, m_after);
        break;
    case Kind::Move:
        m_model->applyMove(m_row, m_other);
        break;
    }
}

void RowEditCommand::undo()
{
    switch (m_kind) {
    case Kind::Insert:
        m_model->applyRemove(m_row, int(m_rows.size()));
        break;
    case Kind::Remove:
        m_model->applyInsert(m_row, m_rows);
        break;
    case Kind::EditCell:
        m_model->applyCellText(m_row, m_other, m_before);
        break;
    case Kind::Move:
        m_model->applyMove(m_other, m_row);
        break;
    }
}
