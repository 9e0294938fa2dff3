#pragma once

#include "MetadataEntry.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

// A content as the server described it. Every field may be missing from an answer, so each one
// is either optional or empty when absent; the card shows what is there.
struct ContentCard
{
    // The docs name the in-between states differently in different places, so only the two
    // final ones are recognised; anything else is "still in progress" and shown as written.
    enum class Phase { InProgress, Ready, Failed };

    QString contentId;
    QString title;
    QString description;
    QString status;
    std::optional<int> statusId;
    QString category;
    QDateTime createdAt; // invalid when the answer had no usable created_at
    std::optional<qint64> durationMs;
    QStringList playbackPolicy;
    QStringList tags;
    QList<MetadataEntry> metadata;
    std::optional<bool> isSocialClip;
    std::optional<bool> isAdvanced;
    std::optional<bool> testVideo;
    QString resolution;
    QUrl thumbnailUrl;
    QJsonObject raw; // the answer's data object, untouched, for the "raw JSON" view

    Phase phase() const;
    bool isFinished() const { return phase() != Phase::InProgress; }

    // The dashboard's share and embed page for this content.
    QUrl shareUrl() const;
};
