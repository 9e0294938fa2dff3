#pragma once

#include "PortraitRequest.h"

#include <QUrl>
#include <QWidget>

class QPlainTextEdit;
class QPushButton;

// The exact JSON body the next submit sends, and the equivalent curl command with the
// Authorization hidden. "Copy as curl" copies a command that reads the credentials from the
// environment, so a secret never lands in a clipboard, a chat or a shell history.
class RequestPreviewPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RequestPreviewPanel(QWidget *parent = nullptr);

    void showRequest(const QUrl &url, const PortraitRequest &request);

    QString bodyText() const;
    QString curlText() const;
    QString copyableCurl() const { return m_copyableCurl; }

private:
    void copyCurl();

    QPlainTextEdit *m_body = nullptr;
    QPlainTextEdit *m_curl = nullptr;
    QPushButton *m_copy = nullptr;
    QString m_copyableCurl;
};
