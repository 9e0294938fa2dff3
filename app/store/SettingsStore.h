#pragma once

#include "EndpointSettings.h"

#include <QObject>
#include <QSettings>

// Everything the app remembers that is not a secret, in QSettings.
class SettingsStore : public QObject
{
    Q_OBJECT

public:
    explicit SettingsStore(QObject *parent = nullptr);
    // For tests: settings in a given file instead of the user's.
    explicit SettingsStore(const QString &iniPath, QObject *parent = nullptr);

    EndpointSettings endpoint() const;
    void setEndpoint(const EndpointSettings &endpoint);


    void sync() { m_settings.sync(); }

signals:
    void endpointChanged();

private:
    QSettings m_settings;
};
