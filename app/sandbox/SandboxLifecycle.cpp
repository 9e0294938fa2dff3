#include "SandboxLifecycle.h"

using namespace Qt::StringLiterals;

SandboxLifecycle::Stage SandboxLifecycle::stageAfter(qint64 elapsedMs, int stepMs)
{
    if (stepMs <= 0)
        return Stage::Ready;
    const qint64 steps = elapsedMs / stepMs;
    if (steps >= 2)
        return Stage::Ready;
    return steps == 1 ? Stage::Processing : Stage::Pending;
}

QString SandboxLifecycle::statusName(Stage stage)
{
    switch (stage) {
    case Stage::Pending:
        return u"Pending"_s;
    case Stage::Processing:
        return u"Processing"_s;
    case Stage::Ready:
        return u"Ready"_s;
    }
    Q_UNREACHABLE();
}

int SandboxLifecycle::statusId(Stage stage)
{
    // Videograph's statusId follows the stages in order, starting at 1 for Pending.
    return static_cast<int>(stage);
}
