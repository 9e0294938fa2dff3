#include "RequestForm.h"

#include "FormReplaceCommand.h"
#include "InlineErrorLabel.h"
#include "MetadataTableModel.h"
#include "RequestValidator.h"
#include "RowTableEditor.h"
#include "SourceTableModel.h"
#include "TagListEditor.h"
#include "TagListModel.h"
#include "UndoKeyRouter.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace {

using Field = FieldError::Field;

bool isMetadataField(Field field)
{
    return field == Field::MetadataKey || field == Field::MetadataValue;
}

bool isSourceCellField(Field field)
{
    return field == Field::SourceUrl || field == Field::SourceStart || field == Field::SourceEnd;
}

int columnOf(Field field)
{
    switch (field) {
    case Field::MetadataValue:
    case Field::SourceStart:
        return 1;
    case Field::SourceEnd:
        return 2;
    default:
        return 0;
    }
}

// What the person typed into the cell an error is about; empty for whole-field errors.
QString typedText(const FieldError &error, const PortraitRequest &request)
{
    const int row = error.row;
    switch (error.field) {
    case Field::Tags:
        return request.tags.value(row);
    case Field::MetadataKey:
        return row < request.metadata.size() ? request.metadata[row].key : QString();
    case Field::MetadataValue:
        return row < request.metadata.size() ? request.metadata[row].value : QString();
    case Field::SourceUrl:
        return row < request.sources.size() ? request.sources[row].url : QString();
    case Field::SourceStart:
        return row < request.sources.size() ? request.sources[row].clip.start : QString();
    case Field::SourceEnd:
        return row < request.sources.size() ? request.sources[row].clip.end : QString();
    default:
        return {};
    }
}

QGroupBox *newGroup(const QString &title, const QString &objectName, QWidget *parent)
{
    auto *group = new QGroupBox(title, parent);
    group->setObjectName(objectName);
    return group;
}

QLabel *newHint(const QString &text, QWidget *parent)
{
    auto *hint = new QLabel(text, parent);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    return hint;
}

} // namespace

RequestForm::RequestForm(QWidget *parent)
    : QScrollArea(parent)
{
    setObjectName(QStringLiteral("requestForm"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);

    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("requestFormPage"));
    auto *layout = new QVBoxLayout(page);
    layout->setSpacing(12);
    layout->addWidget(buildContentGroup());
    layout->addWidget(buildTagsGroup());
    layout->addWidget(buildMetadataGroup());
    layout->addWidget(buildPolicyGroup());
    layout->addWidget(buildSourcesGroup());
    layout->addStretch();
    setWidget(page);

    connectEdits();
    connectUndo();
}

PortraitRequest RequestForm::request() const
{
    PortraitRequest request;
    request.title = m_title->text();
    request.description = m_description->toPlainText();
    request.tags = m_tags->tags();
    request.metadata = m_metadataModel->entries();
    request.publicPolicy = m_public->isChecked();
    request.signedPolicy = m_signed->isChecked();
    request.sources = m_sourceModel->sources();
    return request;
}

QStringList RequestForm::sourceUrls() const
{
    return m_sourceModel->urls();
}

QTableView *RequestForm::sourcesView() const
{
    return m_sources->view();
}

void RequestForm::setRequest(const PortraitRequest &request)
{
    loadRequest(request);
    m_undoStack->clear();
}

void RequestForm::replaceRequest(const PortraitRequest &request, const QString &undoText)
{
    // A cell still being typed in would be thrown away by the reset, out of reach of Undo.
    commitOpenEditors();
    // A step that changes nothing would only cost the person their Redo history.
    if (request == this->request())
        return;
    m_undoStack->push(new FormReplaceCommand([this] { return this->request(); },
                                             [this](const PortraitRequest &r) { loadRequest(r); },
                                             request, undoText));
}

