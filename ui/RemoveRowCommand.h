#pragma once

#include "RowEditCommand.h"

#include <QStringList>

// A row removed from a list; undoing it puts the row back where it was.
class RemoveRowCommand : public RowEditCommand
{
public:
    RemoveRowCommand(EditableRowModel *model, int row, const QString &text);

protected:
    Cell apply() override;
    Cell revert() override;

private:
    int m_row;
    QStringList m_cells;
};
