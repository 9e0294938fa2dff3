#pragma once

#include "RowEditCommand.h"

// A row moved to another place in its list.
class MoveRowCommand : public RowEditCommand
{
public:
    MoveRowCommand(EditableRowModel *model, int from, int to, const QString &text);

protected:
    Cell apply() override;
    Cell revert() override;

private:
    int m_from;
    int m_to;
};
