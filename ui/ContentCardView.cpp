#include "ContentCardView.h"

#include <QClipboard>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {

QString badgeStyle(ContentCard::Phase phase)
{
    // Background, text and border per phase; the text of the badge carries the same meaning
    // for anyone who cannot tell the colours apart.
    const char *colours = nullptr;
    switch (phase) {
    case ContentCard::Phase::Ready:
        colours = "#e3f4e6; color: #1e6b2f; border: 1px solid #8fcf9c";
        break;
    case ContentCard::Phase::Failed:
        colours = "#fde2e1; color: #b3261e; border: 1px solid #f1a19b";
        break;
    case ContentCard::Phase::InProgress:
        colours = "#fff4e0; color: #8a5300; border: 1px solid #f2c94c";
        break;
    }
    return QStringLiteral("QLabel { background: %1; border-radius: 9px; padding: 2px 10px; font-weight: bold; }")
        .arg(QLatin1String(colours));
}

QString phaseName(ContentCard::Phase phase)
{
    switch (phase) {
    case ContentCard::Phase::Ready:
        return ContentCardView::tr("ready");
    case ContentCard::Phase::Failed:
        return ContentCardView::tr("failed");
    case ContentCard::Phase::InProgress:
        break;
    }
    return ContentCardView::tr("in progress");
}

QString flagsText(const ContentCard &card)
{
    QStringList flags;
    if (card.isSocialClip.value_or(false))
        flags.append(ContentCardView::tr("Social clip"));
    if (card.isAdvanced.value_or(false))
        flags.append(ContentCardView::tr("Advanced"));
    if (card.testVideo.value_or(false))
        flags.append(ContentCardView::tr("Test video"));
    if (flags.isEmpty())
        return ContentCardView::tr("None");
    return flags.join(QStringLiteral(" · "));
}

bool anyFlagKnown(const ContentCard &card)
{
    return card.isSocialClip.has_value() || card.isAdvanced.has_value() || card.testVideo.has_value();
}

QLabel *newValueLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

ContentCardView::ContentCardView(QWidget *parent)
    : QFrame(parent)
    , m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("contentCardView"));
    setFrameShape(QFrame::StyledPanel);
    m_pages->setObjectName(QStringLiteral("cardStackedWidget"));

    auto *heading = new QLabel(tr("Result"), this);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    heading->setFont(headingFont);

    m_pages->addWidget(buildPlaceholder());
    m_pages->addWidget(buildDetails());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_pages, 1);
}

void ContentCardView::showContent(const ContentCard &card, const QByteArray &rawBody)
{
    m_title->setText(card.title.isEmpty() ? tr("(untitled)") : card.title);
    m_contentId->setText(card.contentId);
    m_contentId->setToolTip(card.contentId);
    m_copyId->setEnabled(!card.contentId.isEmpty());
    showStatus(card);
    showCreated(card.createdAt);
    showOptionalFields(card);
    showShareLink(card.shareUrl());
    showRawJson(rawBody);
    m_pages->setCurrentIndex(1);
}

bool ContentCardView::hasContent() const
{
    return m_pages->currentIndex() == 1;
}

QString ContentCardView::durationText(qint64 milliseconds)
{
    const qint64 total = qMax<qint64>(0, milliseconds / 1000);
    const qint64 hours = total / 3600;
    const qint64 minutes = (total % 3600) / 60;
    const qint64 seconds = total % 60;
    const QChar zero(u'0');
    if (hours > 0)
        return QStringLiteral("%1:%2:%3").arg(hours).arg(minutes, 2, 10, zero).arg(seconds, 2, 10, zero);
    return QStringLiteral("%1:%2").arg(minutes).arg(seconds, 2, 10, zero);
}

QWidget *ContentCardView::buildPlaceholder()
{
    auto *placeholder = new QLabel(tr("Nothing sent yet.\n\nFill in the form and press Submit (Ctrl+Enter). "
                                      "The new content appears here."),
                                   this);
    placeholder->setObjectName(QStringLiteral("cardPlaceholderLabel"));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    placeholder->setForegroundRole(QPalette::PlaceholderText);
    return placeholder;
}

QWidget *ContentCardView::buildDetails()
{
    auto *details = new QWidget(this);
    auto *layout = new QVBoxLayout(details);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buildHeader(details));
    buildFields(details);
    layout->addLayout(m_fields);
    layout->addWidget(buildRawJson(details), 1);
    return details;
}

QWidget *ContentCardView::buildHeader(QWidget *parent)
{
    auto *header = new QWidget(parent);
    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);

    m_title = newValueLabel(QStringLiteral("cardTitleLabel"), header);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);

    m_statusBadge = new QLabel(header);
    m_statusBadge->setObjectName(QStringLiteral("statusBadgeLabel"));
    m_statusBadge->setAlignment(Qt::AlignCenter);

    layout->addWidget(m_title, 1);
    layout->addWidget(m_statusBadge, 0, Qt::AlignTop);
    return header;
}

QWidget *ContentCardView::buildIdRow(QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *layout = new QGridLayout(row);
    layout->setContentsMargins(0, 0, 0, 4);
    layout->setVerticalSpacing(2);

    auto *caption = new QLabel(tr("Content ID:"), row);
    m_contentId = newValueLabel(QStringLiteral("contentIdLabel"), row);
    m_contentId->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // On a line of its own and always wide enough for a whole UUID: an ID cut short looks
    // complete and gets copied by hand wrongly. Line breaking never splits a UUID reliably.
    m_contentId->setWordWrap(false);
    m_contentId->setMinimumWidth(m_contentId->fontMetrics().horizontalAdvance(
        QStringLiteral("00000000-0000-0000-0000-000000000000")) + 4);
    caption->setBuddy(m_contentId);

    m_copyId = new QPushButton(QIcon(QStringLiteral(":/icons/edit-copy.svg")), tr("&Copy"), row);
    m_copyId->setObjectName(QStringLiteral("copyIdPushButton"));
    m_copyId->setToolTip(tr("Copy the content ID to the clipboard"));
    connect(m_copyId, &QPushButton::clicked, this, &ContentCardView::copyContentId);

    layout->addWidget(caption, 0, 0);
    layout->addWidget(m_copyId, 0, 1);
    layout->addWidget(m_contentId, 1, 0, 1, 2);
    layout->setColumnStretch(0, 1);
    return row;
}

