#include "EndpointChoice.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QProcessEnvironment environment(const QList<QPair<QString, QString>> &values)
{
    QProcessEnvironment env;
    for (const auto &[name, value] : values)
        env.insert(name, value);
    return env;
}

} // namespace

class TestEndpointChoice : public QObject
{
    Q_OBJECT

private slots:
    void nothingConfigured_usesTheSandbox()
    {
        const EndpointChoice choice = EndpointChoice::resolve(LaunchOptions::parse({u"pp"_s}), {});
        QVERIFY(choice.sandbox);
        QVERIFY(!choice.credentials.isComplete());
    }

    void credentialsAlone_stillUseTheSandbox()
    {
        const EndpointChoice choice = EndpointChoice::resolve(
            LaunchOptions::parse({u"pp"_s}),
            environment({{u"VIDEOGRAPH_ACCESS_TOKEN"_s, u"t"_s}, {u"VIDEOGRAPH_SECRET_KEY"_s, u"s"_s}}));
        QVERIFY(choice.sandbox);
    }

    void baseUrlOption_withEnvironmentCredentials_usesThem()
    {
        const EndpointChoice choice = EndpointChoice::resolve(
            LaunchOptions::parse({u"pp"_s, u"--base-url"_s, u"https://api.videograph.ai"_s}),
            environment({{u"VIDEOGRAPH_ACCESS_TOKEN"_s, u"token"_s}, {u"VIDEOGRAPH_SECRET_KEY"_s, u"secret"_s}}));
        QVERIFY(!choice.sandbox);
        QCOMPARE(choice.baseUrl, QUrl(u"https://api.videograph.ai"_s));
        QCOMPARE(choice.credentials, (Credentials{u"token"_s, u"secret"_s}));
        QVERIFY(choice.note.contains(u"VIDEOGRAPH_ACCESS_TOKEN"_s));
        QVERIFY(!choice.note.contains(u"secret"_s, Qt::CaseSensitive) || !choice.note.contains(u"=secret"_s));
    }

    void baseUrlFromEnvironment_isUsed()
    {
        const EndpointChoice choice = EndpointChoice::resolve(
            LaunchOptions::parse({u"pp"_s}), environment({{u"VIDEOGRAPH_BASE_URL"_s, u"https://example.com"_s}}));
        QVERIFY(!choice.sandbox);
        QCOMPARE(choice.baseUrl, QUrl(u"https://example.com"_s));
        QVERIFY(choice.note.contains(u"no credentials"_s));
    }

    void sandboxOption_winsOverEverything()
    {
        const EndpointChoice choice = EndpointChoice::resolve(
            LaunchOptions::parse({u"pp"_s, u"--sandbox"_s, u"--base-url"_s, u"https://example.com"_s}),
            environment({{u"VIDEOGRAPH_BASE_URL"_s, u"https://example.org"_s}}));
        QVERIFY(choice.sandbox);
    }
};

QTEST_GUILESS_MAIN(TestEndpointChoice)
#include "tst_EndpointChoice.moc"
