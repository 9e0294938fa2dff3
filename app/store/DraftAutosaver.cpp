#include "DraftAutosaver.h"

#include "DraftFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

DraftAutosaver::DraftAutosaver(const QString &path, QObject *parent)
    : QObject(parent)
    , m_path(path.isEmpty() ? DraftFile::defaultPath() : path)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(400);
    connect(&m_timer, &QTimer::timeout, this, &DraftAutosaver::flush);
}

DraftAutosaver::~DraftAutosaver()
{
    flush();
}

std::optional<PortraitRequest> DraftAutosaver::restore() const
{
    return DraftFile::read(m_path);
}

void DraftAutosaver::schedule(const PortraitRequest &request)
{
    m_pending = request;
    m_timer.start();
}

void DraftAutosaver::flush()
{
    m_timer.stop();
    if (!m_pending)
        return;
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QString error;
    if (DraftFile::write(m_path, *m_pending, &error)) {
        m_pending.reset();
        emit saved();
    } else {
        emit failed(error);
    }
}

void DraftAutosaver::discard()
{
    m_timer.stop();
    m_pending.reset();
    QFile::remove(m_path);
}
