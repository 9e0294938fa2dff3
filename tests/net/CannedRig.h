#pragma once

#include "CountingNetworkManager.h"
#include "NetTestData.h"
#include "VideographClient.h"

#include <QUrl>

// A client pointed at the real API whose calls the suites answer with completeWith, so no
// socket is opened; network.requestsCreated() proves that nothing was sent.
// Members are destroyed in reverse: the client (and its calls) before the manager.
struct CannedRig
{
    CountingNetworkManager network;
    VideographClient client{&network};

    explicit CannedRig(const Credentials &credentials = NetTestData::credentials())
    {
        client.setEndpoint(QUrl(QStringLiteral("https://api.videograph.ai")));
        client.setCredentials(credentials);
    }
};
