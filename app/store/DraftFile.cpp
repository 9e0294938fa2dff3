#include "DraftFile.h"

#include "AtomicFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace {

const QString kVersion = QStringLiteral("draftVersion");
const QString kTitle = QStringLiteral("title");
const QString kDescription = QStringLiteral("description");
const QString kTags = QStringLiteral("tags");
const QString kMetadata = QStringLiteral("metadata");
const QString kKey = QStringLiteral("key");
const QString kValue = QStringLiteral("value");
const QString kPublic = QStringLiteral("public");
const QString kSigned = QStringLiteral("signed");
const QString kSources = QStringLiteral("sources");
const QString kUrl = QStringLiteral("url");
const QString kStart = QStringLiteral("start");
const QString kEnd = QStringLiteral("end");

QJsonArray metadataToJson(const QList<MetadataEntry> &metadata)
{
    QJsonArray array;
    for (const MetadataEntry &entry : metadata)
        array.append(QJsonObject{{kKey, entry.key}, {kValue, entry.value}});
    return array;
}

QJsonArray sourcesToJson(const QList<SourceVideo> &sources)
{
    QJsonArray array;
    for (const SourceVideo &source : sources)
        array.append(QJsonObject{{kUrl, source.url}, {kStart, source.clip.start}, {kEnd, source.clip.end}});
    return array;
}

} // namespace

namespace DraftFile {

QByteArray serialize(const PortraitRequest &request)
{
    const QJsonObject json{{kVersion, 1},
                           {kTitle, request.title},
                           {kDescription, request.description},
                           {kTags, QJsonArray::fromStringList(request.tags)},
                           {kMetadata, metadataToJson(request.metadata)},
                           {kPublic, request.publicPolicy},
                           {kSigned, request.signedPolicy},
                           {kSources, sourcesToJson(request.sources)}};
    return QJsonDocument(json).toJson(QJsonDocument::Compact);
}

std::optional<PortraitRequest> parse(const QByteArray &bytes)
{
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    if (!document.isObject() || document.object().value(kVersion).toInt() != 1)
        return std::nullopt;
    const QJsonObject json = document.object();
    PortraitRequest request;
    request.title = json.value(kTitle).toString();
    request.description = json.value(kDescription).toString();
    for (const QJsonValue &tag : json.value(kTags).toArray())
        request.tags.append(tag.toString());
    for (const QJsonValue &item : json.value(kMetadata).toArray())
        request.metadata.append({item[kKey].toString(), item[kValue].toString()});
    request.publicPolicy = json.value(kPublic).toBool(true);
    request.signedPolicy = json.value(kSigned).toBool(false);
    for (const QJsonValue &item : json.value(kSources).toArray())
        request.sources.append({item[kUrl].toString(), {item[kStart].toString(), item[kEnd].toString()}});
    return request;
}

QString defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/draft.json");
}

bool write(const QString &path, const PortraitRequest &request, QString *error)
{
    QString reason;
    if (AtomicFile::write(path, serialize(request), &reason))
        return true;
    if (error)
        *error = QCoreApplication::translate("DraftFile", "Could not save the draft: %1").arg(reason);
    return false;
}

std::optional<PortraitRequest> read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return parse(file.readAll());
}

} // namespace DraftFile
