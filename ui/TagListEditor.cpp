#include "TagListEditor.h"

#include "InlineErrorLabel.h"
#include "RowActions.h"
#include "TagListModel.h"
#include "TagRules.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QToolButton>
#include <QVBoxLayout>

TagListEditor::TagListEditor(QWidget *parent)
    : QWidget(parent)
    , m_model(new TagListModel(this))
    , m_errorLabel(new InlineErrorLabel(this))
{
    setObjectName(QStringLiteral("tagListEditor"));
    m_errorLabel->setObjectName(QStringLiteral("tagsErrorLabel"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildInputRow());
    layout->addWidget(buildListRow());
    layout->addWidget(m_errorLabel);

    connect(m_model, &TagListModel::editRefused, this, [this](int, int, const QString &reason) { showRefusal(reason); });
    connect(m_model, &TagListModel::contentEdited, this, [this] { showRefusal({}); });
    // The reason for a refused tag is about what is in the field; once that changes it is stale.
    connect(m_input, &QLineEdit::textEdited, this, [this] { showRefusal({}); });
}

QStringList TagListEditor::tags() const
{
    return m_model->tags();
}

void TagListEditor::setTags(const QStringList &tags)
{
    m_model->setTags(tags);
}

void TagListEditor::showErrors(const QList<int> &rows, const QStringList &messages)
{
    CellErrors cells;
    for (qsizetype i = 0; i < rows.size() && i < messages.size(); ++i)
        cells.append({rows[i], 0, messages[i]});
    m_model->setCellErrors(cells);
    m_validationMessages = messages;
    updateMessages();
}

void TagListEditor::focusRow(int row)
{
    m_view->setCurrentIndex(m_model->index(row, 0));
    m_view->setFocus(Qt::OtherFocusReason);
}

int TagListEditor::addFromInput()
{
    const QString typed = m_input->text();
    const QStringList candidates = TagRules::split(typed);
    if (candidates.isEmpty()) {
        showRefusal(m_model->problemAdding(typed));
        return 0;
    }

    // Each tag is checked against those accepted from this same paste too, so "a, A" adds one.
    QStringList listed = tags();
    QStringList accepted;
    QStringList refused;
    QStringList reasons;
    for (const QString &tag : candidates) {
        const QString problem = TagRules::problemWith(listed, tag);
        if (problem.isEmpty()) {
            listed.append(tag);
            accepted.append(tag);
        } else {
            refused.append(tag);
            reasons.append(problem);
        }
    }
    QList<QStringList> rows;
    for (const QString &tag : accepted)
        rows.append({tag});
    // All tags of one paste go in as one undo step.
    m_model->insertRowsAt(m_model->rowCount(), rows);
    m_input->setText(refused.join(QStringLiteral(", ")));
    showRefusal(reasons.join(u'\n'));
    if (!accepted.isEmpty())
        m_view->scrollTo(m_model->index(m_model->rowCount() - 1, 0));
    return int(accepted.size());
}

QWidget *TagListEditor::buildInputRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);

    m_input = new QLineEdit(row);
    m_input->setObjectName(QStringLiteral("newTagLineEdit"));
    m_input->setPlaceholderText(tr("New tag; several: a, b, c"));
    m_input->setAccessibleName(tr("New tags"));
    m_input->setClearButtonEnabled(true);

    auto *addAction = new QAction(QIcon(QStringLiteral(":/icons/list-add.svg")), tr("&Add"), this);
    addAction->setObjectName(QStringLiteral("actionAddTag"));
    addAction->setToolTip(tr("Add the tags typed in the field (Enter)"));
    m_addButton = new QToolButton(row);
    m_addButton->setDefaultAction(addAction);
    m_addButton->setObjectName(QStringLiteral("addTagToolButton"));
    m_addButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    connect(addAction, &QAction::triggered, this, &TagListEditor::addFromInput);
    connect(m_input, &QLineEdit::returnPressed, this, &TagListEditor::addFromInput);

    layout->addWidget(m_input, 1);
    layout->addWidget(m_addButton);
    return row;
}

QWidget *TagListEditor::buildListRow()
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);

    m_view = new QListView(row);
    m_view->setObjectName(QStringLiteral("tagsListView"));
    m_view->setAccessibleName(tr("Tags"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::SelectedClicked);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    // About five tags tall: enough to reorder by eye, small enough to keep the form short.
    m_view->setMinimumHeight(72);
    m_view->setMaximumHeight(m_view->fontMetrics().height() * 5 + 16);

    auto *rowActions = new RowActions(m_view, m_model, QStringLiteral("Tag"), this);
    layout->addWidget(m_view, 1);
    layout->addLayout(rowActions->newButtonColumn(row));
    return row;
}

void TagListEditor::showRefusal(const QString &reason)
{
    if (reason == m_refusal)
        return;
    m_refusal = reason;
    updateMessages();
}

void TagListEditor::updateMessages()
{
    QStringList messages;
    if (!m_refusal.isEmpty())
        messages.append(m_refusal);
    messages.append(m_validationMessages);
    m_errorLabel->setMessages(messages);
}
