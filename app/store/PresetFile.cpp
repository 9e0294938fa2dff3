#include "PresetFile.h"

#include "AtomicFile.h"
#include "WireFormat.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStringDecoder>

namespace {

const QString kName = QStringLiteral("name");

QString tr(const char *text)
{
    return QCoreApplication::translate("PresetFile", text);
}

PresetFile::ReadResult failure(const QString &problem)
{
    PresetFile::ReadResult result;
    result.problem = problem;
    return result;
}

bool isUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8);
    [[maybe_unused]] const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

QString jsonProblem(const QByteArray &bytes, const QJsonParseError &error)
{
    if (WireFormat::looksCutOff(error, bytes))
        return tr("The file is cut off: it ends in the middle of the JSON text.");
    return tr("The file is not valid JSON (%1 at byte %2).").arg(error.errorString()).arg(error.offset);
}

} // namespace

namespace PresetFile {

ReadResult parse(const QByteArray &bytes, const QString &fallbackName)
{
    if (bytes.trimmed().isEmpty())
        return failure(tr("The file is empty."));
    if (bytes.size() > maxBytes)
        return failure(tr("The file is too large for a preset (%1 KB; presets are at most %2 KB).")
                           .arg(bytes.size() / 1024).arg(maxBytes / 1024));
    if (!isUtf8(bytes))
        return failure(tr("The file is not UTF-8 text."));

    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        return failure(jsonProblem(bytes, error));
    if (!document.isObject())
        return failure(tr("The file holds JSON, but not a request body: it must be a JSON object."));

    const QJsonObject json = document.object();
    const QJsonValue name = json.value(kName);
    if (!name.isUndefined() && !name.isString())
        return failure(tr("\"name\" must be text."));
    const WireFormat::RequestRead read = WireFormat::requestFromJson(json, {kName});
    if (!read.request)
        return failure(read.error);

    ReadResult result;
    const QString trimmedName = name.toString().trimmed();
    result.preset = Preset{trimmedName.isEmpty() ? fallbackName : trimmedName, *read.request, {}};
    result.ignoredFields = read.ignoredFields;
    return result;
}

ReadResult read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(tr("The file cannot be opened: %1").arg(file.errorString()));
    // Read one byte more than allowed, so a huge file is recognised without reading it all.
    const QByteArray bytes = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return failure(tr("The file cannot be read: %1").arg(file.errorString()));
    if (bytes.size() > maxBytes)
        return failure(tr("The file is too large for a preset (over %1 KB).").arg(maxBytes / 1024));
    ReadResult result = parse(bytes, QFileInfo(path).completeBaseName());
    if (result.preset)
        result.preset->path = path;
    return result;
}

QByteArray serialize(const Preset &preset)
{
    QJsonObject json = WireFormat::requestToJson(preset.request);
    if (!preset.name.isEmpty())
        json.insert(kName, preset.name);
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

bool write(const QString &path, const Preset &preset, QString *error)
{
    QString reason;
    if (AtomicFile::write(path, serialize(preset), &reason))
        return true;
    if (error)
        *error = tr("Could not save \"%1\": %2").arg(QFileInfo(path).fileName(), reason);
    return false;
}

} // namespace PresetFile
