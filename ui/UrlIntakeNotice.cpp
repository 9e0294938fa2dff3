#include "UrlIntakeNotice.h"

#include "UrlIntake.h"

namespace {

// A drop of thousands of files must not become a label thousands of lines tall.
constexpr int kMaxLines = 6;
// Long URLs do not wrap in a label, and one would make the whole window wider.
constexpr int kMaxTextLength = 90;

QString shortened(const QString &text)
{
    if (text.size() <= kMaxTextLength)
        return text;
    const int half = kMaxTextLength / 2;
    return text.left(half) + u'…' + text.right(half);
}

} // namespace

UrlIntakeNotice::UrlIntakeNotice(QWidget *parent)
    : NoticePanel(QStringLiteral("urlIntakeNotice"), tr("Links not added"), parent)
{
}

void UrlIntakeNotice::showResult(const UrlIntakeResult &result, Origin origin)
{
    const int refused = int(result.refused.size());
    if (refused == 0) {
        dismiss();
        return;
    }
    // Spelled out for one and many: without a loaded translation Qt leaves "%n item(s)" as is.
    QString caption;
    switch (origin) {
    case Origin::Drop:
        caption = refused == 1 ? tr("1 dropped item was not added as a source video:")
                               : tr("%1 dropped items were not added as source videos:").arg(refused);
        break;
    case Origin::Clipboard:
        caption = refused == 1 ? tr("1 pasted item was not added as a source video:")
                               : tr("%1 pasted items were not added as source videos:").arg(refused);
        break;
    case Origin::CommandLine:
        caption = refused == 1 ? tr("1 command-line argument was not added as a source video:")
                               : tr("%1 command-line arguments were not added as source videos:").arg(refused);
        break;
    }
    QStringList lines;
    for (const UrlIntakeResult::Refusal &refusal : result.refused.first(qMin(refused, kMaxLines)))
        lines.append(tr("%1 — %2").arg(shortened(refusal.text), refusal.reason));
    if (refused > kMaxLines)
        lines.append(tr("…and %1 more.").arg(refused - kMaxLines));
    showLines(caption, lines);
}
