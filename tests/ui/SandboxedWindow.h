#pragma once

#include "SandboxServer.h"
#include "TestWindow.h"

// A TestWindow whose client talks to an in-process sandbox on a free loopback port, with the
// credentials the sandbox accepts unless a test gives others.
class SandboxedWindow : public TestWindow
{
public:
    SandboxedWindow();

    bool isListening() const { return m_port != 0; }
    SandboxServer &server() { return m_server; }
    void useWrongPassword();

    // Types a request the sandbox accepts into the window, field by field, as a person would.
    // Returns false when a cell editor did not open or close as expected.
    bool typeValidRequest();

private:
    SandboxServer m_server;
    quint16 m_port = 0;
};
