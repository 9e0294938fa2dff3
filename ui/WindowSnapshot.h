#pragma once

#include <QString>

class QWidget;

// Saves a picture of a window as it is drawn now, for the README and for smoke tests of the
// built binary. Returns an error message, or an empty string on success.
namespace WindowSnapshot {

QString save(QWidget *window, const QString &path);

} // namespace WindowSnapshot
