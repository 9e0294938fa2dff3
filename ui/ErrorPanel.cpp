#include "ErrorPanel.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

ErrorPanel::ErrorPanel(QWidget *parent)
    : QFrame(parent)
    , m_explanation(newTextLabel(QStringLiteral("errorExplanationLabel")))
    , m_outcomeUnknown(newTextLabel(QStringLiteral("outcomeUnknownLabel")))
    , m_details(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("errorPanel"));
    setStyleSheet(QStringLiteral("QFrame#errorPanel { background: #fdecea; border: 1px solid #f1a19b; border-radius: 6px; }"));
    setAccessibleName(tr("Request failed"));

    m_outcomeUnknown->setText(tr("The content may have been created even so. Check the list of contents "
                                 "before sending again, or you may end up with two."));
    QFont bold = m_outcomeUnknown->font();
    bold.setBold(true);
    m_outcomeUnknown->setFont(bold);

    m_details->setObjectName(QStringLiteral("errorDetailsPlainTextEdit"));
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setMaximumHeight(120);
    m_details->setAccessibleName(tr("Error details"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(buildHeader());
    layout->addWidget(m_explanation);
    layout->addWidget(m_outcomeUnknown);
    layout->addWidget(m_details);

    setDetailsShown(false);
    hide();
}

void ErrorPanel::showProblem(const QString &caption, const QString &explanation, const QString &details,
                             bool outcomeUnknown)
{
    m_caption->setText(caption);
    m_explanation->setText(explanation);
    m_explanation->setVisible(!explanation.isEmpty());
    m_outcomeUnknown->setVisible(outcomeUnknown);
    m_details->setPlainText(details);
    m_detailsToggle->setVisible(!details.isEmpty());
    m_detailsToggle->setChecked(false);
    show();
}

void ErrorPanel::dismiss()
{
    hide();
}

QWidget *ErrorPanel::buildHeader()
{
    auto *header = new QWidget(this);
    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *icon = new QLabel(header);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/dialog-error.svg")).pixmap(20, 20));

    m_caption = newTextLabel(QStringLiteral("errorLabel"));
    QFont bold = m_caption->font();
    bold.setBold(true);
    m_caption->setFont(bold);

    m_detailsToggle = new QPushButton(tr("&Details"), header);
    m_detailsToggle->setObjectName(QStringLiteral("errorDetailsPushButton"));
    m_detailsToggle->setCheckable(true);
    connect(m_detailsToggle, &QPushButton::toggled, this, &ErrorPanel::setDetailsShown);

    auto *close = new QToolButton(header);
    close->setObjectName(QStringLiteral("dismissErrorToolButton"));
    close->setIcon(QIcon(QStringLiteral(":/icons/cancel.svg")));
    close->setAutoRaise(true);
    close->setToolTip(tr("Dismiss this message"));
    close->setAccessibleName(tr("Dismiss"));
    connect(close, &QToolButton::clicked, this, &ErrorPanel::dismiss);

    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_caption, 1);
    layout->addWidget(m_detailsToggle, 0, Qt::AlignTop);
    layout->addWidget(close, 0, Qt::AlignTop);
    return header;
}

QLabel *ErrorPanel::newTextLabel(const QString &objectName)
{
    auto *label = new QLabel(this);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void ErrorPanel::setDetailsShown(bool shown)
{
    m_details->setVisible(shown);
}
