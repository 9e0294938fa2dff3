#pragma once

#include <QObject>

class EditableRowModel;
class QAbstractItemView;
class QAction;
class QVBoxLayout;
class QWidget;

// Remove, move up and move down for the current row of one list or table. The keyboard
// shortcuts only act while the view itself has focus, so Delete inside a cell being edited
// still deletes a character instead of the row. A row that Undo or Redo changes is made
// current and scrolled to, so the person sees what the step did.
class RowActions : public QObject
{
    Q_OBJECT

public:
    // objectStem names the actions and buttons for tests and screen readers: "Tag" gives
    // actionRemoveTag, actionMoveTagUp and actionMoveTagDown.
    RowActions(QAbstractItemView *view, EditableRowModel *model, const QString &objectStem, QObject *parent = nullptr);

    // The button column beside the view: first (an Add button, say) when given, then buttons
    // for the three actions ("Tag" gives removeTagToolButton, moveTagUpToolButton and
    // moveTagDownToolButton, made children of parent), then a stretch.
    QVBoxLayout *newButtonColumn(QWidget *parent, QWidget *first = nullptr) const;

private:
    QAction *makeAction(const QString &text, const QString &iconName, const QKeySequence &shortcut,
                        const QString &objectName);
    int currentRow() const;
    void removeCurrent();
    void moveCurrent(int step);
    void selectRow(int row);
    void showCell(int row, int column);
    void updateEnabled();

    QAbstractItemView *m_view;
    EditableRowModel *m_model;
    QString m_objectStem;
    QAction *m_remove;
    QAction *m_moveUp;
    QAction *m_moveDown;
};
