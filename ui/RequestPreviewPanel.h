#pragma once

#include "PortraitRequest.h"

#include <QUrl>
#include <QWidget>

class QPlainTextEdit;
class QPushButton;
class QTabWidget;

// The exact JSON body the next submit sends, and the equivalent curl command with the
// Authorization hidden. "Copy as curl" copies a command that reads the credentials from the
// environment, so a secret never lands in a clipboard, a chat or a shell history.
class RequestPreviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RequestPreviewPanel(QWidget *parent = nullptr);

    void showRequest(const QUrl &url, const PortraitRequest &request);

    QString bodyText() const { return m_bodyText; }
    QString curlText() const;

private:
    QString copyableCurl() const;
    void copyCurl();
    void fillShownTab();

    QTabWidget *m_tabs = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QPlainTextEdit *m_curl = nullptr;
    QPushButton *m_copy = nullptr;
    QUrl m_url;
    QByteArray m_compactBody; // the curl commands are made from it only when asked for
    QString m_bodyText;
    QString m_bodyInView; // what each tab shows, so unchanged text is not laid out again
    QString m_curlInView;
};
