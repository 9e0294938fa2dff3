#include "TimeCode.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestTimeCode : public QObject
{
    Q_OBJECT

private slots:
    void parse_acceptsEachForm_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("seconds");
        QTest::newRow("zero") << u"0"_s << 0;
        QTest::newRow("seconds") << u"45"_s << 45;
        QTest::newRow("seconds over a minute") << u"125"_s << 125;
        QTest::newRow("minutes:seconds") << u"1:15"_s << 75;
        QTest::newRow("padded minutes") << u"01:05"_s << 65;
        QTest::newRow("ninety minutes") << u"90:00"_s << 5400;
        QTest::newRow("hours") << u"1:01:15"_s << 3675;
        QTest::newRow("padded hours") << u"00:00:07"_s << 7;
        QTest::newRow("surrounding spaces") << u"  2:00 "_s << 120;
        QTest::newRow("single digit seconds") << u"1:5"_s << 65;
        QTest::newRow("largest") << u"99:59:59"_s << TimeCode::maximumSeconds;
    }
    void parse_acceptsEachForm()
    {
        QFETCH(QString, text);
        QFETCH(int, seconds);
        QCOMPARE(TimeCode::parse(text), std::optional<int>(seconds));
    }

    void parse_refusesWhatIsNotATime_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("blank") << u"   "_s;
        QTest::newRow("letters") << u"abc"_s;
        QTest::newRow("negative") << u"-5"_s;
        QTest::newRow("decimal") << u"1.5"_s;
        QTest::newRow("seconds 60") << u"1:60"_s;
        QTest::newRow("minutes 60 with hours") << u"1:60:00"_s;
        QTest::newRow("four parts") << u"1:2:3:4"_s;
        QTest::newRow("empty part") << u"1::30"_s;
        QTest::newRow("trailing colon") << u"1:"_s;
        QTest::newRow("leading colon") << u":30"_s;
        QTest::newRow("three digit part") << u"1:100"_s;
        QTest::newRow("space inside") << u"1: 30"_s;
        QTest::newRow("plus sign") << u"+30"_s;
        QTest::newRow("too large") << u"999999"_s;
        QTest::newRow("arabic-indic digits") << QString::fromUtf8("\u0663\u0660");
    }
    void parse_refusesWhatIsNotATime()
    {
        QFETCH(QString, text);
        QCOMPARE(TimeCode::parse(text), std::nullopt);
    }

    void format_usesTheShortestForm_data()
    {
        QTest::addColumn<int>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("seconds") << 45 << u"45"_s;
        QTest::newRow("minute") << 65 << u"1:05"_s;
        QTest::newRow("hour") << 3605 << u"1:00:05"_s;
        QTest::newRow("zero") << 0 << u"0"_s;
    }
    void format_usesTheShortestForm()
    {
        QFETCH(int, seconds);
        QFETCH(QString, text);
        QCOMPARE(TimeCode::format(seconds), text);
    }

    void formatThenParse_roundTrips()
    {
        for (int seconds : {0, 1, 59, 60, 61, 3599, 3600, 3601, 86399, TimeCode::maximumSeconds})
            QCOMPARE(TimeCode::parse(TimeCode::format(seconds)), std::optional<int>(seconds));
    }
};

QTEST_GUILESS_MAIN(TestTimeCode)
#include "tst_TimeCode.moc"
