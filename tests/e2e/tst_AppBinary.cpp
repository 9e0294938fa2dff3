#include <QImage>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Runs the built binary with its own HOME, so nothing touches the user's settings.
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runApp(const QStringList &arguments, const QTemporaryDir &home)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.remove(u"VIDEOGRAPH_BASE_URL"_s);
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(PORTRAITPRO_BINARY), arguments);
    Run run;
    if (!finished.wait(60000)) {
        process.kill();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
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
