#pragma once

#include "CellError.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>
#include <QStringList>

// Rows of text cells that a person edits in place: tags, metadata pairs, source videos.
//
// Every change a person makes goes through exactly four methods — insertRowAt, removeRowAt,
// editCell and moveRowTo — so that an undo stack can later wrap each one in a command without
// touching the views or the editors. resetRows is the one exception: it loads a whole request
// and is not an edit.
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

    bool insertRowAt(int row, const QStringList &cells);
    bool removeRowAt(int row);
    bool editCell(int row, int column, const QString &text);
    bool moveRowTo(int from, int to);

    void resetRows(const QList<QStringList> &rows);
    QString cellText(int row, int column) const;
    const QList<QStringList> &rows() const { return m_rows; }

    void setCellErrors(const CellErrors &errors);
    const CellErrors &cellErrors() const { return m_errors; }
    QString cellError(int row, int column) const;

    void setHeaderToolTip(int column, const QString &toolTip);

signals:
    // After any of the four edits or a reset: the form revalidates on this.
    void contentEdited();
    // An edit in place that the rules refused; the editor shows the reason inline.
    void editRefused(int row, int column, const QString &reason);

protected:
    // Why this text may not go into this cell, or empty when it may. Refused edits leave the
    // cell as it was.
    virtual QString refusalFor(int row, int column, const QString &text) const;

private:
    bool isCell(int row, int column) const;
    QStringList paddedCells(const QStringList &cells) const;

    QStringList m_headers;
    QStringList m_headerToolTips;
    QList<QStringList> m_rows;
    CellErrors m_errors;
    QIcon m_errorIcon;
};
