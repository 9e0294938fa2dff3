#pragma once

#include "PortraitRequest.h"

#include <QUndoCommand>
#include <functional>

// Replacing the whole form at once — loading a preset, starting a new job — as one step Undo can
// take back. What the form holds is read again each time the step is undone or redone, so
// typing done in between (which has no undo steps of its own here) is never thrown away.
class FormReplaceCommand : public QUndoCommand
{
public:
    using Read = std::function<PortraitRequest()>;
    using Write = std::function<void(const PortraitRequest &)>;

    FormReplaceCommand(Read read, Write write, const PortraitRequest &replacement, const QString &text);

    void redo() override;
    void undo() override;

private:
    Read m_read;
    Write m_write;
    PortraitRequest m_before;
    PortraitRequest m_after;
};
