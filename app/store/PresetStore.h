#pragma once

#include "Preset.h"

#include <QList>
#include <QObject>
#include <QString>
#include <optional>

// The presets folder: one JSON file per preset under the app data location. A bad file is
// reported by name and skipped; every other preset still loads.
class PresetStore : public QObject
{
    Q_OBJECT

public:
    struct Problem
    {
        QString path;
        QString message;
    };

    // directory defaults to <AppDataLocation>/presets.
    explicit PresetStore(const QString &directory = {}, QObject *parent = nullptr);

    QString directory() const { return m_directory; }
    void reload();

    const QList<Preset> &presets() const { return m_presets; } // sorted by name
    const QList<Problem> &problems() const { return m_problems; }
    std::optional<Preset> find(const QString &name) const;
    bool contains(const QString &name) const { return find(name).has_value(); }

    // Each returns false with a message in *error; nothing on disk changes then.
    bool save(const QString &name, const PortraitRequest &request, bool overwrite, QString *error);
    bool rename(const QString &from, const QString &to, QString *error);
    bool remove(const QString &name, QString *error);
    // Copies a preset file from anywhere into the store; returns the imported preset's name.
    std::optional<QString> importFile(const QString &path, bool overwrite, QString *error);
    bool exportTo(const QString &name, const QString &path, QString *error) const;

    // A name → file name that is safe on every file system, e.g. "Spring / Sale" → "spring-sale.json".
    static QString fileNameFor(const QString &name);

signals:
    void changed();

private:
    QString pathFor(const QString &name) const;
    bool checkNewName(const QString &name, bool overwrite, QString *error) const;

    QString m_directory;
    QList<Preset> m_presets;
    QList<Problem> m_problems;
};
