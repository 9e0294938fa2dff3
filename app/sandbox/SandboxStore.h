#pragma once

#include "SandboxLifecycle.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// The sandbox's contents, in memory only: a sandbox starts empty every time, like a fresh
// Videograph environment. Each read shows a content as it is at that moment of its lifecycle.
class SandboxStore
{
public:
    explicit SandboxStore(int stepMs);

    // Where Ready contents point their thumbnailUrl (the sandbox's own origin).
    void setOrigin(const QString &origin);

    // Takes a body SandboxRequestRules accepted; returns the new content as the create answer.
    QJsonObject create(const QJsonObject &acceptedBody);
    std::optional<QJsonObject> find(const QString &contentId) const;
    QJsonArray newestFirst(int start, int limit) const;
    bool remove(const QString &contentId);
    int count() const;

private:
    struct Record
    {
        QJsonObject content;    // as answered at creation (Pending)
        qint64 createdAtTick;   // on m_clock, immune to wall-clock jumps
        qint64 readyDurationMs; // what "duration" becomes once Ready
    };

    QJsonObject view(const Record &record) const;
    QJsonObject withStage(const Record &record, SandboxLifecycle::Stage stage) const;
    qsizetype indexOf(const QString &contentId) const;
    static QJsonObject pendingContent(const QJsonObject &acceptedBody);
    static qint64 clipDurationMs(const QJsonArray &sources);

    QList<Record> m_records; // oldest first; creation order breaks ties within one millisecond
    QElapsedTimer m_clock;
    QString m_origin;
    int m_stepMs;
};
