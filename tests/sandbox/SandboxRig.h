#pragma once

#include "SandboxServer.h"
#include "SandboxTestClient.h"

#include <utility>

// A sandbox listening on a free loopback port and a test client talking to it over TCP.
// Members are destroyed in reverse: the client before the server.
struct SandboxRig
{
    SandboxServer server;
    SandboxTestClient client;

    explicit SandboxRig(SandboxOptions options = {})
        : server(std::move(options))
        , client(listening(server))
    {
    }

    bool isListening() const { return server.port() != 0; }

private:
    // The client keeps the address it is given, so the server must listen before it exists.
    static QUrl listening(SandboxServer &server)
    {
        server.listen();
        return server.baseUrl();
    }
};
