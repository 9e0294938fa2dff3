#include "DraftFile.h"
#include "LaunchedApp.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The real app, killed with SIGKILL while the form holds something: the draft it wrote on its
// own is on disk, and the next start puts it back before adding its own command-line URLs.
class TestDraftAfterKill : public QObject
{
    Q_OBJECT

private slots:
    void killedApp_leavesADraftThatTheNextStartRestores()
    {
        QTemporaryDir home;
        const QString first = u"https://example.com/first.mp4"_s;
        const QString second = u"https://example.com/second.mp4"_s;

        LaunchedApp killed(home);
        const QString draftPath = killed.dataFile(u"draft.json"_s);
        killed.start({first});
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(draftPath), 60000);
        QVERIFY(killed.isRunning());
        killed.kill();
        QVERIFY(killed.waitForExit());
        QCOMPARE(killed.exitStatus(), QProcess::CrashExit);

        const std::optional<PortraitRequest> draft = DraftFile::read(draftPath);
        QVERIFY(draft);
        QCOMPARE(draft->sources.size(), 1);
        QCOMPARE(draft->sources.at(0).url, first);

        // The next start restores the draft, then appends its own URL; on quitting it saves
        // the form, which therefore shows what the window held.
        LaunchedApp next(home);
        next.start({u"--screenshot"_s, home.filePath(u"window.png"_s), second});
        QVERIFY(next.waitForExit());
        QVERIFY2(next.exitCode() == 0, next.standardError().constData());
        const std::optional<PortraitRequest> after = DraftFile::read(draftPath);
        QVERIFY(after);
        QCOMPARE(after->sources.size(), 2);
        QCOMPARE(after->sources.at(0).url, first);
        QCOMPARE(after->sources.at(1).url, second);
    }
};

QTEST_GUILESS_MAIN(TestDraftAfterKill)
#include "tst_DraftAfterKill.moc"
