#include "UrlIntake.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestUrlIntake : public QObject
{
    Q_OBJECT

private slots:
    void httpUrls_areAdded()
    {
        const UrlIntakeResult result = UrlIntake::sort({u"https://a.example/1.mp4"_s, u"http://b.example/2.mp4"_s}, {});
        QCOMPARE(result.added, (QStringList{u"https://a.example/1.mp4"_s, u"http://b.example/2.mp4"_s}));
        QVERIFY(result.refused.isEmpty());
    }

    void otherSchemesAndLocalFiles_areRefusedWithTheReason()
    {
        const UrlIntakeResult result = UrlIntake::sort({u"ftp://a.example/1.mp4"_s, u"file:///home/me/v.mp4"_s}, {});
        QVERIFY(result.added.isEmpty());
        QCOMPARE(result.refused.size(), 2);
        QVERIFY(result.refused[1].reason.contains(u"public URL"_s));
        // The status line only counts them; paths and reasons are too long for it.
        QCOMPARE(result.summary(), u"Refused 2 that are not public http(s) URLs."_s);
    }

    void urlsAlreadyInTheTable_areSkippedAndCounted()
    {
        const UrlIntakeResult result = UrlIntake::sort(
            {u"HTTPS://A.example/1.mp4"_s, u"https://b.example/2.mp4"_s, u"https://b.example/2.mp4"_s},
            {u"https://a.example/1.mp4"_s});
        QCOMPARE(result.added, QStringList{u"https://b.example/2.mp4"_s});
        QCOMPARE(result.duplicates, 2);
        QVERIFY(result.summary().contains(u"Skipped 2"_s));
    }

    void summary_spellsOutOneAndMany()
    {
        const UrlIntakeResult one = UrlIntake::sort({u"https://a.example/1.mp4"_s}, {});
        QCOMPARE(one.summary(), u"Added 1 source URL."_s);
        const UrlIntakeResult many = UrlIntake::sort(
            {u"https://a.example/1.mp4"_s, u"https://a.example/2.mp4"_s, u"https://a.example/2.mp4"_s}, {});
        QCOMPARE(many.summary(), u"Added 2 source URLs. Skipped 1 already in the list."_s);
    }

    void summary_ofNothing_saysSo()
    {
        QCOMPARE(UrlIntake::sort({}, {}).summary(), u"No URLs found."_s);
    }

    void tenThousandUrls_areAllAdded()
    {
        QStringList urls;
        for (int i = 0; i < 10000; ++i)
            urls.append(u"https://cdn.example.com/v/%1.mp4"_s.arg(i));
        QCOMPARE(UrlIntake::sort(urls, {}).added.size(), 10000);
    }
};

QTEST_GUILESS_MAIN(TestUrlIntake)
#include "tst_UrlIntake.moc"
