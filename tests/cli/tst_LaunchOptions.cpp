#include "LaunchOptions.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestLaunchOptions : public QObject
{
    Q_OBJECT

private slots:
    void noArguments_meansDefaults()
    {
        const LaunchOptions options = LaunchOptions::parse({u"portraitpro"_s});
        QVERIFY(options.error.isEmpty());
        QVERIFY(options.baseUrl.isEmpty());
        QVERIFY(!options.forceSandbox);
        QVERIFY(options.sourceUrls.isEmpty());
    }

    void urlArguments_becomeSourceUrls()
    {
        const LaunchOptions options = LaunchOptions::parse(
            {u"portraitpro"_s, u"https://example.com/a.mp4"_s, u"http://example.com/b.mp4"_s});
        QCOMPARE(options.sourceUrls, (QStringList{u"https://example.com/a.mp4"_s, u"http://example.com/b.mp4"_s}));
    }

    void argumentsThatAreNotUrls_areSetAsideWithAReason()
    {
        const LaunchOptions options = LaunchOptions::parse(
            {u"portraitpro"_s, u"movie.mp4"_s, u"ftp://example.com/c.mp4"_s});
        QVERIFY(options.sourceUrls.isEmpty());
        QCOMPARE(options.ignoredArguments.size(), 2);
        QVERIFY(options.ignoredArguments[0].startsWith(u"movie.mp4: "_s));
        // All of them still go to the window, which names the refused ones where they are seen.
        QCOMPARE(options.urlArguments, (QStringList{u"movie.mp4"_s, u"ftp://example.com/c.mp4"_s}));
    }

    void baseUrl_isRead()
    {
        const LaunchOptions options = LaunchOptions::parse(
            {u"portraitpro"_s, u"--base-url"_s, u"https://api.videograph.ai"_s});
        QCOMPARE(options.baseUrl, QUrl(u"https://api.videograph.ai"_s));
    }

    void baseUrlWithoutHost_isAnError()
    {
        const LaunchOptions options = LaunchOptions::parse({u"portraitpro"_s, u"--base-url"_s, u"https://"_s});
        QVERIFY(options.error.contains(u"--base-url"_s));
    }

    void unknownOption_isAnError()
    {
        const LaunchOptions options = LaunchOptions::parse({u"portraitpro"_s, u"--frobnicate"_s});
        QVERIFY(options.error.contains(u"frobnicate"_s));
    }

    void helpAndScreenshot_areRead()
    {
        const LaunchOptions options = LaunchOptions::parse(
            {u"portraitpro"_s, u"--help"_s, u"--screenshot"_s, u"/tmp/x.png"_s, u"--demo"_s, u"--sandbox"_s});
        QVERIFY(options.showHelp);
        QVERIFY(options.demo);
        QVERIFY(options.forceSandbox);
        QCOMPARE(options.screenshotPath, u"/tmp/x.png"_s);
        QVERIFY(LaunchOptions::helpText().contains(u"--base-url"_s));
    }

    void preset_isReadBesideUrls()
    {
        const LaunchOptions options = LaunchOptions::parse(
            {u"portraitpro"_s, u"--preset"_s, u"Weekly recap"_s, u"https://example.com/a.mp4"_s});
        QVERIFY(options.error.isEmpty());
        QCOMPARE(options.preset, u"Weekly recap"_s);
        QCOMPARE(options.sourceUrls, QStringList{u"https://example.com/a.mp4"_s});
        QVERIFY(LaunchOptions::helpText().contains(u"--preset"_s));
    }

    void emptyPreset_isAnError()
    {
        QVERIFY(LaunchOptions::parse({u"portraitpro"_s}).preset.isEmpty());
        const LaunchOptions options = LaunchOptions::parse({u"portraitpro"_s, u"--preset"_s, u" "_s});
        QVERIFY(options.error.contains(u"--preset"_s));
    }
};

QTEST_GUILESS_MAIN(TestLaunchOptions)
#include "tst_LaunchOptions.moc"
