#pragma once

#include <QLabel>
#include <QStringList>

// The small red text under a field group that says what is wrong with it. It takes no room
// while there is nothing to say, so a valid form stays compact.
class InlineErrorLabel : public QLabel
{
    Q_OBJECT

public:
    explicit InlineErrorLabel(QWidget *parent = nullptr);

    void setMessages(const QStringList &messages);

private:
    QStringList m_messages;
};
