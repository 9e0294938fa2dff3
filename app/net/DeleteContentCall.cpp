#include "DeleteContentCall.h"

bool DeleteContentCall::readData(const QJsonValue &data)
{
    Q_UNUSED(data) // whatever the server adds about the deleted content is not needed
    return true;
}
