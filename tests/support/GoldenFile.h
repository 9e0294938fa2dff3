#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

// Files in tests/golden that pin the wire format.
namespace GoldenFile {

QString path(const QString &name);
QByteArray bytes(const QString &name);
QJsonObject object(const QString &name);

} // namespace GoldenFile
