#include "SandboxRequestRules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>
#include <QSet>
#include <QUrl>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {
// Beyond 2^53 a double no longer tells neighbouring whole numbers apart.
constexpr double kLargestExactInteger = 9007199254740992.0;
} // namespace

SandboxRequestRules::Verdict SandboxRequestRules::checkCreateBody(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return {{}, u"body is not valid JSON: "_s + parseError.errorString()};
    if (!document.isObject())
        return {{}, u"body must be a JSON object"_s};

    using Check = QString (*)(const QJsonObject &);
    // Unknown fields first: a misspelt name would otherwise be reported as the field "missing".
    static constexpr Check checks[] = {
        &checkTopLevelFields, &checkTitle,          &checkDescription, &checkTags,
        &checkMetadata,       &checkPlaybackPolicy, &checkContent,
    };
    const QJsonObject object = document.object();
    for (const Check check : checks) {
        QString problem = check(object);
        if (!problem.isEmpty())
            return {object, std::move(problem)};
    }
    return {object, {}};
}

QString SandboxRequestRules::checkTopLevelFields(const QJsonObject &body)
{
    static const QStringList known{u"title"_s,    u"description"_s,     u"tags"_s,
                                   u"metadata"_s, u"playback_policy"_s, u"content"_s};
    return checkKnownFields(body, known, {});
}

QString SandboxRequestRules::checkTitle(const QJsonObject &body)
{
    const QJsonValue title = body.value(u"title"_s);
    if (title.isUndefined())
        return u"title is required"_s;
    if (!title.isString())
        return u"title must be a string"_s;
    if (title.toString().trimmed().isEmpty())
        return u"title must not be blank"_s;
    return {};
}

QString SandboxRequestRules::checkDescription(const QJsonObject &body)
{
    const QJsonValue description = body.value(u"description"_s);
    if (!description.isUndefined() && !description.isString())
        return u"description must be a string"_s;
    return {};
}

QString SandboxRequestRules::checkTags(const QJsonObject &body)
{
    const QJsonValue tags = body.value(u"tags"_s);
    if (tags.isUndefined())
        return {};
    if (!tags.isArray())
        return u"tags must be an array of strings"_s;
    const QJsonArray items = tags.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (!items.at(i).isString())
            return indexed(u"tags"_s, i) + u" must be a string"_s;
    }
    return {};
}

