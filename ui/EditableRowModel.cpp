#include "EditableRowModel.h"

#include <QColor>

EditableRowModel::EditableRowModel(const QStringList &headers, QObject *parent)
    : QAbstractTableModel(parent)
    , m_headers(headers)
    , m_headerToolTips(headers.size())
    , m_errorIcon(QStringLiteral(":/icons/dialog-error.svg"))
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

bool EditableRowModel::insertRowAt(int row, const QStringList &cells)
{
    if (row < 0 || row > m_rows.size())
        return false;
    beginInsertRows({}, row, row);
    m_rows.insert(row, paddedCells(cells));
    endInsertRows();
    emit contentEdited();
    return true;
}

bool EditableRowModel::removeRowAt(int row)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    emit contentEdited();
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
    m_rows[row][column] = cleaned;
    const QModelIndex changed = index(row, column);
    emit dataChanged(changed, changed);
    emit contentEdited();
    return true;
}

bool EditableRowModel::moveRowTo(int from, int to)
{
    if (from < 0 || from >= m_rows.size() || to < 0 || to >= m_rows.size() || from == to)
        return false;
    // Qt counts the destination as a gap between rows, so moving down names the gap after `to`.
    const int gap = to > from ? to + 1 : to;
    beginMoveRows({}, from, from, {}, gap);
    m_rows.move(from, to);
    endMoveRows();
    emit contentEdited();
    return true;
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
