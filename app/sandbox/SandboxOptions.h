#pragma once

#include <QString>

// What a sandbox instance accepts and how fast its contents age. The defaults match the
// credentials shown for the built-in "Sandbox" endpoint profile, so a fresh install works offline.
struct SandboxOptions
{
    QString user = QStringLiteral("sandbox-token");
    QString password = QStringLiteral("sandbox-secret");
    // Time a content spends in each of Pending and Processing; 0 makes it Ready at once.
    int stepMs = 3000;
};
