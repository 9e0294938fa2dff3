#pragma once

#include <QNetworkAccessManager>

// A network manager that counts the requests handed to it, so a test can prove that nothing
// was sent at all (not merely that nothing arrived somewhere).
class CountingNetworkManager : public QNetworkAccessManager
{
    Q_OBJECT

public:
    using QNetworkAccessManager::QNetworkAccessManager;

    int requestsCreated() const { return m_created; }

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override;

private:
    int m_created = 0;
};
