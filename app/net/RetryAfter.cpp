#include "RetryAfter.h"

#include <QLocale>
#include <QTimeZone>
#include <algorithm>

namespace {

// Beyond a day the number is more likely a mistake than advice worth showing.
constexpr qint64 maximumSecs = 24 * 60 * 60;

std::optional<int> delaySeconds(const QByteArray &text)
{
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
    }
    bool ok = false;
    const qulonglong value = text.toULongLong(&ok);
    if (!ok)
        return static_cast<int>(maximumSecs); // digits only, but too many: a very long wait
    return static_cast<int>(std::min<qulonglong>(value, maximumSecs));
}

// The weekday is redundant, and Qt refuses a date whose weekday disagrees (as a two-digit
// year read as 19yy would), so it is dropped before parsing.
QString withoutWeekday(const QString &text)
{
    const qsizetype comma = text.indexOf(u',');
    if (comma >= 0)
        return text.mid(comma + 1).trimmed();
    const qsizetype space = text.indexOf(u' ');
    return space >= 0 ? text.mid(space + 1) : text;
}

// The three date forms RFC 9110 says a recipient must accept.
QDateTime httpDate(const QString &text)
{
    static const QString formats[] = {
        QStringLiteral("dd MMM yyyy HH:mm:ss 'GMT'"), // IMF-fixdate
        QStringLiteral("dd-MMM-yy HH:mm:ss 'GMT'"),   // obsolete RFC 850
        QStringLiteral("MMM d HH:mm:ss yyyy"),        // asctime
    };
    const QLocale c = QLocale::c();
    const QString date = withoutWeekday(text.simplified());
    for (const QString &format : formats) {
        QDateTime parsed = c.toDateTime(date, format);
        if (parsed.isValid()) {
            parsed.setTimeZone(QTimeZone::utc());
            // Two-digit years read as 19yy; RFC 9110 says they mean the nearest century.
            return parsed.date().year() < 1970 ? parsed.addYears(100) : parsed;
        }
    }
    return {};
}

} // namespace

namespace RetryAfter {

std::optional<int> seconds(const QByteArray &header, const QDateTime &now)
{
    const QByteArray text = header.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (const auto delay = delaySeconds(text))
        return delay;
    const QDateTime date = httpDate(QString::fromLatin1(text));
    if (!date.isValid())
        return std::nullopt;
    const qint64 msecs = now.msecsTo(date);
    if (msecs <= 0)
        return 0;
    return static_cast<int>(std::min<qint64>((msecs + 999) / 1000, maximumSecs));
}

} // namespace RetryAfter
