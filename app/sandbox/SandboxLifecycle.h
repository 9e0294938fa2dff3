#pragma once

#include <QtGlobal>
#include <QString>

// Where a content is in Pending → Processing → Ready. The stage is computed from the time
// elapsed since creation rather than driven by timers, so reading it is free of side effects
// and a test only has to wait, never to poke the server.
class SandboxLifecycle
{
public:
    enum class Stage { Pending = 1, Processing = 2, Ready = 3 };

    static Stage stageAfter(qint64 elapsedMs, int stepMs);
    static QString statusName(Stage stage);
    static int statusId(Stage stage);
};
