#pragma once

#include "ApiError.h"

#include <QString>
#include <QStringList>

// Keeps secrets out of everything a failure shows or stores: the secret key, the token id and
// the base64 the Authorization header carries, in the spellings they take when a server echoes
// them back (raw, JSON-escaped, percent-encoded).
class SecretRedactor
{
public:
    static constexpr qsizetype maxSampleBytes = 2048;

    SecretRedactor() = default;
    explicit SecretRedactor(const QStringList &secrets);

    QString redact(const QString &text) const;

    // Redacted first, then cut to maxSampleBytes of UTF-8: cutting first could leave the start
    // of a secret at the edge, where no longer a whole match, it would slip through.
    QString sample(const QString &text) const;

    // The error with its details, server message and URL made safe to show and keep.
    ApiError scrubbed(ApiError error) const;

private:
    QStringList m_needles; // every spelling of every secret, longest first
};
