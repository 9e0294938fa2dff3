#include "WireFormat.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

#include "TimeCode.h"

namespace {

// Request field names (snake_case, as the reference page writes them).
const QString kTitle = QStringLiteral("title");
const QString kDescription = QStringLiteral("description");
const QString kTags = QStringLiteral("tags");
const QString kMetadata = QStringLiteral("metadata");
const QString kKey = QStringLiteral("key");
const QString kValue = QStringLiteral("value");
const QString kPlaybackPolicy = QStringLiteral("playback_policy");
const QString kContent = QStringLiteral("content");
const QString kUrl = QStringLiteral("url");
const QString kStart = QStringLiteral("startTimeInSecs");
const QString kEnd = QStringLiteral("endTimeInSecs");
const QString kPublic = QStringLiteral("public");
const QString kSigned = QStringLiteral("signed");

// Envelope and answer names (answers use camelCase for some fields).
const QString kCode = QStringLiteral("code");
const QString kStatus = QStringLiteral("status");
const QString kMessage = QStringLiteral("message");
const QString kData = QStringLiteral("data");
const QString kContentId = QStringLiteral("contentId");
const QString kStatusId = QStringLiteral("statusId");
const QString kCategory = QStringLiteral("category");
const QString kCreatedAt = QStringLiteral("created_at");
const QString kDuration = QStringLiteral("duration");
const QString kPlaybackPolicyAnswer = QStringLiteral("playbackPolicy");
const QString kIsSocialClip = QStringLiteral("isSocialClip");
const QString kIsAdvanced = QStringLiteral("isAdvanced");
const QString kTestVideo = QStringLiteral("test_video");
const QString kResolution = QStringLiteral("resolution");
const QString kThumbnailUrl = QStringLiteral("thumbnailUrl");

QString tr(const char *text)
{
    return QCoreApplication::translate("WireFormat", text);
}

QJsonObject sourceToJson(const SourceVideo &source)
{
    QJsonObject item{{kUrl, source.url.trimmed()}};
    if (const auto start = source.clip.startSecs())
        item.insert(kStart, *start);
    if (const auto end = source.clip.endSecs())
        item.insert(kEnd, *end);
    return item;
}

// --- reading a request back --------------------------------------------------------------

struct ReadError
{
    QString message;
};

QString readString(const QJsonObject &json, const QString &key, const QString &where)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isString())
        throw ReadError{tr("\"%1\" in %2 must be text.").arg(key, where)};
    return value.toString();
}

QJsonArray readArray(const QJsonObject &json, const QString &key)
{
    const QJsonValue value = json.value(key);
    if (value.isUndefined() || value.isNull())
        return {};
    if (!value.isArray())
        throw ReadError{tr("\"%1\" must be a list.").arg(key)};
    return value.toArray();
}

QJsonObject objectAt(const QJsonArray &array, qsizetype i, const QString &key)
{
    if (!array[i].isObject())
        throw ReadError{tr("Item %1 of \"%2\" must be an object.").arg(i + 1).arg(key)};
    return array[i].toObject();
}

std::optional<int> readSeconds(const QJsonObject &item, const QString &key, qsizetype row)
{
    const QJsonValue value = item.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const double number = value.toDouble(-1);
    if (!value.isDouble() || number < 0 || number != static_cast<double>(static_cast<qint64>(number))
        || number > TimeCode::maximumSeconds)
        throw ReadError{tr("\"%1\" of source %2 must be a whole number of seconds.").arg(key).arg(row + 1)};
    return static_cast<int>(number);
}

QStringList readTags(const QJsonObject &json)
{
    QStringList tags;
    const QJsonArray array = readArray(json, kTags);
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array[i].isString())
            throw ReadError{tr("Tag %1 must be text.").arg(i + 1)};
        tags.append(array[i].toString());
    }
    return tags;
}

QList<MetadataEntry> readMetadata(const QJsonObject &json)
{
    QList<MetadataEntry> entries;
    const QJsonArray array = readArray(json, kMetadata);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject item = objectAt(array, i, kMetadata);
        const QString where = tr("metadata item %1").arg(i + 1);
        entries.append({readString(item, kKey, where), readString(item, kValue, where)});
    }
    return entries;
}

void readPolicies(const QJsonObject &json, PortraitRequest &request)
{
    if (!json.contains(kPlaybackPolicy))
        return; // keep the defaults: a preset may leave the policy to the form
    request.publicPolicy = false;
    request.signedPolicy = false;
    const QJsonArray array = readArray(json, kPlaybackPolicy);
    for (const QJsonValue &value : array) {
        const QString policy = value.toString();
        if (policy == kPublic)
            request.publicPolicy = true;
        else if (policy == kSigned)
            request.signedPolicy = true;
        else
            throw ReadError{tr("\"%1\" may only hold \"public\" and \"signed\".").arg(kPlaybackPolicy)};
    }
}

QList<SourceVideo> readSources(const QJsonObject &json)
{
    QList<SourceVideo> sources;
    const QJsonArray array = readArray(json, kContent);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject item = objectAt(array, i, kContent);
        SourceVideo source;
        source.url = readString(item, kUrl, tr("source %1").arg(i + 1));
        source.clip = ClipRange::fromSeconds(readSeconds(item, kStart, i), readSeconds(item, kEnd, i));
        sources.append(source);
    }
    return sources;
}

// --- reading answers ---------------------------------------------------------------------

std::optional<bool> optionalBool(const QJsonObject &json, const QString &key)
{
    const QJsonValue value = json.value(key);
    if (value.isBool())
        return value.toBool();
    return std::nullopt;
}

