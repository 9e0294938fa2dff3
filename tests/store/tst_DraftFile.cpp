#include "DraftFile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestDraftFile : public QObject
{
    Q_OBJECT

private slots:
    void unfinishedForm_roundTripsExactlyAsTyped()
    {
        PortraitRequest request;
        request.title = u"  half-typed title"_s;
        request.description = u"line one\nline two"_s;
        request.tags = {u"ok"_s, u""_s, u"OK"_s};
        request.metadata = {{QString(), u"value without key"_s}};
        request.publicPolicy = false;
        request.signedPolicy = false;
        request.sources = {{u"not a url yet"_s, {u"1m"_s, u"soon"_s}}};
        QCOMPARE(DraftFile::parse(DraftFile::serialize(request)), std::optional<PortraitRequest>(request));
    }

    void writeThenRead_roundTrips()
    {
        QTemporaryDir dir;
        PortraitRequest request;
        request.title = u"Title"_s;
        request.sources = {{u"https://a.example/1.mp4"_s, {u"5"_s, QString()}}};
        QString error;
        QVERIFY(DraftFile::write(dir.filePath(u"draft.json"_s), request, &error));
        QCOMPARE(DraftFile::read(dir.filePath(u"draft.json"_s)), std::optional<PortraitRequest>(request));
    }

    void corruptOrForeignFile_isNoDraft()
    {
        QCOMPARE(DraftFile::parse("{\"title\": \"x\""), std::nullopt);
        QCOMPARE(DraftFile::parse("{\"title\": \"x\"}"), std::nullopt); // not written by us
        QCOMPARE(DraftFile::read(u"/nonexistent/draft.json"_s), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestDraftFile)
#include "tst_DraftFile.moc"