void RequestForm::undo()
{
    // Before, not during: a command pushed while the stack is undoing would corrupt it.
    commitOpenEditors();
    m_undoStack->undo();
}

void RequestForm::redo()
{
    commitOpenEditors();
    m_undoStack->redo();
}

void RequestForm::loadRequest(const PortraitRequest &request)
{
    // A form loaded whole is a fresh start: empty required fields are not mistakes yet.
    m_submitAttempted = false;
    // One refresh at the end instead of one per field, each seeing a half-loaded request.
    m_loading = true;
    m_title->setText(request.title);
    m_description->setPlainText(request.description);
    m_tags->setTags(request.tags);
    m_metadataModel->setEntries(request.metadata);
    m_public->setChecked(request.publicPolicy);
    m_signed->setChecked(request.signedPolicy);
    m_sourceModel->setSources(request.sources);
    m_loading = false;
    onEdited();
}

void RequestForm::addSourceUrls(const QStringList &urls)
{
    QList<QStringList> rows;
    rows.reserve(urls.size());
    for (const QString &url : urls) {
        if (!url.trimmed().isEmpty())
            rows.append({url});
    }
    m_sourceModel->insertRowsAt(m_sourceModel->rowCount(), rows);
}

bool RequestForm::checkBeforeSubmit()
{
    commitOpenEditors();
    m_submitAttempted = true;
    const FieldErrors errors = RequestValidator::validate(request());
    showErrors(errors);
    if (errors.isEmpty())
        return true;
    focusError(errors.first());
    return false;
}

void RequestForm::commitOpenEditors()
{
    // Ctrl+Return fires while a cell is still being typed in; without this the text in the
    // open editor would be left out of the request the person thinks they are sending.
    for (QAbstractItemView *view : widget()->findChildren<QAbstractItemView *>()) {
        const QModelIndex index = view->currentIndex();
        // indexWidget is the open editor here: this form sets no persistent index widgets.
        if (QWidget *editor = view->indexWidget(index))
            view->itemDelegateForIndex(index)->setModelData(editor, view->model(), index);
    }
}

void RequestForm::focusTitle()
{
    m_title->setFocus(Qt::OtherFocusReason);
}

QGroupBox *RequestForm::buildContentGroup()
{
    auto *group = newGroup(tr("Content"), QStringLiteral("contentGroupBox"), this);
    auto *form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_title = new QLineEdit(group);
    m_title->setObjectName(QStringLiteral("titleLineEdit"));
    m_title->setPlaceholderText(tr("Required: the name people will see"));
    m_titleError = new InlineErrorLabel(group);
    m_titleError->setObjectName(QStringLiteral("titleErrorLabel"));

    m_description = new QPlainTextEdit(group);
    m_description->setObjectName(QStringLiteral("descriptionPlainTextEdit"));
    m_description->setPlaceholderText(tr("Optional"));
    // Tab moves on to the next field; a description has no use for tab characters.
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(60);
    m_description->setMaximumHeight(96);
    m_descriptionError = new InlineErrorLabel(group);
    m_descriptionError->setObjectName(QStringLiteral("descriptionErrorLabel"));

    form->addRow(tr("&Title:"), m_title);
    form->addRow(QString(), m_titleError);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(QString(), m_descriptionError);
    return group;
}

QGroupBox *RequestForm::buildTagsGroup()
{
    auto *group = newGroup(tr("Tags"), QStringLiteral("tagsGroupBox"), this);
    auto *layout = new QVBoxLayout(group);
    m_tags = new TagListEditor(group);
    layout->addWidget(m_tags);
    return group;
}

QGroupBox *RequestForm::buildMetadataGroup()
{
    auto *group = newGroup(tr("Metadata"), QStringLiteral("metadataGroupBox"), this);
    auto *layout = new QVBoxLayout(group);
    m_metadataModel = new MetadataTableModel(this);
    m_metadata = new RowTableEditor(m_metadataModel, QStringLiteral("Metadata"), QStringLiteral("metadataTableView"), group);
    m_metadata->view()->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_metadata->view()->setAccessibleName(tr("Metadata"));
    layout->addWidget(newHint(tr("Key/value pairs stored with the content. Keys must be unique."), group));
    layout->addWidget(m_metadata);
    return group;
}

