#include "ScriptedPrompts.h"

#include <QTimer>

QStringList ScriptedPrompts::titles() const
{
    QStringList titles;
    for (const Question &question : m_questions)
        titles.append(question.title);
    return titles;
}

void ScriptedPrompts::answer(const Question &question, TextAnswer reply)
{
    m_questions.append(question);
    emit asked();
    if (m_answers.isEmpty()) {
        m_unexpected.append(question.title + QStringLiteral(": ") + question.text);
        return;
    }
    const Answer next = m_answers.takeFirst();
    if (!next.accept)
        return;
    if (question.kind == Kind::Item && !question.items.contains(next.text)) {
        m_unexpected.append(QStringLiteral("%1: \"%2\" is not one of %3")
                                .arg(question.title, next.text, question.items.join(QStringLiteral(", "))));
        return;
    }
    // Later, from the event loop, as a dialog opened with open() answers.
    QTimer::singleShot(0, this, [reply = std::move(reply), text = next.text] { reply(text); });
}

void ScriptedPrompts::askText(const QString &title, const QString &label, const QString &initialText,
                              TextAnswer accepted)
{
    answer({Kind::Text, title, label, initialText, {}}, std::move(accepted));
}

void ScriptedPrompts::askItem(const QString &title, const QString &label, const QStringList &items,
                              const QString &current, TextAnswer accepted)
{
    answer({Kind::Item, title, label, current, items}, std::move(accepted));
}

void ScriptedPrompts::confirm(const QString &title, const QString &text, const QString &, Confirmed accepted)
{
    answer({Kind::Confirm, title, text, {}, {}}, [accepted = std::move(accepted)](const QString &) { accepted(); });
}

void ScriptedPrompts::askOpenFile(const QString &title, const QString &directory, const QString &,
                                  TextAnswer chosen)
{
    answer({Kind::OpenFile, title, {}, directory, {}}, std::move(chosen));
}

void ScriptedPrompts::askSaveFile(const QString &title, const QString &suggestedPath, const QString &,
                                  TextAnswer chosen)
{
    answer({Kind::SaveFile, title, {}, suggestedPath, {}}, std::move(chosen));
}
