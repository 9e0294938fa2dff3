#include "SettingsStore.h"

namespace {

const QString kProfile = QStringLiteral("endpoint/profile");
const QString kCustomUrl = QStringLiteral("endpoint/customUrl");
const QString kTokenId = QStringLiteral("endpoint/tokenId");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");

} // namespace

SettingsStore::SettingsStore(QObject *parent)
    : QObject(parent)
{
}

SettingsStore::SettingsStore(const QString &iniPath, QObject *parent)
    : QObject(parent)
    , m_settings(iniPath, QSettings::IniFormat)
{
}

EndpointSettings SettingsStore::endpoint() const
{
    EndpointSettings endpoint;
    endpoint.profile = EndpointSettings::profileFromKey(m_settings.value(kProfile).toString());
    endpoint.customUrl = QUrl(m_settings.value(kCustomUrl).toString());
    endpoint.tokenId = m_settings.value(kTokenId).toString();
    return endpoint;
}

void SettingsStore::setEndpoint(const EndpointSettings &endpoint)
{
    m_settings.setValue(kProfile, EndpointSettings::profileKey(endpoint.profile));
    m_settings.setValue(kCustomUrl, endpoint.customUrl.toString());
    m_settings.setValue(kTokenId, endpoint.tokenId);
    m_settings.sync();
    emit endpointChanged();
}

QByteArray SettingsStore::windowGeometry() const
{
    return m_settings.value(kGeometry).toByteArray();
}

void SettingsStore::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(kGeometry, geometry);
}

QByteArray SettingsStore::windowState() const
{
    return m_settings.value(kState).toByteArray();
}

void SettingsStore::setWindowState(const QByteArray &state)
{
    m_settings.setValue(kState, state);
}
