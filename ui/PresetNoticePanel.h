#pragma once

#include "NoticePanel.h"

class QPushButton;

// A warning above the form about preset files: those that could not be read when the presets
// folder was loaded, or the file an import or a load could not use. Each line names a file and
// what is wrong with it.
class PresetNoticePanel : public NoticePanel
{
    Q_OBJECT

public:
    explicit PresetNoticePanel(QWidget *parent = nullptr);

    // lines: one per file, "name.json — what is wrong". offerFolder shows a button that opens
    // the presets folder, where the files can be fixed or removed.
    void showNotice(const QString &caption, const QStringList &lines, bool offerFolder);

signals:
    void openFolderRequested();

private:
    QPushButton *m_openFolder = nullptr;
};
