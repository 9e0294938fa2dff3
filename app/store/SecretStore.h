#pragma once

#include <QHash>
#include <QObject>
#include <QString>

// The secret key's only home on disk is the system keychain, through QtKeychain. When no
// keychain answers, the secret is kept in memory for this run only and the caller is told, so
// the window can say so: it is never written anywhere else.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    explicit SecretStore(const QString &service = QStringLiteral("app.portraitpro.Desktop"), QObject *parent = nullptr);

    // All three answer asynchronously with exactly one of their signals.
    void read(const QString &tokenId);
    void write(const QString &tokenId, const QString &secret);
    void remove(const QString &tokenId);

    // False once the keychain has failed to answer in this run.
    bool keychainWorks() const { return m_keychainWorks; }

signals:
    void secretRead(const QString &tokenId, const QString &secret);
    void secretMissing(const QString &tokenId);
    void secretWritten(const QString &tokenId);
    // The keychain could not store it: the secret is kept for this run only. message says why.
    void secretKeptInMemory(const QString &tokenId, const QString &message);
    void secretRemoved(const QString &tokenId);

private:
    QString keyFor(const QString &tokenId) const;

    QString m_service;
    QHash<QString, QString> m_memoryOnly; // token id → secret, only when the keychain failed
    bool m_keychainWorks = true;
};
