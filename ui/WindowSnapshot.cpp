#include "WindowSnapshot.h"

#include <QCoreApplication>
#include <QImageWriter>
#include <QPixmap>
#include <QWidget>

namespace WindowSnapshot {

QString save(QWidget *window, const QString &path)
{
    const QPixmap picture = window->grab();
    QImageWriter writer(path);
    if (!writer.write(picture.toImage()))
        return QCoreApplication::translate("WindowSnapshot", "Could not save the picture to %1: %2")
            .arg(path, writer.errorString());
    return {};
}

} // namespace WindowSnapshot
