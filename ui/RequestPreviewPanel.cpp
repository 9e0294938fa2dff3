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
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("requestPreviewTabWidget"));
    m_body = codeView(QStringLiteral("requestBodyPlainTextEdit"), m_tabs);
    m_curl = codeView(QStringLiteral("curlPlainTextEdit"), m_tabs);
    m_tabs->addTab(m_body, tr("JSON body"));
    m_tabs->addTab(m_curl, tr("curl"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &RequestPreviewPanel::fillShownTab);

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
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);
}

void RequestPreviewPanel::showRequest(const QUrl &url, const PortraitRequest &request)
{
    const QJsonDocument body(WireFormat::requestToJson(request));
    m_url = url;
    m_compactBody = body.toJson(QJsonDocument::Compact);
    m_bodyText = QString::fromUtf8(body.toJson(QJsonDocument::Indented));
    fillShownTab();
}

QString RequestPreviewPanel::curlText() const
{
    return CurlCommand::forPost(m_url, m_compactBody, CurlCommand::Credentials::Masked);
}

QString RequestPreviewPanel::copyableCurl() const
{
    return CurlCommand::forPost(m_url, m_compactBody, CurlCommand::Credentials::FromEnvironment);
}

void RequestPreviewPanel::fillShownTab()
{
    // Laying out a large job's text is most of the cost, so only the tab in view is filled;
    // the other is filled when it is picked. Unchanged text is not laid out again.
    const bool curl = m_tabs->currentWidget() == m_curl;
    const QString text = curl ? curlText() : m_bodyText;
    QString &inView = curl ? m_curlInView : m_bodyInView;
    if (inView == text)
        return;
    inView = text;
    (curl ? m_curl : m_body)->setPlainText(text);
}

void RequestPreviewPanel::copyCurl()
{
    QGuiApplication::clipboard()->setText(copyableCurl());
}
