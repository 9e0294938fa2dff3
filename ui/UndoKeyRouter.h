#pragma once

#include <QObject>

// Lets Ctrl+Z and Ctrl+Shift+Z reach the window's Undo and Redo while a text field has focus
// but nothing of its own to undo or redo. A text field otherwise claims those keys whatever
// its history holds, and since the title has focus when the window opens, Undo after New or
// after loading a preset would silently do nothing.
class UndoKeyRouter : public QObject
{
    Q_OBJECT

public:
    explicit UndoKeyRouter(QObject *parent = nullptr);

    // Watches a QLineEdit or QPlainTextEdit.
    void watch(QObject *field);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
