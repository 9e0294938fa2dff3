#pragma once

#include "ActiveEndpoint.h"
#include "EndpointTools.h"
#include "MainWindow.h"
#include "SandboxServer.h"
#include "SecretStore.h"
#include "SettingsStore.h"
#include "VideographClient.h"

#include <QNetworkAccessManager>
#include <QProcessEnvironment>
#include <QTemporaryDir>

class SettingsDialog;

// The whole endpoint wiring of the app, as main.cpp builds it, over private settings and a
// test keychain service: a built-in sandbox, the settings, the keychain, the active endpoint,
// a window and its Settings action and preview.
class EndpointRig
{
public:
    // settingsPath: where the settings file goes; a private temporary folder by default.
    explicit EndpointRig(const EnvironmentOverrides &overrides = {}, const QString &settingsPath = {});

    MainWindow &window() { return m_window; }
    VideographClient &client() { return m_client; }
    SandboxServer &builtInSandbox() { return m_sandbox; }
    SettingsStore &settings() { return m_settings; }
    SecretStore &secrets() { return m_secrets; }
    ActiveEndpoint &active() { return m_active; }
    EndpointTools &tools() { return m_tools; }
    QNetworkAccessManager &network() { return m_network; }
    QString settingsPath() const;

    // Triggers Settings as the menu does; the dialog it opened, or null.
    SettingsDialog *openSettings();

    // prefix and a new UUID: a token or secret that no other test or earlier run has used.
    static QString unique(const QString &prefix);

private:
    QTemporaryDir m_dir;
    QString m_settingsPath;
    SandboxServer m_sandbox;
    quint16 m_port;
    SettingsStore m_settings;
    SecretStore m_secrets;
    ActiveEndpoint m_active;
    QNetworkAccessManager m_network;
    VideographClient m_client;
    MainWindow m_window;
    EndpointTools m_tools;
};
