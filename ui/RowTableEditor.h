#pragma once

#include "CellError.h"

#include <QStringList>
#include <QWidget>

class EditableRowModel;
class InlineErrorLabel;
class QTableView;

// A table of rows edited in place, with Add, Remove, Move Up and Move Down beside it and the
// table's problems written underneath. The metadata and source video editors are both this,
// over different models.
class RowTableEditor : public QWidget
{
    Q_OBJECT

public:
    // objectStem names the children for tests and screen readers: "Source" gives
    // addSourceToolButton, removeSourceToolButton, actionAddSource, sourceErrorLabel ...
    // viewName is the table's own objectName, e.g. "sourcesTableView". The model stays owned
    // by whoever made it.
    RowTableEditor(EditableRowModel *model, const QString &objectStem, const QString &viewName,
                   QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }

    // Appends an empty row and opens its first cell for typing.
    void addRow();
    void showErrors(const CellErrors &cells, const QStringList &messages);
    void focusCell(int row, int column);
    void focusAddButton();

private:
    void buildView(const QString &viewName);
    QLayout *buildButtons(const QString &objectStem);

    EditableRowModel *m_model;
    QTableView *m_view = nullptr;
    QWidget *m_addButton = nullptr;
    InlineErrorLabel *m_errorLabel;
};
