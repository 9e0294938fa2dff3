#include "SettingsStore.h"

namespace {

const QString kProfile = QStringLiteral("endpoint/profile");
const QString kCustomUrl = QStringLiteral("endpoint/customUrl");
const QString kTokenId = QStringLiteral("endpoint/tokenId");

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

