#include "EndpointBanner.h"

EndpointBanner::EndpointBanner(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("endpointBannerLabel"));
    setTextFormat(Qt::PlainText);
    setWordWrap(true);
    setMargin(6);
    hide();
}

void EndpointBanner::setEndpoint(const QString &text, bool isSandbox)
{
    setText(text);
    setAccessibleName(isSandbox ? tr("Sandbox endpoint: %1").arg(text) : tr("Endpoint: %1").arg(text));
    setStyleSheet(isSandbox
                      ? QStringLiteral("QLabel { background: #fff4d6; color: #6b4e00; border: 1px solid #f2c94c;"
                                       " border-radius: 4px; font-weight: bold; }")
                      : QStringLiteral("QLabel { background: #e8f0fe; color: #1d3f7a; border: 1px solid #b7cdf5;"
                                       " border-radius: 4px; }"));
    setVisible(!text.isEmpty());
}
