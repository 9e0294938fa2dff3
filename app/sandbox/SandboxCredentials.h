#pragma once

#include <QByteArray>
#include <QString>

// The one access-token pair a sandbox accepts, checked the way Videograph does: HTTP Basic.
class SandboxCredentials
{
public:
    SandboxCredentials(QString user, QString password);

    // True only for "Basic base64(user:password)" with exactly this pair.
    bool accepts(const QByteArray &authorizationHeader) const;

private:
    static QByteArray decodedBasicToken(const QByteArray &authorizationHeader);

    QString m_user;
    QString m_password;
};
