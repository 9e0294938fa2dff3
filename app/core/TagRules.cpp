#include "TagRules.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace TagRules {

int indexOf(const QStringList &tags, const QString &candidate, int ignoreRow)
{
    const QString wanted = candidate.trimmed();
    for (int i = 0; i < tags.size(); ++i) {
        if (i != ignoreRow && tags[i].trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

QString problemWith(const QStringList &tags, const QString &candidate, int ignoreRow)
{
    if (candidate.trimmed().isEmpty())
        return QCoreApplication::translate("TagRules", "A tag cannot be blank. Type a word or remove the tag.");
    const int other = indexOf(tags, candidate, ignoreRow);
    if (other >= 0)
        return QCoreApplication::translate("TagRules", "\"%1\" is already a tag (tags ignore case).")
            .arg(tags[other].trimmed());
    return {};
}

QStringList split(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\n\\r\\t]+"));
    QStringList result;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString tag = part.trimmed();
        if (!tag.isEmpty())
            result.append(tag);
    }
    return result;
}

} // namespace TagRules
