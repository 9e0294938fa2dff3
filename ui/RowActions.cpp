#include "RowActions.h"

#include "EditableRowModel.h"
#include "RowToolButton.h"

#include <QAbstractItemView>
#include <QAction>
#include <QItemSelectionModel>
#include <QVBoxLayout>

RowActions::RowActions(QAbstractItemView *view, EditableRowModel *model, const QString &objectStem, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_model(model)
    , m_objectStem(objectStem)
{
    m_remove = makeAction(tr("&Remove"), QStringLiteral("list-remove"), QKeySequence::Delete,
                          QStringLiteral("actionRemove") + objectStem);
    m_moveUp = makeAction(tr("Move &Up"), QStringLiteral("go-up"), QKeySequence(Qt::ALT | Qt::Key_Up),
                          QStringLiteral("actionMove") + objectStem + QStringLiteral("Up"));
    m_moveDown = makeAction(tr("Move &Down"), QStringLiteral("go-down"), QKeySequence(Qt::ALT | Qt::Key_Down),
                            QStringLiteral("actionMove") + objectStem + QStringLiteral("Down"));

    connect(m_remove, &QAction::triggered, this, &RowActions::removeCurrent);
    connect(m_moveUp, &QAction::triggered, this, [this] { moveCurrent(-1); });
    connect(m_moveDown, &QAction::triggered, this, [this] { moveCurrent(+1); });

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &RowActions::updateEnabled);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RowActions::updateEnabled);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RowActions::updateEnabled);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &RowActions::updateEnabled);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RowActions::updateEnabled);
    connect(m_model, &EditableRowModel::stepRevisited, this, &RowActions::showCell);
    updateEnabled();
}

QVBoxLayout *RowActions::newButtonColumn(QWidget *parent, QWidget *first) const
{
    auto *column = new QVBoxLayout;
    if (first)
        column->addWidget(first);
    column->addWidget(new RowToolButton(m_remove, QStringLiteral("remove%1ToolButton").arg(m_objectStem), parent));
    column->addWidget(new RowToolButton(m_moveUp, QStringLiteral("move%1UpToolButton").arg(m_objectStem), parent));
    column->addWidget(new RowToolButton(m_moveDown, QStringLiteral("move%1DownToolButton").arg(m_objectStem), parent));
    column->addStretch();
    return column;
}

int RowActions::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

QAction *RowActions::makeAction(const QString &text, const QString &iconName, const QKeySequence &shortcut,
                                const QString &objectName)
{
    auto *action = new QAction(QIcon(QStringLiteral(":/icons/%1.svg").arg(iconName)), text, m_view);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetShortcut);
    action->setToolTip(tr("%1 (%2)").arg(action->iconText(), shortcut.toString(QKeySequence::NativeText)));
    m_view->addAction(action);
    return action;
}

void RowActions::removeCurrent()
{
    const int row = currentRow();
    if (!m_model->removeRowAt(row))
        return;
    // Keep a row selected where the removed one was, so pressing Delete again goes on removing.
    selectRow(qMin(row, m_model->rowCount() - 1));
}

void RowActions::moveCurrent(int step)
{
    const int row = currentRow();
    const int column = qMax(0, m_view->currentIndex().column());
    if (!m_model->moveRowTo(row, row + step))
        return;
    m_view->setCurrentIndex(m_model->index(row + step, column));
}

void RowActions::selectRow(int row)
{
    if (row < 0)
        return;
    m_view->setCurrentIndex(m_model->index(row, 0));
}

void RowActions::showCell(int row, int column)
{
    const QModelIndex cell = m_model->index(row, column);
    m_view->setCurrentIndex(cell);
    m_view->scrollTo(cell);
}

void RowActions::updateEnabled()
{
    const int row = currentRow();
    const int last = m_model->rowCount() - 1;
    m_remove->setEnabled(row >= 0);
    m_moveUp->setEnabled(row > 0);
    m_moveDown->setEnabled(row >= 0 && row < last);
}
