#include "NoticePanel.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

QLabel *newTextLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    // File names and URLs are shown as typed, never read as markup.
    label->setTextFormat(Qt::PlainText);
    return label;
}

} // namespace

NoticePanel::NoticePanel(const QString &objectStem, const QString &accessibleName, QWidget *parent)
    : QFrame(parent)
{
    const QString panelName = objectStem + QStringLiteral("Panel");
    setObjectName(panelName);
    setStyleSheet(QStringLiteral("QFrame#%1 { background: #fff4d6; border: 1px solid #f2c94c; border-radius: 6px; }")
                      .arg(panelName));
    setAccessibleName(accessibleName);

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/dialog-warning.svg")).pixmap(20, 20));

    m_caption = newTextLabel(objectStem + QStringLiteral("CaptionLabel"), this);
    QFont bold = m_caption->font();
    bold.setBold(true);
    m_caption->setFont(bold);
    m_details = newTextLabel(objectStem + QStringLiteral("DetailsLabel"), this);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("dismiss%1%2ToolButton").arg(objectStem.left(1).toUpper(), objectStem.mid(1)));
    close->setIcon(QIcon(QStringLiteral(":/icons/cancel.svg")));
    close->setAutoRaise(true);
    close->setToolTip(tr("Dismiss this message"));
    close->setAccessibleName(tr("Dismiss"));
    connect(close, &QToolButton::clicked, this, &NoticePanel::dismiss);

    auto *text = new QVBoxLayout;
    text->setSpacing(4);
    text->addWidget(m_caption);
    text->addWidget(m_details);

    m_layout = new QHBoxLayout(this);
    m_layout->addWidget(icon, 0, Qt::AlignTop);
    m_layout->addLayout(text, 1);
    m_layout->addWidget(close, 0, Qt::AlignTop);
    hide();
}

void NoticePanel::showLines(const QString &caption, const QStringList &lines)
{
    m_lines = lines;
    m_caption->setText(caption);
    QStringList bulleted;
    for (const QString &line : lines)
        bulleted.append(QStringLiteral("• ") + line);
    m_details->setText(bulleted.join(u'\n'));
    m_details->setVisible(!lines.isEmpty());
    setAccessibleDescription(caption + u'\n' + lines.join(u'\n'));
    show();
}

void NoticePanel::addButton(QWidget *button)
{
    m_layout->insertWidget(m_layout->count() - 1, button, 0, Qt::AlignTop);
}

void NoticePanel::dismiss()
{
    hide();
}

QString NoticePanel::caption() const
{
    return m_caption->text();
}
