#pragma once

#include "CountingNetworkManager.h"
#include "NetTestData.h"
#include "ScriptedServer.h"
#include "VideographClient.h"

// A client with the test credentials pointed at a fresh scripted server on loopback.
// Members are destroyed in reverse: the client (and its calls) before the manager and server.
struct LoopbackRig
{
    CountingNetworkManager network;
    ScriptedServer server;
    VideographClient client{&network};

    LoopbackRig()
    {
        if (server.listen())
            client.setEndpoint(server.url());
        client.setCredentials(NetTestData::credentials());
    }

    bool isListening() const { return server.port() != 0; }
};
