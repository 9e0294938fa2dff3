#include "PresetStore.h"

#include "PresetFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QStandardPaths>

namespace {

QString defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/presets");
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

PresetStore::PresetStore(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_directory(directory.isEmpty() ? defaultDirectory() : directory)
{
    reload();
}

void PresetStore::reload()
{
    m_presets.clear();
    m_problems.clear();
    const QDir dir(m_directory);
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const PresetFile::ReadResult result = PresetFile::read(dir.filePath(file));
        if (result.preset && !contains(result.preset->name))
            m_presets.append(*result.preset);
        else if (result.preset)
            m_problems.append({dir.filePath(file), tr("Another file already holds the preset \"%1\".").arg(result.preset->name)});
        else
            m_problems.append({dir.filePath(file), result.problem});
    }
    std::sort(m_presets.begin(), m_presets.end(), [](const Preset &a, const Preset &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    emit changed();
}

std::optional<Preset> PresetStore::find(const QString &name) const
{
    for (const Preset &preset : m_presets) {
        if (preset.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return preset;
    }
    return std::nullopt;
}

QString PresetStore::fileNameFor(const QString &name)
{
    static const QRegularExpression unsafe(QStringLiteral("[^\\w]+"), QRegularExpression::UseUnicodePropertiesOption);
    QString base = name.trimmed().toLower().replace(unsafe, QStringLiteral("-"));
    while (base.startsWith(u'-'))
        base.remove(0, 1);
    while (base.endsWith(u'-'))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("preset");
    return base.left(80) + QStringLiteral(".json");
}

QString PresetStore::pathFor(const QString &name) const
{
    if (const auto existing = find(name); existing && !existing->path.isEmpty())
        return existing->path;
    // Two names may share a file name ("A/B" and "A-B"); number the later one.
    const QString wanted = fileNameFor(name);
    QString candidate = wanted;
    for (int i = 2; QFile::exists(QDir(m_directory).filePath(candidate)); ++i)
        candidate = wanted.chopped(5) + QStringLiteral("-%1.json").arg(i);
    return QDir(m_directory).filePath(candidate);
}

bool PresetStore::checkNewName(const QString &name, bool overwrite, QString *error) const
{
    if (name.trimmed().isEmpty())
        return fail(error, tr("Give the preset a name."));
    if (!overwrite && contains(name))
        return fail(error, tr("A preset named \"%1\" already exists.").arg(name.trimmed()));
    return true;
}

bool PresetStore::save(const QString &name, const PortraitRequest &request, bool overwrite, QString *error)
{
    if (!checkNewName(name, overwrite, error))
        return false;
    if (!QDir().mkpath(m_directory))
        return fail(error, tr("Could not create the presets folder %1.").arg(m_directory));
    if (!PresetFile::write(pathFor(name), Preset{name.trimmed(), request, {}}, error))
        return false;
    reload();
    return true;
}

bool PresetStore::rename(const QString &from, const QString &to, QString *error)
{
    const auto preset = find(from);
    if (!preset)
        return fail(error, tr("There is no preset named \"%1\".").arg(from));
    const bool sameName = from.compare(to.trimmed(), Qt::CaseInsensitive) == 0;
    if (!checkNewName(to, sameName, error))
        return false;
    // Write the new file before removing the old one, so a failure loses nothing.
    const QString oldPath = preset->path;
    QString newPath = QDir(m_directory).filePath(fileNameFor(to));
    if (newPath != oldPath && QFile::exists(newPath))
        newPath = pathFor(to);
    if (!PresetFile::write(newPath, Preset{to.trimmed(), preset->request, {}}, error))
        return false;
    if (newPath != oldPath)
        QFile::remove(oldPath);
    reload();
    return true;
}

bool PresetStore::remove(const QString &name, QString *error)
{
    const auto preset = find(name);
    if (!preset)
        return fail(error, tr("There is no preset named \"%1\".").arg(name));
    if (!QFile::remove(preset->path))
        return fail(error, tr("Could not delete %1.").arg(preset->path));
    reload();
    return true;
}

std::optional<QString> PresetStore::importFile(const QString &path, bool overwrite, QString *error)
{
    const PresetFile::ReadResult result = PresetFile::read(path);
    if (!result.preset) {
        fail(error, tr("%1: %2").arg(QFileInfo(path).fileName(), result.problem));
        return std::nullopt;
    }
    if (!save(result.preset->name, result.preset->request, overwrite, error))
        return std::nullopt;
    return result.preset->name;
}

bool PresetStore::exportTo(const QString &name, const QString &path, QString *error) const
{
    const auto preset = find(name);
    if (!preset)
        return fail(error, tr("There is no preset named \"%1\".").arg(name));
    return PresetFile::write(path, *preset, error);
}
