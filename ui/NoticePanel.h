#pragma once

#include <QFrame>
#include <QStringList>

class QHBoxLayout;
class QLabel;

// A warning above the form: a bold caption, one line per thing that went wrong, and a button to
// dismiss it. Shown inside the window, never as a message box, so it blocks nothing and can be
// read while the person fixes what it names.
class NoticePanel : public QFrame
{
    Q_OBJECT

public:
    // objectStem names the panel and its children for tests and screen readers:
    // "presetNotice" gives presetNoticePanel, presetNoticeCaptionLabel, presetNoticeDetailsLabel
    // and dismissPresetNoticeToolButton.
    NoticePanel(const QString &objectStem, const QString &accessibleName, QWidget *parent = nullptr);

    void dismiss();

    QString caption() const;
    QStringList lines() const { return m_lines; }

protected:
    void showLines(const QString &caption, const QStringList &lines);
    // A button of the subclass's own, placed before the dismiss button.
    void addButton(QWidget *button);

private:
    QLabel *m_caption = nullptr;
    QLabel *m_details = nullptr;
    QHBoxLayout *m_layout = nullptr;
    QStringList m_lines;
};
