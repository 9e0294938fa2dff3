#pragma once

#include <QString>
#include <QStringList>
#include <optional>

class QMimeData;

// The URL candidates in a drop or a paste, whatever shape they came in. Local internet-shortcut
// files (.url, .webloc) are opened and stand for the URL inside them; other local files are
// returned as file URLs so that UrlIntake can say why they cannot be used.
namespace MimeUrlReader {

bool mayHaveUrls(const QMimeData &data);
QStringList candidates(const QMimeData &data);

// A shortcut file's target, or nothing when it is not a shortcut or cannot be read.
std::optional<QString> shortcutTarget(const QString &localPath);

} // namespace MimeUrlReader
