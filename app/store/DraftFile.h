#pragma once

#include "PortraitRequest.h"

#include <QByteArray>
#include <QString>
#include <optional>

// The form as typed, kept between runs. Unlike a preset it stores every text exactly, even a
// clip time that is not a time yet, because a draft exists so that nothing typed is lost.
// It is this app's own file, so its field names are its own too.
namespace DraftFile {

QByteArray serialize(const PortraitRequest &request);
std::optional<PortraitRequest> parse(const QByteArray &bytes);

// Defaults to <AppDataLocation>/draft.json.
QString defaultPath();
bool write(const QString &path, const PortraitRequest &request, QString *error);
std::optional<PortraitRequest> read(const QString &path);

} // namespace DraftFile
