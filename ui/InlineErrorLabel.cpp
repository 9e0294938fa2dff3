#include "InlineErrorLabel.h"

#include <QPalette>

InlineErrorLabel::InlineErrorLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb3, 0x26, 0x1e));
    setPalette(errorPalette);
    hide();
}

void InlineErrorLabel::setMessages(const QStringList &messages)
{
    if (messages == m_messages)
        return;
    m_messages = messages;
    setText(messages.join(u'\n'));
    // Read out by screen readers as the field group's problem, not as a stray label.
    setAccessibleDescription(text());
    setVisible(!messages.isEmpty());
}
