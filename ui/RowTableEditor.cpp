#include "RowTableEditor.h"

#include "EditableRowModel.h"
#include "InlineErrorLabel.h"
#include "RowActions.h"
#include "RowToolButton.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

RowTableEditor::RowTableEditor(EditableRowModel *model, const QString &objectStem, const QString &viewName,
                               QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_errorLabel(new InlineErrorLabel(this))
{
    const QString lowerStem = objectStem.left(1).toLower() + objectStem.mid(1);
    setObjectName(lowerStem + QStringLiteral("RowTableEditor"));
    m_errorLabel->setObjectName(lowerStem + QStringLiteral("ErrorLabel"));
    buildView(viewName);

    auto *row = new QHBoxLayout;
    row->addWidget(m_view, 1);
    row->addLayout(buildButtons(objectStem));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_errorLabel);
}

void RowTableEditor::addRow()
{
    const int row = m_model->rowCount();
    m_model->insertRowAt(row, {});
    const QModelIndex first = m_model->index(row, 0);
    m_view->setCurrentIndex(first);
    m_view->setFocus(Qt::OtherFocusReason);
    m_view->edit(first);
}

void RowTableEditor::showErrors(const CellErrors &cells, const QStringList &messages)
{
    m_model->setCellErrors(cells);
    m_errorLabel->setMessages(messages);
}

void RowTableEditor::focusCell(int row, int column)
{
    const QModelIndex cell = m_model->index(row, column);
    m_view->setCurrentIndex(cell);
    m_view->scrollTo(cell);
    m_view->setFocus(Qt::OtherFocusReason);
}

void RowTableEditor::focusAddButton()
{
    m_addButton->setFocus(Qt::OtherFocusReason);
}

void RowTableEditor::buildView(const QString &viewName)
{
    m_view = new QTableView(this);
    m_view->setObjectName(viewName);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    // Tab leaves the table instead of walking every cell; inside a cell being edited it still
    // moves on to the next cell.
    m_view->setTabKeyNavigation(false);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 12);
    m_view->horizontalHeader()->setHighlightSections(false);
    // Room for the header and about four rows; more scroll inside the table.
    const int rowHeight = m_view->verticalHeader()->defaultSectionSize();
    m_view->setMinimumHeight(rowHeight * 3);
    m_view->setMaximumHeight(rowHeight * 5 + 8);
}

QLayout *RowTableEditor::buildButtons(const QString &objectStem)
{
    auto *addAction = new QAction(QIcon(QStringLiteral(":/icons/list-add.svg")), tr("&Add"), m_view);
    addAction->setObjectName(QStringLiteral("actionAdd") + objectStem);
    addAction->setShortcut(QKeySequence(Qt::Key_Insert));
    addAction->setShortcutContext(Qt::WidgetShortcut);
    addAction->setToolTip(tr("Add a row (Insert)"));
    m_view->addAction(addAction);
    connect(addAction, &QAction::triggered, this, &RowTableEditor::addRow);

    auto *rowActions = new RowActions(m_view, m_model, objectStem, this);
    m_addButton = new RowToolButton(addAction, QStringLiteral("add%1ToolButton").arg(objectStem), this);
    return rowActions->newButtonColumn(this, m_addButton);
}
