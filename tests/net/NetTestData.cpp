#include "NetTestData.h"

#include "GoldenFile.h"

#include <QTcpServer>

namespace NetTestData {

Credentials credentials()
{
    return {QStringLiteral("pp-token-4f1c"), QStringLiteral("s3cr3t?>?>key~~~")};
}

QByteArray expectedAuthorization()
{
    return "Basic cHAtdG9rZW4tNGYxYzpzM2NyM3Q/Pj8+a2V5fn5+";
}

QString expectedBase64()
{
    return QStringLiteral("cHAtdG9rZW4tNGYxYzpzM2NyM3Q/Pj8+a2V5fn5+");
}

PortraitRequest referenceRequest()
{
    PortraitRequest request;
    request.title = QStringLiteral("Portrait PRO Test");
    request.description = QStringLiteral("Video description");
    request.tags = {QStringLiteral("tag1"), QStringLiteral("tag2")};
    request.metadata = {{QStringLiteral("abc"), QStringLiteral("pqr")}};
    request.publicPolicy = true;
    request.signedPolicy = true;
    request.sources = {{QStringLiteral("https://d19nx8bm4jzw4h.cloudfront.net/Tears-of-steel.mp4"), {}}};
    return request;
}

QByteArray referenceAnswer()
{
    return GoldenFile::bytes(QStringLiteral("reference-answer.json"));
}

quint16 unusedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

} // namespace NetTestData
