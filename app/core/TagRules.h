#pragma once

#include <QString>
#include <QStringList>

// What makes a tag acceptable: not blank, and not a case-insensitive repeat of another tag.
namespace TagRules {

// Why the candidate cannot join the tags, or an empty string when it can. ignoreRow lets a tag
// being edited in place be compared with every tag but its own old value.
QString problemWith(const QStringList &tags, const QString &candidate, int ignoreRow = -1);

// Tags typed or pasted together: "a, b, c" or one per line gives three; blanks are dropped.
QStringList split(const QString &text);

// The row of the first tag equal to candidate ignoring case, or -1.
int indexOf(const QStringList &tags, const QString &candidate, int ignoreRow = -1);

} // namespace TagRules
