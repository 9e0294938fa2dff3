#include "FormReplaceCommand.h"

#include <utility>

FormReplaceCommand::FormReplaceCommand(Read read, Write write, const PortraitRequest &replacement,
                                       const QString &text)
    : QUndoCommand(text)
    , m_read(std::move(read))
    , m_write(std::move(write))
    , m_after(replacement)
{
}

void FormReplaceCommand::redo()
{
    m_before = m_read();
    m_write(m_after);
}

void FormReplaceCommand::undo()
{
    m_after = m_read();
    m_write(m_before);
}
