#include "DraftAutosaver.h"
#include "DraftFile.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

PortraitRequest titled(const QString &title)
{
    PortraitRequest request;
    request.title = title;
    return request;
}

} // namespace

class TestDraftAutosaver : public QObject
{
    Q_OBJECT

private slots:
    void burstOfChanges_isWrittenOnceWithTheLast()
    {
        QTemporaryDir dir;
        DraftAutosaver saver(dir.filePath(u"sub/draft.json"_s));
        saver.setDelay(50);
        QSignalSpy saved(&saver, &DraftAutosaver::saved);
        saver.schedule(titled(u"a"_s));
        saver.schedule(titled(u"ab"_s));
        saver.schedule(titled(u"abc"_s));
        QVERIFY(!QFile::exists(saver.path())); // not before the delay
        QVERIFY(saved.wait(5000));
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saver.restore()->title, u"abc"_s);
    }

    void destruction_flushesThePendingChange()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"draft.json"_s);
        {
            DraftAutosaver saver(path);
            saver.setDelay(60000);
            saver.schedule(titled(u"typed just before quitting"_s));
        }
        QCOMPARE(DraftFile::read(path)->title, u"typed just before quitting"_s);
    }

    void discard_forgetsTheDraft()
    {
        QTemporaryDir dir;
        DraftAutosaver saver(dir.filePath(u"draft.json"_s));
        saver.schedule(titled(u"x"_s));
        saver.flush();
        QVERIFY(saver.restore());
        saver.schedule(titled(u"y"_s));
        saver.discard();
        QVERIFY(!saver.restore());
    }
};

QTEST_GUILESS_MAIN(TestDraftAutosaver)
#include "tst_DraftAutosaver.moc"
