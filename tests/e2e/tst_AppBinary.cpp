#include "LaunchedApp.h"

#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the built binary to its end; one that has not ended within a minute is killed, and
// its Run keeps exit code -1.
Run runApp(const QStringList &arguments, const QTemporaryDir &home)
{
    LaunchedApp app(home);
    app.start(arguments);
    Run run;
    if (!app.waitForExit(60000))
        return run;
    run.exitCode = app.exitCode();
    run.out = app.standardOutput();
    run.err = app.standardError();
    return run;
}

} // namespace

class TestAppBinary : public QObject
{
    Q_OBJECT

private slots:
    void demoScreenshot_showsTheWindowWithACard()
    {
        QTemporaryDir home;
        const QString picture = home.filePath(u"window.png"_s);
        const Run run = runApp({u"--demo"_s, u"--screenshot"_s, picture}, home);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QImage image(picture);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800 && image.height() >= 500);
    }

    void help_listsTheOptions()
    {
        QTemporaryDir home;
        const Run run = runApp({u"--help"_s}, home);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("--base-url"));
        QVERIFY(run.out.contains("--screenshot"));
    }

    void unknownOption_exitsWithAClearMessage()
    {
        QTemporaryDir home;
        const Run run = runApp({u"--no-such-option"_s}, home);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("no-such-option"));
    }
};

QTEST_MAIN(TestAppBinary)
#include "tst_AppBinary.moc"
