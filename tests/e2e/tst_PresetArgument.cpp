#include "DraftFile.h"
#include "LaunchedApp.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// portraitpro --preset NAME|FILE, run as a person would run it.
class TestPresetArgument : public QObject
{
    Q_OBJECT

private slots:
    void presetFile_isLoadedAndUrlsAreAddedAfterIt()
    {
        QTemporaryDir home;
        const QString extra = u"https://example.com/extra.mp4"_s;
        LaunchedApp app(home);
        app.start({u"--preset"_s, QStringLiteral(PP_TESTS_DIR "/golden/reference-request.json"), u"--screenshot"_s,
                   home.filePath(u"window.png"_s), extra});
        QVERIFY(app.waitForExit());
        QVERIFY2(app.exitCode() == 0, app.standardError().constData());

        // The form is saved as the draft on quitting, so the draft shows what the window held.
        const std::optional<PortraitRequest> form = DraftFile::read(app.dataFile(u"draft.json"_s));
        QVERIFY(form);
        QCOMPARE(form->title, u"Portrait PRO Test"_s);
        QCOMPARE(form->sources.size(), 2);
        QCOMPARE(form->sources.at(0).url, u"https://d19nx8bm4jzw4h.cloudfront.net/Tears-of-steel.mp4"_s);
        QCOMPARE(form->sources.at(1).url, extra);
    }

    void urlArguments_areTakenAsIfDropped()
    {
        QTemporaryDir home;
        const QString inPreset = u"https://d19nx8bm4jzw4h.cloudfront.net/Tears-of-steel.mp4"_s;
        const QString extra = u"https://example.com/extra.mp4"_s;
        LaunchedApp app(home);
        app.start({u"--preset"_s, QStringLiteral(PP_TESTS_DIR "/golden/reference-request.json"), u"--screenshot"_s,
                   home.filePath(u"window.png"_s), inPreset, u"file:///home/me/movie.mp4"_s, extra});
        QVERIFY(app.waitForExit());
        const QByteArray err = app.standardError();
        QVERIFY2(app.exitCode() == 0, err.constData());
        QVERIFY2(err.contains("not added: file:///home/me/movie.mp4"), err.constData());

        // The URL already in the preset is skipped, not listed twice.
        const std::optional<PortraitRequest> form = DraftFile::read(app.dataFile(u"draft.json"_s));
        QVERIFY(form);
        QCOMPARE(form->sources.size(), 2);
        QCOMPARE(form->sources.at(0).url, inPreset);
        QCOMPARE(form->sources.at(1).url, extra);
    }

    void unknownPreset_printsAnErrorAndTheWindowStillOpens()
    {
        QTemporaryDir home;
        const QString picture = home.filePath(u"window.png"_s);
        LaunchedApp app(home);
        app.start({u"--preset"_s, u"No Such Preset"_s, u"--screenshot"_s, picture});
        QVERIFY(app.waitForExit());
        const QByteArray err = app.standardError();
        QVERIFY2(app.exitCode() == 0, err.constData());
        QVERIFY2(err.contains("--preset") && err.contains("No Such Preset"), err.constData());
        QVERIFY(QFileInfo(picture).size() > 0); // the window opened and was pictured
    }
};

QTEST_GUILESS_MAIN(TestPresetArgument)
#include "tst_PresetArgument.moc"
