#pragma once

#include <QByteArray>
#include <QString>

// Every file the app keeps is replaced whole or not at all (QSaveFile: a temporary file renamed
// over the old one), so a crash or a full disk mid-save leaves the previous version intact.
namespace AtomicFile {

// Writes bytes to path; on failure returns false and sets reason (when given) to why.
bool write(const QString &path, const QByteArray &bytes, QString *reason);

} // namespace AtomicFile
