#include "SettingsStore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestSettingsStore : public QObject
{
    Q_OBJECT

private slots:
    void firstRun_isTheSandbox()
    {
        QTemporaryDir dir;
        SettingsStore settings(dir.filePath(u"s.ini"_s));
        QCOMPARE(settings.endpoint().profile, EndpointSettings::Profile::Sandbox);
        QVERIFY(settings.endpoint().baseUrl().isEmpty());
    }

    void endpoint_roundTrips()
    {
        QTemporaryDir dir;
        EndpointSettings endpoint;
        endpoint.profile = EndpointSettings::Profile::Custom;
        endpoint.customUrl = QUrl(u"https://staging.example.com"_s);
        endpoint.tokenId = u"token-123"_s;
        {
            SettingsStore settings(dir.filePath(u"s.ini"_s));
            settings.setEndpoint(endpoint);
        }
        SettingsStore reopened(dir.filePath(u"s.ini"_s));
        QCOMPARE(reopened.endpoint(), endpoint);
        QCOMPARE(reopened.endpoint().baseUrl(), QUrl(u"https://staging.example.com"_s));
    }

    void videographProfile_pointsAtTheRealApi()
    {
        EndpointSettings endpoint;
        endpoint.profile = EndpointSettings::Profile::Videograph;
        QCOMPARE(endpoint.baseUrl(), QUrl(u"https://api.videograph.ai"_s));
    }
};

QTEST_GUILESS_MAIN(TestSettingsStore)
#include "tst_SettingsStore.moc"