QString SandboxRequestRules::checkMetadata(const QJsonObject &body)
{
    const QJsonValue metadata = body.value(u"metadata"_s);
    if (metadata.isUndefined())
        return {};
    if (!metadata.isArray())
        return u"metadata must be an array of {\"key\", \"value\"} objects"_s;
    const QJsonArray items = metadata.toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        QString problem = checkMetadataItem(items.at(i), indexed(u"metadata"_s, i));
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

QString SandboxRequestRules::checkMetadataItem(const QJsonValue &item, const QString &path)
{
    if (!item.isObject())
        return path + u" must be an object with \"key\" and \"value\""_s;
    const QJsonObject entry = item.toObject();
    QString problem = checkKnownFields(entry, {u"key"_s, u"value"_s}, path);
    if (!problem.isEmpty())
        return problem;
    const QJsonValue key = entry.value(u"key"_s);
    if (!key.isString() || key.toString().isEmpty())
        return path + u".key must be a non-empty string"_s;
    if (!entry.value(u"value"_s).isString())
        return path + u".value must be a string"_s;
    return {};
}

QString SandboxRequestRules::checkPlaybackPolicy(const QJsonObject &body)
{
    const QJsonValue policy = body.value(u"playback_policy"_s);
    if (policy.isUndefined())
        return u"playback_policy is required"_s;
    if (!policy.isArray())
        return u"playback_policy must be an array"_s;
    const QJsonArray items = policy.toArray();
    if (items.isEmpty())
        return u"playback_policy must not be empty"_s;
    static const QSet<QString> allowed{u"public"_s, u"signed"_s};
    QSet<QString> seen;
    for (const QJsonValue &item : items) {
        const QString name = item.toString();
        if (!item.isString() || !allowed.contains(name))
            return u"playback_policy must contain \"public\" and/or \"signed\""_s;
        // "one or both" in the docs: a repeated value means the client built the list wrongly.
        if (seen.contains(name))
            return u"playback_policy must not repeat \""_s + name + u'"';
        seen.insert(name);
    }
    return {};
}

QString SandboxRequestRules::checkContent(const QJsonObject &body)
{
    const QJsonValue content = body.value(u"content"_s);
    if (content.isUndefined())
        return u"content is required"_s;
    if (!content.isArray())
        return u"content must be an array"_s;
    const QJsonArray items = content.toArray();
    // decision in API-NOTES.md: a job with no source cannot produce a video.
    if (items.isEmpty())
        return u"content must contain at least one item"_s;
    for (qsizetype i = 0; i < items.size(); ++i) {
        QString problem = checkContentItem(items.at(i), indexed(u"content"_s, i));
        if (!problem.isEmpty())
            return problem;
    }
    return {};
}

QString SandboxRequestRules::checkContentItem(const QJsonValue &item, const QString &path)
{
    if (!item.isObject())
        return path + u" must be an object"_s;
    const QJsonObject source = item.toObject();
    static const QStringList known{u"url"_s, u"startTimeInSecs"_s, u"endTimeInSecs"_s};
    QString problem = checkKnownFields(source, known, path);
    if (problem.isEmpty())
        problem = checkSourceUrl(source, path);
    if (problem.isEmpty())
        problem = checkClipRange(source, path);
    return problem;
}

QString SandboxRequestRules::checkSourceUrl(const QJsonObject &item, const QString &path)
{
    const QJsonValue url = item.value(u"url"_s);
    if (url.isUndefined())
        return path + u".url is required"_s;
    if (!url.isString())
        return path + u".url must be a string"_s;
    if (!isWebUrl(url.toString()))
        return path + u".url must be an absolute http or https URL"_s;
    return {};
}

QString SandboxRequestRules::checkClipRange(const QJsonObject &item, const QString &path)
{
    const QJsonValue start = item.value(u"startTimeInSecs"_s);
    const QJsonValue end = item.value(u"endTimeInSecs"_s);
    if (!start.isUndefined() && !isNonNegativeInteger(start))
        return path + u".startTimeInSecs must be a non-negative integer"_s;
    if (!end.isUndefined() && !isNonNegativeInteger(end))
        return path + u".endTimeInSecs must be a non-negative integer"_s;
    if (!start.isUndefined() && !end.isUndefined()
        && start.toInteger() >= end.toInteger()) {
        return path + u".startTimeInSecs must be less than endTimeInSecs"_s;
    }
    return {};
}

QString SandboxRequestRules::checkKnownFields(const QJsonObject &object, const QStringList &known,
                                              const QString &path)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key())) {
            const QString field = path.isEmpty() ? it.key() : path + u'.' + it.key();
            return u"unknown field \""_s + field + u'"';
        }
    }
    return {};
}

bool SandboxRequestRules::isNonNegativeInteger(const QJsonValue &value)
{
    // JSON has a single number type and QJsonValue keeps 5.0 as the integer 5, so "integer"
    // can only mean a whole value here; fractions of a second are what this rejects.
    if (!value.isDouble())
        return false;
    const double seconds = value.toDouble();
    return std::isfinite(seconds) && seconds >= 0 && seconds == std::floor(seconds)
        && seconds <= kLargestExactInteger;
}

bool SandboxRequestRules::isWebUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    return url.isValid() && (scheme == u"http"_s || scheme == u"https"_s)
        && !url.host().isEmpty();
}

QString SandboxRequestRules::indexed(const QString &field, qsizetype index)
{
    return field + u'[' + QString::number(index) + u']';
}
