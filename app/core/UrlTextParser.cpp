#include "UrlTextParser.h"

#include <QRegularExpression>
#include <QXmlStreamReader>

namespace {

// Trailing punctuation that belongs to the sentence around a URL, not to the URL.
QString trimSentencePunctuation(QString word)
{
    static const QString opening = QStringLiteral("([{<'\"");
    while (!word.isEmpty() && opening.contains(word.front()))
        word.remove(0, 1);
    static const QString closing = QStringLiteral(".,;:!?)]}>'\"");
    while (!word.isEmpty() && closing.contains(word.back())) {
        // Keep a closing bracket that has its opening partner inside the URL (wiki links).
        if (word.back() == u')' && word.count(u'(') >= word.count(u')'))
            break;
        word.chop(1);
    }
    return word;
}

bool hasScheme(const QString &word)
{
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:"));
    return scheme.match(word).hasMatch();
}

} // namespace

namespace UrlTextParser {

QStringList fromUriList(const QByteArray &data)
{
    QStringList urls;
    for (const QByteArray &rawLine : data.split('\n')) {
        const QString line = QString::fromUtf8(rawLine).trimmed();
        if (!line.isEmpty() && !line.startsWith(u'#'))
            urls.append(line);
    }
    return urls;
}

QStringList fromPlainText(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    QStringList urls;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString word = trimSentencePunctuation(part);
        if (hasScheme(word) && word.size() > word.indexOf(u':') + 1)
            urls.append(word);
    }
    return urls;
}

QStringList fromMozUrl(const QByteArray &data)
{
    const QString text = QString::fromUtf16(reinterpret_cast<const char16_t *>(data.constData()),
                                            data.size() / 2);
    const QStringList lines = text.split(u'\n');
    QStringList urls;
    // Lines alternate URL, title; titles are text a person wrote and are not URLs to add.
    for (qsizetype i = 0; i < lines.size(); i += 2) {
        const QString url = lines[i].trimmed();
        if (!url.isEmpty())
            urls.append(url);
    }
    return urls;
}

std::optional<QString> fromInternetShortcut(const QByteArray &data)
{
    bool inSection = false;
    for (const QByteArray &rawLine : data.split('\n')) {
        const QString line = QString::fromUtf8(rawLine).trimmed();
        if (line.startsWith(u'[')) {
            inSection = line.compare(u"[InternetShortcut]", Qt::CaseInsensitive) == 0;
        } else if (inSection && line.startsWith(u"URL=", Qt::CaseInsensitive)) {
            const QString url = line.mid(4).trimmed();
            if (!url.isEmpty())
                return url;
        }
    }
    return std::nullopt;
}

std::optional<QString> fromWebloc(const QByteArray &data)
{
    QXmlStreamReader xml(data);
    bool nextIsUrl = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"key") {
            nextIsUrl = xml.readElementText() == u"URL";
        } else if (xml.name() == u"string" && nextIsUrl) {
            const QString url = xml.readElementText().trimmed();
            if (!url.isEmpty())
                return url;
            nextIsUrl = false;
        } else {
            nextIsUrl = false;
        }
    }
    return std::nullopt;
}

} // namespace UrlTextParser
