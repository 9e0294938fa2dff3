#pragma once

#include <QString>
#include <QStringList>
#include <functional>

// The questions the window asks a person — a name, a choice from a list, a yes before something
// destructive, a file to open or save — and handing a folder to the desktop. Behind this
// interface so tests can answer in advance (ScriptedPrompts) while the app shows real dialogs
// (DialogPrompts).
//
// Answers arrive through the callbacks, possibly after the call returned; a callback is called
// at most once, and not at all when the person cancels. No implementation may block the GUI
// thread or run a nested event loop.
class UserPrompts
{
public:
    using TextAnswer = std::function<void(const QString &)>;
    using Confirmed = std::function<void()>;

    virtual ~UserPrompts() = default;

    // A line of text, e.g. a preset's name.
    virtual void askText(const QString &title, const QString &label, const QString &initialText,
                         TextAnswer accepted) = 0;
    // One of items (never empty), e.g. which preset to rename.
    virtual void askItem(const QString &title, const QString &label, const QStringList &items,
                         const QString &current, TextAnswer accepted) = 0;
    // A yes/no before something that cannot be taken back; acceptText names the action ("Delete").
    virtual void confirm(const QString &title, const QString &text, const QString &acceptText,
                         Confirmed accepted) = 0;
    // An existing file to read; filter as QFileDialog takes it.
    virtual void askOpenFile(const QString &title, const QString &directory, const QString &filter,
                             TextAnswer chosen) = 0;
    // A file to write, starting from suggestedPath; a file that exists is confirmed first.
    virtual void askSaveFile(const QString &title, const QString &suggestedPath, const QString &filter,
                             TextAnswer chosen) = 0;
    // Shows the folder in the desktop's file manager.
    virtual void openFolder(const QString &path) = 0;
};