std::optional<qint64> optionalInteger(const QJsonObject &json, const QString &key)
{
    const QJsonValue value = json.value(key);
    if (value.isDouble())
        return static_cast<qint64>(value.toDouble());
    // Some servers send numbers as strings; accept those that are whole numbers.
    bool ok = false;
    const qint64 parsed = value.toString().trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(parsed) : std::nullopt;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray()) {
        if (item.isString())
            list.append(item.toString());
    }
    return list;
}

QList<MetadataEntry> metadataList(const QJsonValue &value)
{
    QList<MetadataEntry> list;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject object = item.toObject();
        if (object.contains(kKey))
            list.append({object.value(kKey).toVariant().toString(), object.value(kValue).toVariant().toString()});
    }
    return list;
}

QString scalarText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    return {};
}

} // namespace

namespace WireFormat {

bool looksCutOff(const QJsonParseError &error, const QByteArray &text)
{
    return error.offset >= text.trimmed().size() - 1;
}

QJsonObject requestToJson(const PortraitRequest &request)
{
    QJsonObject body{{kTitle, request.title.trimmed()}};
    if (!request.description.trimmed().isEmpty())
        body.insert(kDescription, request.description);
    if (!request.tags.isEmpty()) {
        QStringList trimmed;
        for (const QString &tag : request.tags)
            trimmed.append(tag.trimmed());
        body.insert(kTags, QJsonArray::fromStringList(trimmed));
    }
    if (!request.metadata.isEmpty()) {
        QJsonArray metadata;
        for (const MetadataEntry &entry : request.metadata)
            metadata.append(QJsonObject{{kKey, entry.key.trimmed()}, {kValue, entry.value}});
        body.insert(kMetadata, metadata);
    }
    QStringList policies;
    if (request.publicPolicy)
        policies.append(kPublic);
    if (request.signedPolicy)
        policies.append(kSigned);
    body.insert(kPlaybackPolicy, QJsonArray::fromStringList(policies));
    if (!request.sources.isEmpty()) {
        QJsonArray content;
        for (const SourceVideo &source : request.sources)
            content.append(sourceToJson(source));
        body.insert(kContent, content);
    }
    return body;
}

QByteArray requestToBody(const PortraitRequest &request)
{
    return QJsonDocument(requestToJson(request)).toJson(QJsonDocument::Compact);
}

RequestRead requestFromJson(const QJsonObject &json, const QStringList &allowedExtras)
{
    static const QSet<QString> known{kTitle, kDescription, kTags, kMetadata, kPlaybackPolicy, kContent};
    RequestRead result;
    try {
        PortraitRequest request;
        request.title = readString(json, kTitle, tr("the body"));
        request.description = readString(json, kDescription, tr("the body"));
        request.tags = readTags(json);
        request.metadata = readMetadata(json);
        readPolicies(json, request);
        request.sources = readSources(json);
        result.request = request;
    } catch (const ReadError &error) {
        result.error = error.message;
        return result;
    }
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!known.contains(it.key()) && !allowedExtras.contains(it.key()))
            result.ignoredFields.append(it.key());
    }
    return result;
}

EnvelopeParse parseEnvelope(const QByteArray &body)
{
    EnvelopeParse result;
    if (body.trimmed().isEmpty()) {
        result.problem = AnswerProblem::Empty;
        return result;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArray start = body.trimmed().left(1);
        const bool jsonStart = start == "{" || start == "[";
        result.problem = jsonStart && looksCutOff(error, body) ? AnswerProblem::Truncated
                                                                       : AnswerProblem::NotJson;
        result.detail = error.errorString();
        return result;
    }
    if (!document.isObject()) {
        result.problem = AnswerProblem::NotObject;
        return result;
    }
    const QJsonObject object = document.object();
    if (const auto code = optionalInteger(object, kCode))
        result.envelope.code = static_cast<int>(*code);
    result.envelope.status = object.value(kStatus).toString();
    result.envelope.message = scalarText(object.value(kMessage));
    result.envelope.data = object.value(kData);
    return result;
}

ContentCard contentFromJson(const QJsonObject &data)
{
    ContentCard card;
    card.raw = data;
    card.contentId = scalarText(data.value(kContentId));
    card.title = scalarText(data.value(kTitle));
    card.description = scalarText(data.value(kDescription));
    card.status = scalarText(data.value(kStatus));
    if (const auto id = optionalInteger(data, kStatusId))
        card.statusId = static_cast<int>(*id);
    card.category = scalarText(data.value(kCategory));
    if (const auto created = optionalInteger(data, kCreatedAt); created && *created > 0)
        card.createdAt = QDateTime::fromMSecsSinceEpoch(*created, Qt::UTC);
    // Zero means "not known yet": the duration only arrives once the video is ready.
    if (const auto duration = optionalInteger(data, kDuration); duration && *duration > 0)
        card.durationMs = *duration;
    card.playbackPolicy = stringList(data.value(kPlaybackPolicyAnswer));
    if (card.playbackPolicy.isEmpty())
        card.playbackPolicy = stringList(data.value(kPlaybackPolicy));
    card.tags = stringList(data.value(kTags));
    card.metadata = metadataList(data.value(kMetadata));
    card.isSocialClip = optionalBool(data, kIsSocialClip);
    card.isAdvanced = optionalBool(data, kIsAdvanced);
    card.testVideo = optionalBool(data, kTestVideo);
    card.resolution = scalarText(data.value(kResolution));
    card.thumbnailUrl = QUrl(scalarText(data.value(kThumbnailUrl)));
    return card;
}

} // namespace WireFormat
