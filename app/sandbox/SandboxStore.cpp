#include "SandboxStore.h"

#include "SandboxLifecycle.h"

#include <QDateTime>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// Portrait PRO renders for phones; the sandbox pretends every output is full-HD portrait.
const QString kReadyResolution = u"1080x1920"_s;
// Sources are never downloaded, so an open-ended clip (no end time) is taken to last a minute.
constexpr qint64 kOpenEndedClipSecs = 60;
} // namespace

SandboxStore::SandboxStore(int stepMs) : m_stepMs(stepMs)
{
    m_clock.start();
}

void SandboxStore::setOrigin(const QString &origin)
{
    m_origin = origin;
}

QJsonObject SandboxStore::create(const QJsonObject &acceptedBody)
{
    Record record{pendingContent(acceptedBody), m_clock.elapsed(),
                  clipDurationMs(acceptedBody.value(u"content"_s).toArray())};
    m_records.append(record);
    // The create answer always shows the job as just queued, as the reference page does, even
    // when a zero step would make the very next read Ready.
    return withStage(record, SandboxLifecycle::Stage::Pending);
}

std::optional<QJsonObject> SandboxStore::find(const QString &contentId) const
{
    const qsizetype index = indexOf(contentId);
    if (index < 0)
        return std::nullopt;
    return view(m_records.at(index));
}

QJsonArray SandboxStore::newestFirst(int start, int limit) const
{
    QJsonArray page;
    for (qsizetype i = m_records.size() - 1 - start; i >= 0 && page.size() < limit; --i)
        page.append(view(m_records.at(i)));
    return page;
}

bool SandboxStore::remove(const QString &contentId)
{
    const qsizetype index = indexOf(contentId);
    if (index < 0)
        return false;
    m_records.removeAt(index);
    return true;
}

int SandboxStore::count() const
{
    return static_cast<int>(m_records.size());
}

QJsonObject SandboxStore::view(const Record &record) const
{
    const qint64 elapsedMs = m_clock.elapsed() - record.createdAtTick;
    return withStage(record, SandboxLifecycle::stageAfter(elapsedMs, m_stepMs));
}

QJsonObject SandboxStore::withStage(const Record &record, SandboxLifecycle::Stage stage) const
{
    QJsonObject content = record.content;
    content.insert(u"status"_s, SandboxLifecycle::statusName(stage));
    content.insert(u"statusId"_s, SandboxLifecycle::statusId(stage));
    if (stage == SandboxLifecycle::Stage::Ready) {
        const QString id = content.value(u"contentId"_s).toString();
        content.insert(u"duration"_s, record.readyDurationMs);
        content.insert(u"resolution"_s, kReadyResolution);
        content.insert(u"thumbnailUrl"_s, QString(m_origin + u"/thumbnails/"_s + id + u".jpg"_s));
    }
    return content;
}

qsizetype SandboxStore::indexOf(const QString &contentId) const
{
    const auto it = std::find_if(m_records.cbegin(), m_records.cend(), [&](const Record &r) {
        return r.content.value(u"contentId"_s).toString() == contentId;
    });
    return it == m_records.cend() ? -1 : std::distance(m_records.cbegin(), it);
}

QJsonObject SandboxStore::pendingContent(const QJsonObject &body)
{
    // Same fields as the reference page's example answer; note the camelCase playbackPolicy
    // in answers against snake_case playback_policy in requests.
    return QJsonObject{
        {u"category"_s, u"SocialClip"_s},
        {u"contentId"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
        {u"created_at"_s, QDateTime::currentMSecsSinceEpoch()},
        {u"description"_s, body.value(u"description"_s).toString()},
        {u"duration"_s, 0},
        {u"isAdvanced"_s, false},
        {u"isSocialClip"_s, true},
        {u"metadata"_s, body.value(u"metadata"_s).toArray()},
        {u"playbackPolicy"_s, body.value(u"playback_policy"_s).toArray()},
        {u"tags"_s, body.value(u"tags"_s).toArray()},
        {u"test_video"_s, false},
        {u"title"_s, body.value(u"title"_s).toString()},
    };
}

qint64 SandboxStore::clipDurationMs(const QJsonArray &sources)
{
    qint64 totalSecs = 0;
    for (const QJsonValue &source : sources) {
        const QJsonObject item = source.toObject();
        const qint64 start = item.value(u"startTimeInSecs"_s).toInteger(0);
        const qint64 end = item.value(u"endTimeInSecs"_s).toInteger(start + kOpenEndedClipSecs);
        totalSecs += std::max<qint64>(end - start, 0);
    }
    return totalSecs * 1000;
}
