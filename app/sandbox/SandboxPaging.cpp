#include "SandboxPaging.h"

#include <QUrlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

SandboxPaging::Page SandboxPaging::fromQuery(const QUrlQuery &query)
{
    Page page;
    if (query.hasQueryItem(u"start"_s)
        && !readCount(query.queryItemValue(u"start"_s), &page.start)) {
        page.problem = u"start must be a non-negative integer"_s;
        return page;
    }
    if (query.hasQueryItem(u"limit"_s)
        && (!readCount(query.queryItemValue(u"limit"_s), &page.limit) || page.limit < 1
            || page.limit > maxLimit)) {
        page.problem = u"limit must be an integer from 1 to "_s + QString::number(maxLimit);
    }
    return page;
}

bool SandboxPaging::readCount(const QString &text, int *value)
{
    // Digits only: QString::toInt() alone would also take "+3" and " 3".
    if (text.isEmpty() || !std::all_of(text.cbegin(), text.cend(), [](QChar c) {
            return c >= u'0' && c <= u'9';
        })) {
        return false;
    }
    bool ok = false;
    *value = text.toInt(&ok);
    return ok;
}
