#include "UndoKeyRouter.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace {

bool isRedoKey(const QKeyEvent *key)
{
    // Not every platform theme lists Ctrl+Y as Redo; the window's Redo action takes it anyway.
    const QKeySequence pressed(key->keyCombination());
    return key->matches(QKeySequence::Redo) || pressed == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)
        || pressed == QKeySequence(Qt::CTRL | Qt::Key_Y);
}

// Whether the field itself has a step to take for this key.
bool fieldHasStep(QObject *field, bool undo)
{
    if (auto *line = qobject_cast<QLineEdit *>(field))
        return undo ? line->isUndoAvailable() : line->isRedoAvailable();
    if (auto *text = qobject_cast<QPlainTextEdit *>(field))
        return undo ? text->document()->isUndoAvailable() : text->document()->isRedoAvailable();
    return true;
}

} // namespace

UndoKeyRouter::UndoKeyRouter(QObject *parent)
    : QObject(parent)
{
}

void UndoKeyRouter::watch(QObject *field)
{
    field->installEventFilter(this);
}

bool UndoKeyRouter::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::ShortcutOverride)
        return false;
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool undo = key->matches(QKeySequence::Undo);
    if (!undo && !isRedoKey(key))
        return false;
    if (fieldHasStep(watched, undo))
        return false;
    // Unclaimed, the key goes on to the window's shortcuts.
    event->ignore();
    return true;
}
