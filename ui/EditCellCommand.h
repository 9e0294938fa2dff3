#pragma once

#include "RowEditCommand.h"

#include <QString>

// The text of one cell changed in place.
class EditCellCommand : public RowEditCommand
{
public:
    EditCellCommand(EditableRowModel *model, int row, int column, const QString &after, const QString &text);

protected:
    Cell apply() override;
    Cell revert() override;

private:
    int m_row;
    int m_column;
    QString m_before;
    QString m_after;
};
