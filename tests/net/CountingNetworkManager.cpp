#include "CountingNetworkManager.h"

QNetworkReply *CountingNetworkManager::createRequest(Operation operation, const QNetworkRequest &request,
                                                     QIODevice *outgoingData)
{
    ++m_created;
    return QNetworkAccessManager::createRequest(operation, request, outgoingData);
}
