#pragma once

#include "Preset.h"

#include <QString>
#include <QStringList>
#include <optional>

// Reading and writing one preset file. Any file a person may hand us is read defensively: a bad
// file yields a message naming it and the problem, never half-read data.
namespace PresetFile {

struct ReadResult
{
    std::optional<Preset> preset;
    QString problem;            // set when preset is empty
    QStringList ignoredFields;  // unknown fields that were read past
};

// Presets are a few kilobytes; a far larger file is not a preset.
constexpr qint64 maxBytes = 1024 * 1024;

ReadResult read(const QString &path);
ReadResult parse(const QByteArray &bytes, const QString &fallbackName);

QByteArray serialize(const Preset &preset);

// Atomic: the previous file stays intact unless the new one was written completely.
bool write(const QString &path, const Preset &preset, QString *error);

} // namespace PresetFile
