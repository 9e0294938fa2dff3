#include "SandboxCredentials.h"

#include <utility>

SandboxCredentials::SandboxCredentials(QString user, QString password)
    : m_user(std::move(user)), m_password(std::move(password))
{
}

bool SandboxCredentials::accepts(const QByteArray &authorizationHeader) const
{
    const QByteArray pair = decodedBasicToken(authorizationHeader);
    const qsizetype colon = pair.indexOf(':');
    if (colon < 0)
        return false;
    // The secret may itself contain ':', the token id may not (RFC 7617), so split at the first.
    return QString::fromUtf8(pair.left(colon)) == m_user
        && QString::fromUtf8(pair.mid(colon + 1)) == m_password;
}

QByteArray SandboxCredentials::decodedBasicToken(const QByteArray &authorizationHeader)
{
    const QByteArray header = authorizationHeader.trimmed();
    const qsizetype space = header.indexOf(' ');
    if (space < 0 || header.left(space).toLower() != "basic")
        return {};
    // Strict decoding: a client that sends a mangled token should hear 401, not be let in.
    const auto decoded = QByteArray::fromBase64Encoding(header.mid(space + 1).trimmed(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    return decoded ? decoded.decoded : QByteArray();
}
