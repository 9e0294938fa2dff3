#pragma once

#include <QStringList>
#include <QWidget>

class InlineErrorLabel;
class QLineEdit;
class QListView;
class QToolButton;
class TagListModel;

// Tags as an editable list: typed or pasted into a field ("a, b, c" adds three), edited in
// place, removed and reordered. A tag the rules refuse stays in the field with the reason
// beside it, so nothing typed is lost.
class TagListEditor : public QWidget
{
    Q_OBJECT

public:
    explicit TagListEditor(QWidget *parent = nullptr);

    TagListModel *model() const { return m_model; }
    QLineEdit *inputField() const { return m_input; }

    QStringList tags() const;
    void setTags(const QStringList &tags);

    // Problems the form's validation found (a request loaded with a repeated tag, say).
    void showErrors(const QList<int> &rows, const QStringList &messages);
    void focusRow(int row);

    // Adds every tag typed in the field that the rules accept; returns how many were added.
    int addFromInput();

private:
    QWidget *buildInputRow();
    QWidget *buildListRow();
    void showRefusal(const QString &reason);
    void updateMessages();

    TagListModel *m_model;
    QLineEdit *m_input = nullptr;
    QToolButton *m_addButton = nullptr;
    QListView *m_view = nullptr;
    InlineErrorLabel *m_errorLabel;
    QString m_refusal;
    QStringList m_validationMessages;
};
