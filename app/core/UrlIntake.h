#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// Decides which candidate URLs become source rows: http(s) URLs not in the table yet. Everything
// else is refused with the reason, or counted as a duplicate, so the person learns what happened.
struct UrlIntakeResult
{
    struct Refusal
    {
        QString text;
        QString reason;
    };

    QStringList added;
    int duplicates = 0;
    QList<Refusal> refused;

    bool isEmpty() const { return added.isEmpty() && duplicates == 0 && refused.isEmpty(); }
    // One or two sentences for the status bar, e.g. "Added 3 URLs. Skipped 1 already in the list."
    QString summary() const;
};

namespace UrlIntake {

UrlIntakeResult sort(const QStringList &candidates, const QStringList &existingUrls);

// The form two URLs are compared in, so "HTTPS://Example.com/a" and "https://example.com/a" match.
QString comparisonKey(const QString &url);

} // namespace UrlIntake
