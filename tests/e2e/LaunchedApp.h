#pragma once

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// The built portraitpro binary, run offscreen with HOME and XDG folders of its own, so nothing
// touches the user's settings, presets or draft.
class LaunchedApp
{
public:
    explicit LaunchedApp(const QTemporaryDir &home)
        : m_home(home.path())
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home.filePath(QStringLiteral("cache")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.remove(QStringLiteral("VIDEOGRAPH_BASE_URL"));
        m_process.setProcessEnvironment(env);
    }

    ~LaunchedApp()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_finished.wait(10000);
        }
    }

    // Where the app keeps its data: QStandardPaths' AppDataLocation for the organization
    // "PortraitPro" and the application "portraitpro" that main.cpp sets.
    QString dataFile(const QString &name) const
    {
        return QDir(m_home).filePath(QStringLiteral("data/PortraitPro/portraitpro/") + name);
    }

    void start(const QStringList &arguments) { m_process.start(QStringLiteral(PORTRAITPRO_BINARY), arguments); }
    bool isRunning() const { return m_process.state() == QProcess::Running; }
    // SIGKILL: no chance to save anything on the way out.
    void kill() { m_process.kill(); }
    bool waitForExit(int milliseconds = 60000)
    {
        return m_process.state() == QProcess::NotRunning || m_finished.wait(milliseconds);
    }
    int exitCode() const { return m_process.exitCode(); }
    QProcess::ExitStatus exitStatus() const { return m_process.exitStatus(); }
    QByteArray standardOutput() { return m_process.readAllStandardOutput(); }
    QByteArray standardError() { return m_process.readAllStandardError(); }

private:
    QString m_home;
    QProcess m_process;
    QSignalSpy m_finished{&m_process, &QProcess::finished};
};
