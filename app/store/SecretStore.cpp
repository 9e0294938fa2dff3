#include "SecretStore.h"

#include <QCoreApplication>
#include <qt6keychain/keychain.h>

namespace {

template<typename Job>
Job *startJob(const QString &service, const QString &key, QObject *parent)
{
    auto *job = new Job(service, parent);
    job->setAutoDelete(true);
    job->setKey(key);
    return job;
}

} // namespace

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
}

QString SecretStore::keyFor(const QString &tokenId) const
{
    return QStringLiteral("secret-key/") + tokenId;
}

void SecretStore::read(const QString &tokenId)
{
    if (m_memoryOnly.contains(tokenId)) {
        const QString secret = m_memoryOnly.value(tokenId);
        QMetaObject::invokeMethod(this, [this, tokenId, secret] { emit secretRead(tokenId, secret); }, Qt::QueuedConnection);
        return;
    }
    auto *job = startJob<QKeychain::ReadPasswordJob>(m_service, keyFor(tokenId), this);
    connect(job, &QKeychain::Job::finished, this, [this, job, tokenId] {
        if (job->error() == QKeychain::NoError) {
            emit secretRead(tokenId, job->textData());
            return;
        }
        if (job->error() != QKeychain::EntryNotFound)
            m_keychainWorks = false;
        emit secretMissing(tokenId);
    });
    job->start();
}

void SecretStore::write(const QString &tokenId, const QString &secret)
{
    auto *job = startJob<QKeychain::WritePasswordJob>(m_service, keyFor(tokenId), this);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, job, tokenId, secret] {
        if (job->error() == QKeychain::NoError) {
            m_memoryOnly.remove(tokenId);
            emit secretWritten(tokenId);
            return;
        }
        m_keychainWorks = false;
        m_memoryOnly.insert(tokenId, secret);
        emit secretKeptInMemory(tokenId, tr("The system keychain did not answer (%1). The secret key is "
                                            "kept for this run only and will be asked for again next time.")
                                             .arg(job->errorString()));
    });
    job->start();
}

void SecretStore::remove(const QString &tokenId)
{
    m_memoryOnly.remove(tokenId);
    auto *job = startJob<QKeychain::DeletePasswordJob>(m_service, keyFor(tokenId), this);
    connect(job, &QKeychain::Job::finished, this, [this, tokenId] { emit secretRemoved(tokenId); });
    job->start();
}
