#include "PresetNoticePanel.h"

#include <QPushButton>

PresetNoticePanel::PresetNoticePanel(QWidget *parent)
    : NoticePanel(QStringLiteral("presetNotice"), tr("Preset problems"), parent)
{
    m_openFolder = new QPushButton(tr("Open Presets &Folder"), this);
    m_openFolder->setObjectName(QStringLiteral("openPresetsFolderPushButton"));
    connect(m_openFolder, &QPushButton::clicked, this, &PresetNoticePanel::openFolderRequested);
    addButton(m_openFolder);
}

void PresetNoticePanel::showNotice(const QString &caption, const QStringList &lines, bool offerFolder)
{
    m_openFolder->setVisible(offerFolder);
    showLines(caption, lines);
}
