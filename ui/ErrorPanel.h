#pragma once

#include <QFrame>

class QLabel;
class QPlainTextEdit;
class QPushButton;

// Why the last request failed, shown inside the window (never a message box) so the person can
// read it while fixing the form. Details are folded away until asked for.
class ErrorPanel : public QFrame
{
    Q_OBJECT

public:
    explicit ErrorPanel(QWidget *parent = nullptr);

    // outcomeUnknown: the request may have reached the server and created the content anyway.
    void showProblem(const QString &caption, const QString &explanation, const QString &details, bool outcomeUnknown);
    void dismiss();

private:
    QWidget *buildHeader();
    QLabel *newTextLabel(const QString &objectName);
    void setDetailsShown(bool shown);

    QLabel *m_caption = nullptr;
    QLabel *m_explanation;
    QLabel *m_outcomeUnknown;
    QPushButton *m_detailsToggle = nullptr;
    QPlainTextEdit *m_details;
};
