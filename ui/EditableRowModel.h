#pragma once

#include "CellError.h"

class QUndoCommand;

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>
#include <QStringList>

// Rows of text cells that a person edits in place: tags, metadata pairs, source videos.
//
// Every change a person makes goes through the edit methods — insertRowAt/insertRowsAt,
// removeRowAt, editCell and moveRowTo. With an undo stack set, each becomes a command on it
// (InsertRowsCommand, RemoveRowCommand, EditCellCommand, MoveRowCommand), so Undo and Redo work the same for every list without the views or editors knowing.
// resetRows is the one exception: it loads a whole request and is not an edit.
class QUndoStack;

class EditableRowModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit EditableRowModel(const QStringList &headers, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    // Edits from now on are pushed to stack (which stays owned by the caller) instead of being
    // made directly. rowNoun and rowsNoun name a row in the Undo menu: "tag", "tags".
    void setUndoStack(QUndoStack *stack, const QString &rowNoun, const QString &rowsNoun);

    bool insertRowAt(int row, const QStringList &cells);
    // Many rows as one edit (one undo step): a paste or a drop of a whole list.
    bool insertRowsAt(int row, const QList<QStringList> &rows);
    bool removeRowAt(int row);
    bool editCell(int row, int column, const QString &text);
    bool moveRowTo(int from, int to);

    void resetRows(const QList<QStringList> &rows);
    QString cellText(int row, int column) const;
    const QList<QStringList> &rows() const { return m_rows; }

    void setCellErrors(const CellErrors &errors);
    QString cellError(int row, int column) const;

    void setHeaderToolTip(int column, const QString &toolTip);

signals:
    // After any of the four edits or a reset: the form revalidates on this.
    void contentEdited();
    // An edit in place that the rules refused; the editor shows the reason inline.
    void editRefused(int row, int column, const QString &reason);
    // Undo or Redo just changed this cell's row: the editor makes it current and scrolls to it.
    void stepRevisited(int row, int column);

protected:
    // Why this text may not go into this cell, or empty when it may. Refused edits leave the
    // cell as it was.
    virtual QString refusalFor(int row, int column, const QString &text) const;

private:
    // The commands make the changes they stand for, and announce them (stepRevisited).
    friend class RowEditCommand;
    friend class InsertRowsCommand;
    friend class RemoveRowCommand;
    friend class EditCellCommand;
    friend class MoveRowCommand;
    void applyInsert(int row, const QList<QStringList> &rows);
    void applyRemove(int row, int count);
    void applyCellText(int row, int column, const QString &text);
    void applyMove(int from, int to);
    void perform(QUndoCommand *command);

    bool isCell(int row, int column) const;
    QStringList paddedCells(const QStringList &cells) const;

    QStringList m_headers;
    QStringList m_headerToolTips;
    QList<QStringList> m_rows;
    CellErrors m_errors;
    QIcon m_errorIcon;
    QUndoStack *m_undoStack = nullptr;
    QString m_rowNoun;
    QString m_rowsNoun;
};
