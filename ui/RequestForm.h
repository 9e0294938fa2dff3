#pragma once

#include "FieldError.h"
#include "PortraitRequest.h"

#include <QScrollArea>

class InlineErrorLabel;
class MetadataTableModel;
class QCheckBox;
class QGroupBox;
class QLineEdit;
class QPlainTextEdit;
class QTableView;
class RowTableEditor;
class SourceTableModel;
class TagListEditor;
class QUndoStack;

// Every field of one Portrait PRO job, scrollable so the window works at any size.
//
// Problems are shown inline next to their field. Until the first submit only mistakes in what
// was typed are flagged (a time that is not a time, a repeated key); after a submit that failed
// validation every problem is shown and cleared as the person fixes it.
class RequestForm : public QScrollArea
{
    Q_OBJECT

public:
    explicit RequestForm(QWidget *parent = nullptr);

    PortraitRequest request() const;
    // The source URLs in table order, without building the whole request.
    QStringList sourceUrls() const;
    // The table the source videos are edited in: links dropped on it become rows.
    QTableView *sourcesView() const;
    // Loads a request as a fresh start (a restored draft, say): the undo history is forgotten.
    void setRequest(const PortraitRequest &request);
    // Replaces the form as one step Undo can take back; text names it in the Edit menu.
    void replaceRequest(const PortraitRequest &request, const QString &undoText);
    // Appends a source row per URL, all as one undo step.
    void addSourceUrls(const QStringList &urls);

    // Every list edit and whole-form replacement, for the Edit menu's Undo and Redo.
    QUndoStack *undoStack() const { return m_undoStack; }
    // Undo and Redo as the Edit menu does them: a cell still being typed in is kept first.
    void undo();
    void redo();

    // Validates the whole request, shows every problem and moves focus to the first one.
    // Returns whether the request may be sent.
    bool checkBeforeSubmit();

    void focusTitle();
    FieldErrors shownErrors() const { return m_shownErrors; }

signals:
    // Anything in the form changed; request is the form as it is now, built once for everyone.
    void edited(const PortraitRequest &request);

private:
    QGroupBox *buildContentGroup();
    QGroupBox *buildTagsGroup();
    QGroupBox *buildMetadataGroup();
    QGroupBox *buildPolicyGroup();
    QGroupBox *buildSourcesGroup();
    void connectEdits();
    void connectUndo();
    void loadRequest(const PortraitRequest &request);

    void commitOpenEditors();
    void onEdited();
    void refreshErrors(const PortraitRequest &request);
    FieldErrors visibleErrors(const FieldErrors &errors, const PortraitRequest &request) const;
    void showErrors(const FieldErrors &errors);
    void showTableErrors(const FieldErrors &errors);
    void focusError(const FieldError &error);

    QLineEdit *m_title = nullptr;
    InlineErrorLabel *m_titleError = nullptr;
    QPlainTextEdit *m_description = nullptr;
    InlineErrorLabel *m_descriptionError = nullptr;
    TagListEditor *m_tags = nullptr;
    MetadataTableModel *m_metadataModel = nullptr;
    RowTableEditor *m_metadata = nullptr;
    QCheckBox *m_public = nullptr;
    QCheckBox *m_signed = nullptr;
    InlineErrorLabel *m_policyError = nullptr;
    SourceTableModel *m_sourceModel = nullptr;
    RowTableEditor *m_sources = nullptr;
    QUndoStack *m_undoStack = nullptr;

    bool m_submitAttempted = false;
    bool m_loading = false;
    FieldErrors m_shownErrors;
};
