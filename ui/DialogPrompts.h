#pragma once

#include "UserPrompts.h"

#include <QPointer>
#include <QWidget>

// UserPrompts as real dialogs, window-modal over the parent and opened with open(), so the
// event loop keeps running while the person answers.
class DialogPrompts : public UserPrompts
{
public:
    explicit DialogPrompts(QWidget *parent);

    void askText(const QString &title, const QString &label, const QString &initialText,
                 TextAnswer accepted) override;
    void askItem(const QString &title, const QString &label, const QStringList &items, const QString &current,
                 TextAnswer accepted) override;
    void confirm(const QString &title, const QString &text, const QString &acceptText, Confirmed accepted) override;
    void askOpenFile(const QString &title, const QString &directory, const QString &filter,
                     TextAnswer chosen) override;
    void askSaveFile(const QString &title, const QString &suggestedPath, const QString &filter,
                     TextAnswer chosen) override;
    void openFolder(const QString &path) override;

private:
    QPointer<QWidget> m_parent;
};
