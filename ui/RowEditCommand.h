#pragma once

#include <QList>
#include <QStringList>
#include <QUndoCommand>

class EditableRowModel;

// One change a person made to a list editor — rows added, a row removed, a cell edited, a row
// moved — kept so that Undo can take it back and Redo make it again. Commands only ever act
// through the model's own apply functions, so views follow as they do for any other change.
class RowEditCommand : public QUndoCommand
{
public:
    static RowEditCommand *insert(EditableRowModel *model, int row, const QList<QStringList> &rows,
                                  const QString &text);
    static RowEditCommand *remove(EditableRowModel *model, int row, const QString &text);
    static RowEditCommand *editCell(EditableRowModel *model, int row, int column, const QString &after,
                                    const QString &text);
    static RowEditCommand *move(EditableRowModel *model, int from, int to, const QString &text);

    void redo() override;
    void undo() override;

private:
    enum class Kind { Insert, Remove, EditCell, Move };

    RowEditCommand(Kind kind, EditableRowModel *model, int row, const QString &text);

    Kind m_kind;
    EditableRowModel *m_model;
    int m_row;
    int m_other = 0;            // the column of an edited cell, or where a row moves to
    QList<QStringList> m_rows;  // the rows inserted, or the one removed
    QString m_before;           // an edited cell's text before and after
    QString m_after;
};
