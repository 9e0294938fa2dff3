#pragma once

#include <QObject>

class EditableRowModel;
class QAbstractItemView;
class QAction;

// Remove, move up and move down for the current row of one list or table. The keyboard
// shortcuts only act while the view itself has focus, so Delete inside a cell being edited
// still deletes a character instead of the row.
class RowActions : public QObject
{
    Q_OBJECT

public:
    // objectStem names the actions for tests and screen readers: "Tag" gives actionRemoveTag,
    // actionMoveTagUp and actionMoveTagDown.
    RowActions(QAbstractItemView *view, EditableRowModel *model, const QString &objectStem, QObject *parent = nullptr);

    QAction *removeAction() const { return m_remove; }
    QAction *moveUpAction() const { return m_moveUp; }
    QAction *moveDownAction() const { return m_moveDown; }

    int currentRow() const;

private:
    QAction *makeAction(const QString &text, const QString &iconName, const QKeySequence &shortcut,
                        const QString &objectName);
    void removeCurrent();
    void moveCurrent(int step);
    void selectRow(int row);
    void updateEnabled();

    QAbstractItemView *m_view;
    EditableRowModel *m_model;
    QAction *m_remove;
    QAction *m_moveUp;
    QAction *m_moveDown;
};
