#include "EditableRowModel.h"

#include "EditCellCommand.h"
#include "InsertRowsCommand.h"
#include "MoveRowCommand.h"
#include "RemoveRowCommand.h"

#include <QColor>
#include <QUndoStack>

EditableRowModel::EditableRowModel(const QStringList &headers, QObject *parent)
    : QAbstractTableModel(parent)
    , m_headers(headers)
    , m_headerToolTips(headers.size())
    , m_errorIcon(QStringLiteral(":/icons/dialog-error.svg"))
    , m_rowNoun(tr("row"))
    , m_rowsNoun(tr("rows"))
{
}

int EditableRowModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EditableRowModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant EditableRowModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !isCell(index.row(), index.column()))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        return cellText(index.row(), index.column());
    case Qt::ToolTipRole: {
        const QString error = cellError(index.row(), index.column());
        return error.isEmpty() ? QVariant() : QVariant(error);
    }
    case Qt::BackgroundRole:
        // A soft red that keeps dark text readable; the icon carries the same meaning for
        // anyone who cannot tell the colour apart.
        return cellError(index.row(), index.column()).isEmpty() ? QVariant() : QVariant(QColor(0xfd, 0xe2, 0xe1));
    case Qt::DecorationRole:
        return cellError(index.row(), index.column()).isEmpty()
            ? QVariant()
            : QVariant(m_errorIcon);
    case Qt::AccessibleDescriptionRole:
        return cellError(index.row(), index.column());
    default:
        return {};
    }
}

QVariant EditableRowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    if (section < 0 || section >= m_headers.size())
        return {};
    if (role == Qt::DisplayRole)
        return m_headers[section];
    if (role == Qt::ToolTipRole && !m_headerToolTips[section].isEmpty())
        return m_headerToolTips[section];
    return {};
}

Qt::ItemFlags EditableRowModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

bool EditableRowModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid())
        return false;
    return editCell(index.row(), index.column(), value.toString());
}

void EditableRowModel::setUndoStack(QUndoStack *stack, const QString &rowNoun, const QString &rowsNoun)
{
    m_undoStack = stack;
    m_rowNoun = rowNoun;
    m_rowsNoun = rowsNoun;
}

bool EditableRowModel::insertRowAt(int row, const QStringList &cells)
{
    return insertRowsAt(row, {cells});
}

bool EditableRowModel::insertRowsAt(int row, const QList<QStringList> &rows)
{
    if (row < 0 || row > m_rows.size() || rows.isEmpty())
        return false;
    const QString text = rows.size() == 1 ? tr("Add %1").arg(m_rowNoun)
                                          : tr("Add %1 %2").arg(rows.size()).arg(m_rowsNoun);
    perform(new InsertRowsCommand(this, row, rows, text));
    return true;
}

bool EditableRowModel::removeRowAt(int row)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    perform(new RemoveRowCommand(this, row, tr("Remove %1").arg(m_rowNoun)));
    return true;
}

bool EditableRowModel::editCell(int row, int column, const QString &text)
{
    if (!isCell(row, column))
        return false;
    // Spaces around a tag, key or URL are never meant, and would make "a" and "a " two values.
    const QString cleaned = text.trimmed();
    if (cleaned == m_rows[row][column])
        return true;
    const QString refusal = refusalFor(row, column, cleaned);
    if (!refusal.isEmpty()) {
        emit editRefused(row, column, refusal);
        return false;
    }
    perform(new EditCellCommand(this, row, column, cleaned, tr("Edit %1").arg(m_rowNoun)));
    return true;
}

bool EditableRowModel::moveRowTo(int from, int to)
{
    if (from < 0 || from >= m_rows.size() || to < 0 || to >= m_rows.size() || from == to)
        return false;
    perform(new MoveRowCommand(this, from, to, tr("Move %1").arg(m_rowNoun)));
    return true;
}

void EditableRowModel::perform(QUndoCommand *command)
{
    if (m_undoStack) {
        m_undoStack->push(command); // pushing runs the command's redo()
        return;
    }
    command->redo();
    delete command;
}

void EditableRowModel::applyInsert(int row, const QList<QStringList> &rows)
{
    // One insertion for the whole batch: a drop of thousands of URLs is one model change and
    // one revalidation, not thousands.
    beginInsertRows({}, row, row + int(rows.size()) - 1);
    m_rows.insert(row, rows.size(), {});
    for (qsizetype i = 0; i < rows.size(); ++i)
        m_rows[row + i] = paddedCells(rows[i]);
    endInsertRows();
    emit contentEdited();
}

void EditableRowModel::applyRemove(int row, int count)
{
    beginRemoveRows({}, row, row + count - 1);
    m_rows.remove(row, count);
    endRemoveRows();
    emit contentEdited();
}

void EditableRowModel::applyCellText(int row, int column, const QString &text)
{
    m_rows[row][column] = text;
    const QModelIndex changed = index(row, column);
    emit dataChanged(changed, changed);
    emit contentEdited();
}

void EditableRowModel::applyMove(int from, int to)
{
    // Qt counts the destination as a gap between rows, so moving down names the gap after `to`.
    const int gap = to > from ? to + 1 : to;
    beginMoveRows({}, from, from, {}, gap);
    m_rows.move(from, to);
    endMoveRows();
    emit contentEdited();
}

void EditableRowModel::resetRows(const QList<QStringList> &rows)
{
    beginResetModel();
    m_rows.clear();
    for (const QStringList &cells : rows)
        m_rows.append(paddedCells(cells));
    m_errors.clear();
    endResetModel();
    emit contentEdited();
}

QString EditableRowModel::cellText(int row, int column) const
{
    return isCell(row, column) ? m_rows[row][column] : QString();
}

void EditableRowModel::setCellErrors(const CellErrors &errors)
{
    if (errors == m_errors)
        return;
    m_errors = errors;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, int(m_headers.size()) - 1));
}

QString EditableRowModel::cellError(int row, int column) const
{
    QStringList messages;
    for (const CellError &error : m_errors) {
        if (error.row == row && error.column == column)
            messages.append(error.message);
    }
    return messages.join(u'\n');
}

void EditableRowModel::setHeaderToolTip(int column, const QString &toolTip)
{
    if (column >= 0 && column < m_headerToolTips.size())
        m_headerToolTips[column] = toolTip;
}

QString EditableRowModel::refusalFor(int, int, const QString &) const
{
    return {};
}

bool EditableRowModel::isCell(int row, int column) const
{
    return row >= 0 && row < m_rows.size() && column >= 0 && column < m_headers.size();
}

QStringList EditableRowModel::paddedCells(const QStringList &cells) const
{
    QStringList padded = cells.mid(0, m_headers.size());
    while (padded.size() < m_headers.size())
        padded.append(QString());
    for (QString &cell : padded)
        cell = cell.trimmed();
    return padded;
}
