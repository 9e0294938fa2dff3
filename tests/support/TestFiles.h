#pragma once

#include <QByteArray>
#include <QString>

// Files a test makes for the code under test to read: shortcut files, broken presets.
namespace TestFiles {

// Writes bytes to path, replacing what was there; false when the file could not be written.
bool write(const QString &path, const QByteArray &bytes);

} // namespace TestFiles
