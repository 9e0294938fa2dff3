#pragma once

#include "ContentCard.h"

#include <QByteArray>
#include <QFrame>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

// What the server said about one content: the card a person checks after submitting, with the
// raw answer one click away for anyone who needs to see exactly what came back.
class ContentCardView : public QFrame
{
    Q_OBJECT

public:
    explicit ContentCardView(QWidget *parent = nullptr);

    void showContent(const ContentCard &card, const QByteArray &rawBody);
    bool hasContent() const;

    // Milliseconds as a player shows them: "0:45", "1:05", "1:00:05".
    static QString durationText(qint64 milliseconds);

signals:
    // A short note for the status bar, such as "Content ID copied".
    void statusMessage(const QString &message);

private:
    QWidget *buildPlaceholder();
    QWidget *buildDetails();
    QWidget *buildHeader(QWidget *parent);
    QWidget *buildIdRow(QWidget *parent);
    void buildFields(QWidget *parent);
    QLabel *addField(const QString &label, const QString &objectName, QWidget *parent);
    QWidget *buildRawJson(QWidget *parent);

    void showStatus(const ContentCard &card);
    void showCreated(const QDateTime &createdAt);
    void showOptionalFields(const ContentCard &card);
    void showShareLink(const QUrl &url);
    void showRawJson(const QByteArray &rawBody);
    void setFieldShown(QLabel *field, bool shown);
    void copyContentId();

    QStackedWidget *m_pages;
    QFormLayout *m_fields = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_statusBadge = nullptr;
    QLabel *m_contentId = nullptr;
    QPushButton *m_copyId = nullptr;
    QLabel *m_category = nullptr;
    QLabel *m_created = nullptr;
    QLabel *m_duration = nullptr;
    QLabel *m_policy = nullptr;
    QLabel *m_flags = nullptr;
    QLabel *m_resolution = nullptr;
    QLabel *m_shareLink = nullptr;
    QPushButton *m_rawToggle = nullptr;
    QPlainTextEdit *m_rawJson = nullptr;
};
