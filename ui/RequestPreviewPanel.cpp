#include "RequestPreviewPanel.h"

#include "CurlCommand.h"
#include "WireFormat.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {

QPlainTextEdit *codeView(const QString &objectName, QWidget *parent)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(objectName);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    return view;
}

} // namespace

RequestPreviewPanel::RequestPreviewPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("requestPreviewPanel"));
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("requestPreviewTabWidget"));
    m_body = codeView(QStringLiteral("requestBodyPlainTextEdit"), tabs);
    m_curl = codeView(QStringLiteral("curlPlainTextEdit"), tabs);
    tabs->addTab(m_body, tr("JSON body"));
    tabs->addTab(m_curl, tr("curl"));

    m_copy = new QPushButton(tr("Copy as curl"), this);
    m_copy->setObjectName(QStringLiteral("copyCurlPushButton"));
    m_copy->setToolTip(tr("Copies a curl command that reads the credentials from $VIDEOGRAPH_ACCESS_TOKEN "
                          "and $VIDEOGRAPH_SECRET_KEY"));
    connect(m_copy, &QPushButton::clicked, this, &RequestPreviewPanel::copyCurl);

    auto *note = new QLabel(tr("What the next submit sends. The Authorization header is hidden."), this);
    note->setWordWrap(true);
    note->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(note, 1);
    buttons->addWidget(m_copy);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(tabs, 1);
    layout->addLayout(buttons);
}

void RequestPreviewPanel::showRequest(const QUrl &url, const PortraitRequest &request)
{
    const QJsonDocument body(WireFormat::requestToJson(request));
    const QByteArray compact = body.toJson(QJsonDocument::Compact);
    m_body->setPlainText(QString::fromUtf8(body.toJson(QJsonDocument::Indented)));
    m_curl->setPlainText(CurlCommand::forPost(url, compact, CurlCommand::Credentials::Masked));
    m_copyableCurl = CurlCommand::forPost(url, compact, CurlCommand::Credentials::FromEnvironment);
}

QString RequestPreviewPanel::bodyText() const
{
    return m_body->toPlainText();
}

QString RequestPreviewPanel::curlText() const
{
    return m_curl->toPlainText();
}

void RequestPreviewPanel::copyCurl()
{
    QGuiApplication::clipboard()->setText(m_copyableCurl);
}