QGroupBox *RequestForm::buildPolicyGroup()
{
    auto *group = newGroup(tr("Playback policy"), QStringLiteral("playbackPolicyGroupBox"), this);
    auto *layout = new QVBoxLayout(group);

    m_public = new QCheckBox(tr("&Public: anyone with the link can play it"), group);
    m_public->setObjectName(QStringLiteral("publicCheckBox"));
    m_public->setChecked(true);
    m_signed = new QCheckBox(tr("&Signed: playback needs a signed token"), group);
    m_signed->setObjectName(QStringLiteral("signedCheckBox"));
    m_policyError = new InlineErrorLabel(group);
    m_policyError->setObjectName(QStringLiteral("playbackPolicyErrorLabel"));

    layout->addWidget(m_public);
    layout->addWidget(m_signed);
    layout->addWidget(m_policyError);
    return group;
}

QGroupBox *RequestForm::buildSourcesGroup()
{
    auto *group = newGroup(tr("Source videos"), QStringLiteral("sourcesGroupBox"), this);
    auto *layout = new QVBoxLayout(group);
    m_sourceModel = new SourceTableModel(this);
    m_sources = new RowTableEditor(m_sourceModel, QStringLiteral("Source"), QStringLiteral("sourcesTableView"), group);
    QHeaderView *header = m_sources->view()->horizontalHeader();
    header->setSectionResizeMode(SourceTableModel::UrlColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(SourceTableModel::StartColumn, QHeaderView::Interactive);
    header->setSectionResizeMode(SourceTableModel::EndColumn, QHeaderView::Interactive);
    header->resizeSection(SourceTableModel::StartColumn, 90);
    header->resizeSection(SourceTableModel::EndColumn, 90);
    m_sources->view()->setAccessibleName(tr("Source videos"));
    layout->addWidget(newHint(tr("Public video URLs to cut from. Start and End are optional: "
                                 "seconds (75), minutes and seconds (1:15) or hours too (1:01:15)."),
                              group));
    layout->addWidget(m_sources);
    return group;
}

void RequestForm::connectEdits()
{
    connect(m_title, &QLineEdit::textChanged, this, &RequestForm::onEdited);
    connect(m_description, &QPlainTextEdit::textChanged, this, &RequestForm::onEdited);
    connect(m_tags->model(), &EditableRowModel::contentEdited, this, &RequestForm::onEdited);
    connect(m_metadataModel, &EditableRowModel::contentEdited, this, &RequestForm::onEdited);
    connect(m_sourceModel, &EditableRowModel::contentEdited, this, &RequestForm::onEdited);
    connect(m_public, &QCheckBox::toggled, this, &RequestForm::onEdited);
    connect(m_signed, &QCheckBox::toggled, this, &RequestForm::onEdited);
}

void RequestForm::connectUndo()
{
    m_undoStack = new QUndoStack(this);
    m_undoStack->setObjectName(QStringLiteral("formUndoStack"));
    m_tags->model()->setUndoStack(m_undoStack, tr("tag"), tr("tags"));
    m_metadataModel->setUndoStack(m_undoStack, tr("metadata row"), tr("metadata rows"));
    m_sourceModel->setUndoStack(m_undoStack, tr("source video"), tr("source videos"));

    // What Undo changed is brought into view, however far the form is scrolled.
    connect(m_tags->model(), &EditableRowModel::stepRevisited, this, [this] { ensureWidgetVisible(m_tags); });
    connect(m_metadataModel, &EditableRowModel::stepRevisited, this, [this] { ensureWidgetVisible(m_metadata); });
    connect(m_sourceModel, &EditableRowModel::stepRevisited, this, [this] { ensureWidgetVisible(m_sources); });

    auto *router = new UndoKeyRouter(this);
    for (QObject *field : std::initializer_list<QObject *>{m_title, m_description, m_tags->inputField()})
        router->watch(field);
}

void RequestForm::onEdited()
{
    if (m_loading)
        return;
    const PortraitRequest current = request();
    refreshErrors(current);
    emit edited(current);
}

void RequestForm::refreshErrors(const PortraitRequest &request)
{
    showErrors(visibleErrors(RequestValidator::validate(request), request));
}

FieldErrors RequestForm::visibleErrors(const FieldErrors &errors, const PortraitRequest &request) const
{
    if (m_submitAttempted)
        return errors;
    FieldErrors typedMistakes;
    for (const FieldError &error : errors) {
        // Unticking the last policy is a choice just made, so it is flagged at once; an empty
        // required field is only a mistake once the person tries to send.
        if (error.field == Field::PlaybackPolicy || !typedText(error, request).trimmed().isEmpty())
            typedMistakes.append(error);
    }
    return typedMistakes;
}

void RequestForm::showErrors(const FieldErrors &errors)
{
    m_shownErrors = errors;
    QStringList title, description, policy;
    QList<int> tagRows;
    QStringList tagMessages;
    for (const FieldError &error : errors) {
        switch (error.field) {
        case Field::Title:
            title.append(error.message);
            break;
        case Field::Description:
            description.append(error.message);
            break;
        case Field::Tags:
            tagRows.append(error.row);
            tagMessages.append(tr("Tag %1: %2").arg(error.row + 1).arg(error.message));
            break;
        case Field::PlaybackPolicy:
            policy.append(error.message);
            break;
        default:
            break;
        }
    }
    m_titleError->setMessages(title);
    m_descriptionError->setMessages(description);
    m_tags->showErrors(tagRows, tagMessages);
    m_policyError->setMessages(policy);
    showTableErrors(errors);
}

void RequestForm::showTableErrors(const FieldErrors &errors)
{
    CellErrors metadataCells, sourceCells;
    QStringList metadataMessages, sourceMessages;
    for (const FieldError &error : errors) {
        const int column = columnOf(error.field);
        if (isMetadataField(error.field)) {
            metadataCells.append({error.row, column, error.message});
            metadataMessages.append(tr("Row %1: %2").arg(error.row + 1).arg(error.message));
        } else if (isSourceCellField(error.field)) {
            const QString columnName = m_sourceModel->headerData(column, Qt::Horizontal).toString();
            sourceCells.append({error.row, column, error.message});
            sourceMessages.append(tr("Row %1, %2: %3").arg(error.row + 1).arg(columnName, error.message));
        } else if (error.field == Field::Sources) {
            sourceMessages.append(error.message);
        }
    }
    m_metadata->showErrors(metadataCells, metadataMessages);
    m_sources->showErrors(sourceCells, sourceMessages);
}

void RequestForm::focusError(const FieldError &error)
{
    switch (error.field) {
    case Field::Title:
        m_title->setFocus(Qt::OtherFocusReason);
        break;
    case Field::Description:
        m_description->setFocus(Qt::OtherFocusReason);
        break;
    case Field::Tags:
        m_tags->focusRow(error.row);
        break;
    case Field::MetadataKey:
    case Field::MetadataValue:
        m_metadata->focusCell(error.row, columnOf(error.field));
        break;
    case Field::PlaybackPolicy:
        m_public->setFocus(Qt::OtherFocusReason);
        break;
    case Field::Sources:
        m_sources->focusAddButton();
        break;
    case Field::SourceUrl:
    case Field::SourceStart:
    case Field::SourceEnd:
        m_sources->focusCell(error.row, columnOf(error.field));
        break;
    }
    if (QWidget *focused = widget()->focusWidget())
        ensureWidgetVisible(focused);
}
