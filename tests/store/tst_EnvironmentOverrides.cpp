#include "EnvironmentOverrides.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestEnvironmentOverrides : public QObject
{
    Q_OBJECT

private slots:
    void nothingSet_overridesNothing()
    {
        QVERIFY(!EnvironmentOverrides::read({}, false, QProcessEnvironment()).any());
    }

    void variables_areRead()
    {
        QProcessEnvironment env;
        env.insert(u"VIDEOGRAPH_BASE_URL"_s, u"https://staging.example.com"_s);
        env.insert(u"VIDEOGRAPH_ACCESS_TOKEN"_s, u" token "_s);
        env.insert(u"VIDEOGRAPH_SECRET_KEY"_s, u"secret"_s);
        const EnvironmentOverrides overrides = EnvironmentOverrides::read({}, false, env);
        QCOMPARE(overrides.baseUrl, QUrl(u"https://staging.example.com"_s));
        QCOMPARE(overrides.tokenId, u"token"_s);
        QCOMPARE(overrides.secretKey, u"secret"_s);
        QVERIFY(overrides.overridesServer() && overrides.overridesCredentials());
    }

    void commandLineBaseUrl_winsOverTheVariable()
    {
        QProcessEnvironment env;
        env.insert(u"VIDEOGRAPH_BASE_URL"_s, u"https://from-env.example.com"_s);
        const EnvironmentOverrides overrides =
            EnvironmentOverrides::read(QUrl(u"https://from-cli.example.com"_s), false, env);
        QCOMPARE(overrides.baseUrl.host(), u"from-cli.example.com"_s);
    }

    void sandboxOption_overridesTheServer()
    {
        QVERIFY(EnvironmentOverrides::read({}, true, QProcessEnvironment()).overridesServer());
    }
};

QTEST_GUILESS_MAIN(TestEnvironmentOverrides)
#include "tst_EnvironmentOverrides.moc"
