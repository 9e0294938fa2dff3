#include "PresetNoticePanel.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

PresetNoticePanel::PresetNoticePanel(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("presetNoticePanel"));
    setStyleSheet(QStringLiteral("QFrame#presetNoticePanel { background: #fff4d6; border: 1px solid #f2c94c;"
                                 " border-radius: 6px; }"));
    setAccessibleName(tr("Preset problems"));

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/dialog-warning.svg")).pixmap(20, 20));

    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("presetNoticeCaptionLabel"));
    m_caption->setWordWrap(true);
    m_caption->setTextFormat(Qt::PlainText);
    QFont bold = m_caption->font();
    bold.setBold(true);
    m_caption->setFont(bold);

    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("presetNoticeDetailsLabel"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_openFolder = new QPushButton(tr("Open Presets &Folder"), this);
    m_openFolder->setObjectName(QStringLiteral("openPresetsFolderPushButton"));
    connect(m_openFolder, &QPushButton::clicked, this, &PresetNoticePanel::openFolderRequested);

    auto *close = new QToolButton(this);
    close->setObjectName(QStringLiteral("dismissPresetNoticeToolButton"));
    close->setIcon(QIcon(QStringLiteral(":/icons/cancel.svg")));
    close->setAutoRaise(true);
    close->setToolTip(tr("Dismiss this message"));
    close->setAccessibleName(tr("Dismiss"));
    connect(close, &QToolButton::clicked, this, &PresetNoticePanel::dismiss);

    auto *text = new QVBoxLayout;
    text->setSpacing(4);
    text->addWidget(m_caption);
    text->addWidget(m_details);

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addLayout(text, 1);
    layout->addWidget(m_openFolder, 0, Qt::AlignTop);
    layout->addWidget(close, 0, Qt::AlignTop);
    hide();
}

void PresetNoticePanel::showNotice(const QString &caption, const QStringList &lines, bool offerFolder)
{
    m_lines = lines;
    m_caption->setText(caption);
    QStringList bulleted;
    for (const QString &line : lines)
        bulleted.append(QStringLiteral("• ") + line);
    m_details->setText(bulleted.join(u'\n'));
    m_details->setVisible(!lines.isEmpty());
    m_openFolder->setVisible(offerFolder);
    setAccessibleDescription(caption + u'\n' + lines.join(u'\n'));
    show();
}

void PresetNoticePanel::dismiss()
{
    hide();
}

QString PresetNoticePanel::caption() const
{
    return m_caption->text();
}
