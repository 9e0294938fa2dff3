#pragma once

#include <QUndoCommand>

class EditableRowModel;

// One change a person made to a list editor, kept so that Undo can take it back and Redo make
// it again. Subclasses act only through the model's apply functions, so views follow as they
// do for any other change. When a change is undone or redone later, the cell it touched is
// pointed out, so the person sees what Undo did.
class RowEditCommand : public QUndoCommand
{
public:
    void redo() final;
    void undo() final;

protected:
    RowEditCommand(EditableRowModel *model, const QString &text);

    EditableRowModel *model() const { return m_model; }

    // Make the change, or take it back; each returns the cell to point out (row -1: none).
    struct Cell
    {
        int row;
        int column;
    };
    virtual Cell apply() = 0;
    virtual Cell revert() = 0;

private:
    void pointOut(Cell cell);

    EditableRowModel *m_model;
    bool m_applied = false; // the first redo() is the edit itself: the person is already there
};