void ContentCardView::buildFields(QWidget *parent)
{
    m_fields = new QFormLayout;
    m_fields->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_fields->setRowWrapPolicy(QFormLayout::WrapLongRows);
    // The ID gets the full width: a UUID has no place to wrap and must never be cut short.
    m_fields->addRow(buildIdRow(parent));
    m_category = addField(tr("Category:"), QStringLiteral("categoryLabel"), parent);
    m_created = addField(tr("Created:"), QStringLiteral("createdLabel"), parent);
    m_duration = addField(tr("Duration:"), QStringLiteral("durationLabel"), parent);
    m_resolution = addField(tr("Resolution:"), QStringLiteral("resolutionLabel"), parent);
    m_policy = addField(tr("Playback:"), QStringLiteral("playbackPolicyLabel"), parent);
    m_flags = addField(tr("Flags:"), QStringLiteral("flagsLabel"), parent);

    m_shareLink = new QLabel(parent);
    m_shareLink->setObjectName(QStringLiteral("shareLinkLabel"));
    m_shareLink->setTextFormat(Qt::RichText);
    m_shareLink->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_shareLink->setOpenExternalLinks(true);
    m_fields->addRow(tr("Share page:"), m_shareLink);
}

QLabel *ContentCardView::addField(const QString &label, const QString &objectName, QWidget *parent)
{
    QLabel *value = newValueLabel(objectName, parent);
    m_fields->addRow(label, value);
    return value;
}

QWidget *ContentCardView::buildRawJson(QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 6, 0, 0);

    m_rawToggle = new QPushButton(tr("Show raw &JSON"), box);
    m_rawToggle->setObjectName(QStringLiteral("rawJsonPushButton"));
    m_rawToggle->setCheckable(true);

    m_rawJson = new QPlainTextEdit(box);
    m_rawJson->setObjectName(QStringLiteral("rawJsonPlainTextEdit"));
    m_rawJson->setReadOnly(true);
    m_rawJson->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_rawJson->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_rawJson->setAccessibleName(tr("Raw answer"));
    m_rawJson->hide();

    connect(m_rawToggle, &QPushButton::toggled, this, [this](bool shown) {
        m_rawJson->setVisible(shown);
        m_rawToggle->setText(shown ? tr("Hide raw &JSON") : tr("Show raw &JSON"));
    });

    layout->addWidget(m_rawToggle, 0, Qt::AlignLeft);
    layout->addWidget(m_rawJson, 1);
    layout->addStretch();
    return box;
}

void ContentCardView::showStatus(const ContentCard &card)
{
    const QString status = card.status.trimmed().isEmpty() ? tr("Unknown") : card.status.trimmed();
    m_statusBadge->setText(status);
    m_statusBadge->setStyleSheet(badgeStyle(card.phase()));
    m_statusBadge->setToolTip(tr("Status: %1 (%2)").arg(status, phaseName(card.phase())));
    m_statusBadge->setAccessibleName(m_statusBadge->toolTip());
}

void ContentCardView::showCreated(const QDateTime &createdAt)
{
    setFieldShown(m_created, createdAt.isValid());
    if (!createdAt.isValid())
        return;
    m_created->setText(QLocale().toString(createdAt.toLocalTime(), QLocale::ShortFormat));
    m_created->setToolTip(createdAt.toUTC().toString(Qt::ISODate));
}

void ContentCardView::showOptionalFields(const ContentCard &card)
{
    m_category->setText(card.category);
    setFieldShown(m_category, !card.category.isEmpty());
    m_duration->setText(card.durationMs ? durationText(*card.durationMs) : QString());
    setFieldShown(m_duration, card.durationMs.has_value());
    m_resolution->setText(card.resolution);
    setFieldShown(m_resolution, !card.resolution.isEmpty());
    m_policy->setText(card.playbackPolicy.join(QStringLiteral(", ")));
    setFieldShown(m_policy, !card.playbackPolicy.isEmpty());
    m_flags->setText(flagsText(card));
    setFieldShown(m_flags, anyFlagKnown(card));
}

void ContentCardView::showShareLink(const QUrl &url)
{
    setFieldShown(m_shareLink, url.isValid());
    const QString address = url.toString(QUrl::FullyEncoded);
    m_shareLink->setText(QStringLiteral("<a href=\"%1\">%2</a>").arg(address.toHtmlEscaped(), tr("Open the share page")));
    m_shareLink->setToolTip(address);
}

void ContentCardView::showRawJson(const QByteArray &rawBody)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(rawBody, &error);
    // Anything that is not JSON is still worth seeing as it came.
    m_rawJson->setPlainText(error.error == QJsonParseError::NoError
                                ? QString::fromUtf8(document.toJson(QJsonDocument::Indented))
                                : QString::fromUtf8(rawBody));
}

void ContentCardView::setFieldShown(QLabel *field, bool shown)
{
    m_fields->setRowVisible(field, shown);
}

void ContentCardView::copyContentId()
{
    QGuiApplication::clipboard()->setText(m_contentId->text());
    emit statusMessage(tr("Content ID %1 copied to the clipboard").arg(m_contentId->text()));
}
