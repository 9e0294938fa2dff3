#pragma once

#include "UserPrompts.h"

#include <QList>
#include <QObject>
#include <QStringList>

// UserPrompts answered in advance by the test. Each question takes the next answer in line,
// delivered from the event loop as a real dialog's would be; a question with no answer left is
// cancelled and listed in unexpected().
class ScriptedPrompts : public QObject, public UserPrompts
{
    Q_OBJECT

public:
    enum class Kind { Text, Item, Confirm, OpenFile, SaveFile };

    struct Question
    {
        Kind kind;
        QString title;
        QString text;        // the label or the message
        QString initialText; // suggested text, current item or suggested path
        QStringList items;
    };

    // The next question is answered with this text (a name, an item, a file path).
    void willAnswer(const QString &text) { m_answers.append(Answer{true, text}); }
    // The next question (a confirmation) is answered yes.
    void willConfirm() { m_answers.append(Answer{true, {}}); }
    // The next question is cancelled.
    void willCancel() { m_answers.append(Answer{false, {}}); }

    const QList<Question> &questions() const { return m_questions; }
    QStringList titles() const;
    int answersLeft() const { return int(m_answers.size()); }
    const QStringList &unexpected() const { return m_unexpected; }
    const QStringList &openedFolders() const { return m_openedFolders; }

    void askText(const QString &title, const QString &label, const QString &initialText,
                 TextAnswer accepted) override;
    void askItem(const QString &title, const QString &label, const QStringList &items, const QString &current,
                 TextAnswer accepted) override;
    void confirm(const QString &title, const QString &text, const QString &acceptText, Confirmed accepted) override;
    void askOpenFile(const QString &title, const QString &directory, const QString &filter,
                     TextAnswer chosen) override;
    void askSaveFile(const QString &title, const QString &suggestedPath, const QString &filter,
                     TextAnswer chosen) override;
    void openFolder(const QString &path) override { m_openedFolders.append(path); }

signals:
    void asked();

private:
    struct Answer
    {
        bool accept;
        QString text;
    };

    void answer(const Question &question, TextAnswer reply);

    QList<Answer> m_answers;
    QList<Question> m_questions;
    QStringList m_unexpected;
    QStringList m_openedFolders;
};
