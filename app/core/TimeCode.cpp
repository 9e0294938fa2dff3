#include "TimeCode.h"

#include <QStringList>

namespace {

// A part is one or more ASCII digits; anything else (signs, decimals, spaces inside) is refused.
std::optional<int> parsePart(const QString &part, int maxDigits)
{
    if (part.isEmpty() || part.size() > maxDigits)
        return std::nullopt;
    int value = 0;
    for (const QChar c : part) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

} // namespace

namespace TimeCode {

std::optional<int> parse(const QString &text)
{
    const QStringList parts = text.trimmed().split(u':');
    if (parts.size() > 3)
        return std::nullopt;

    // A lone number may be any count of seconds; in colon forms the parts after the first stay
    // below 60, while the first may run to 99 ("90:00" is ninety minutes).
    if (parts.size() == 1) {
        const auto secs = parsePart(parts[0], 6);
        if (!secs || *secs > maximumSeconds)
            return std::nullopt;
        return secs;
    }

    int total = 0;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const auto value = parsePart(parts[i], 2);
        if (!value || (i > 0 && *value > 59))
            return std::nullopt;
        total = total * 60 + *value;
    }
    return total;
}

QString format(int seconds)
{
    const int h = seconds / 3600;
    const int m = (seconds % 3600) / 60;
    const int s = seconds % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3").arg(h).arg(m, 2, 10, QChar(u'0')).arg(s, 2, 10, QChar(u'0'));
    if (m > 0)
        return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QChar(u'0'));
    return QString::number(s);
}

} // namespace TimeCode
