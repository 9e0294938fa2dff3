#include "SecretRedactor.h"

#include <QUrl>
#include <algorithm>

namespace {

const QString mask = QStringLiteral("•••");
const QString ellipsis = QStringLiteral("…");

QString jsonEscaped(QString text)
{
    text.replace(u'\\', QStringLiteral("\\\\"));
    text.replace(u'"', QStringLiteral("\\\""));
    return text.replace(u'/', QStringLiteral("\\/"));
}

QString percentEncoded(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

// Cuts at a character boundary so the UTF-8 form, ellipsis included, stays within the limit.
QString cutToBytes(const QString &text, qsizetype maxBytes)
{
    if (text.toUtf8().size() <= maxBytes)
        return text;
    const qsizetype budget = maxBytes - ellipsis.toUtf8().size();
    qsizetype bytes = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype step = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const qsizetype size = text.mid(i, step).toUtf8().size();
        if (bytes + size > budget)
            break;
        bytes += size;
        i += step;
    }
    return text.left(i) + ellipsis;
}

} // namespace

SecretRedactor::SecretRedactor(const QStringList &secrets)
{
    for (const QString &secret : secrets) {
        if (secret.isEmpty())
            continue;
        for (const QString &spelling : {secret, jsonEscaped(secret), percentEncoded(secret)}) {
            if (!m_needles.contains(spelling))
                m_needles.append(spelling);
        }
    }
    // Longer first, so a token id inside a longer secret cannot leave the rest of it behind.
    std::stable_sort(m_needles.begin(), m_needles.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QString SecretRedactor::redact(const QString &text) const
{
    QString result = text;
    for (const QString &needle : m_needles)
        result.replace(needle, mask);
    return result;
}

QString SecretRedactor::sample(const QString &text) const
{
    return cutToBytes(redact(text), maxSampleBytes);
}

ApiError SecretRedactor::scrubbed(ApiError error) const
{
    error.details = sample(error.details);
    error.serverMessage = sample(error.serverMessage);
    // A redirect's Location is the server's to choose, and so could carry an echoed secret.
    const QString url = error.url.toString();
    const QString redacted = redact(url);
    if (redacted != url)
        error.url = QUrl(redacted);
    return error;
}
