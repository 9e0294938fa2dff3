#include "GoldenFile.h"

#include <QFile>
#include <QJsonDocument>

namespace GoldenFile {

QString path(const QString &name)
{
    return QStringLiteral(PP_TESTS_DIR "/golden/") + name;
}

QByteArray bytes(const QString &name)
{
    QFile file(path(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing golden file %s", qPrintable(name));
    return file.readAll();
}

QJsonObject object(const QString &name)
{
    return QJsonDocument::fromJson(bytes(name)).object();
}

} // namespace GoldenFile
