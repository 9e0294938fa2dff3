#include "EndpointRig.h"
#include "SandboxedWindow.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QString banner(EndpointRig &rig)
{
    return rig.window().findChild<QLabel *>(u"endpointBannerLabel"_s)->text();
}

PortraitRequest validRequest()
{
    PortraitRequest request;
    request.title = u"Switching"_s;
    request.sources = {{u"https://cdn.example.com/a.mp4"_s, {}}};
    return request;
}

bool submitSucceeds(EndpointRig &rig)
{
    QSignalSpy finished(&rig.window(), &MainWindow::submitFinished);
    rig.window().setRequest(validRequest());
    rig.window().submit();
    return finished.wait(10000) && finished.first().at(0).toBool();
}

void saveCustomEndpoint(EndpointRig &rig, const QUrl &url, const Credentials &credentials)
{
    QSignalSpy written(&rig.secrets(), &SecretStore::secretWritten);
    rig.secrets().write(credentials.tokenId, credentials.secretKey);
    QVERIFY(written.wait(10000));
    EndpointSettings endpoint;
    endpoint.profile = EndpointSettings::Profile::Custom;
    endpoint.customUrl = url;
    endpoint.tokenId = credentials.tokenId;
    rig.settings().setEndpoint(endpoint);
}

} // namespace

class TestEndpointSwitching : public QObject
{
    Q_OBJECT

private slots:
    void firstRun_isTheSandboxAndTheBannerSaysSo()
    {
        EndpointRig rig;
        QVERIFY(rig.active().isSandbox());
        QCOMPARE(banner(rig), u"Sandbox — nothing is sent to Videograph"_s);
        QVERIFY(submitSucceeds(rig));
        QCOMPARE(rig.builtInSandbox().contentCount(), 1);
    }

    void switchingProfile_appliesToTheNextSubmitWithoutARestart()
    {
        EndpointRig rig;
        const Credentials credentials{EndpointRig::unique(u"tok-"_s), u"sec-1"_s};
        SandboxServer custom(SandboxOptions{credentials.tokenId, credentials.secretKey, 3000});
        QVERIFY(custom.listen(0));

        saveCustomEndpoint(rig, custom.baseUrl(), credentials);
        QTRY_COMPARE(rig.client().credentials(), credentials); // the secret arrives from the keychain
        QVERIFY(banner(rig).contains(u"127.0.0.1:%1"_s.arg(custom.port())));
        QVERIFY(submitSucceeds(rig));
        QCOMPARE(custom.contentCount(), 1);
        QCOMPARE(rig.builtInSandbox().contentCount(), 0);

        EndpointSettings sandbox;
        rig.settings().setEndpoint(sandbox);
        QVERIFY(banner(rig).startsWith(u"Sandbox"_s));
        QVERIFY(submitSucceeds(rig));
        QCOMPARE(rig.builtInSandbox().contentCount(), 1);
        QCOMPARE(custom.contentCount(), 1);
        rig.secrets().remove(credentials.tokenId);
    }

    void environmentOverrides_areUsedNamedAndNeverSaved()
    {
        SandboxServer custom(SandboxOptions{u"env-token"_s, u"env-secret"_s, 3000});
        QVERIFY(custom.listen(0));
        EnvironmentOverrides overrides;
        overrides.baseUrl = custom.baseUrl();
        overrides.tokenId = u"env-token"_s;
        overrides.secretKey = u"env-secret"_s;
        EndpointRig rig(overrides);
        QVERIFY(!rig.active().isSandbox());
        QVERIFY(banner(rig).contains(u"VIDEOGRAPH_ACCESS_TOKEN"_s));
        QVERIFY(banner(rig).contains(u"not saved"_s));
        QVERIFY(submitSucceeds(rig));
        QCOMPARE(custom.contentCount(), 1);
        rig.settings().sync();
        QFile ini(rig.settingsPath());
        const QByteArray stored = ini.open(QIODevice::ReadOnly) ? ini.readAll() : QByteArray();
        QVERIFY(!stored.contains("env-token"));
        QVERIFY(!stored.contains("env-secret"));
        QCOMPARE(rig.settings().endpoint().profile, EndpointSettings::Profile::Sandbox);
    }

    void credentialsFromTheEnvironmentAlone_meanTheRealApi()
    {
        EnvironmentOverrides overrides;
        overrides.tokenId = u"t"_s;
        overrides.secretKey = u"s"_s;
        EndpointRig rig(overrides);
        QCOMPARE(rig.client().endpoint(), QUrl(u"https://api.videograph.ai"_s));
        QVERIFY(banner(rig).contains(u"api.videograph.ai"_s));
    }
};

QTEST_MAIN(TestEndpointSwitching)
#include "tst_EndpointSwitching.moc"
