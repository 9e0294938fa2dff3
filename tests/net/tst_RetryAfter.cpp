#include "RetryAfter.h"

#include <QTest>

namespace {

const QDateTime now = QDateTime(QDate(2025, 3, 14), QTime(12, 0, 0), Qt::UTC);

} // namespace

class TestRetryAfter : public QObject
{
    Q_OBJECT

private slots:
    void delaySeconds_areReadAsTheyAre_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("seconds");
        QTest::newRow("zero") << QByteArray("0") << 0;
        QTest::newRow("some") << QByteArray("120") << 120;
        QTest::newRow("spaces") << QByteArray("  5 ") << 5;
    }

    void delaySeconds_areReadAsTheyAre()
    {
        QFETCH(QByteArray, header);
        QFETCH(int, seconds);
        QCOMPARE(RetryAfter::seconds(header, now), std::optional<int>(seconds));
    }

    void hugeDelay_isCappedAtADay()
    {
        QCOMPARE(RetryAfter::seconds("999999999999999999999999", now), std::optional<int>(86400));
        QCOMPARE(RetryAfter::seconds("100000", now), std::optional<int>(86400));
    }

    void imfFixdate_isSecondsFromNow()
    {
        QCOMPARE(RetryAfter::seconds("Fri, 14 Mar 2025 12:00:45 GMT", now), std::optional<int>(45));
    }

    void rfc850Date_isSecondsFromNow()
    {
        QCOMPARE(RetryAfter::seconds("Friday, 14-Mar-25 12:02:00 GMT", now), std::optional<int>(120));
    }

    void asctimeDate_isSecondsFromNow()
    {
        QCOMPARE(RetryAfter::seconds("Fri Mar 14 12:00:10 2025", now), std::optional<int>(10));
    }

    void dateInThePast_meansNow()
    {
        QCOMPARE(RetryAfter::seconds("Thu, 13 Mar 2025 12:00:00 GMT", now), std::optional<int>(0));
    }

    void unreadable_givesNothing_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("blank") << QByteArray("   ");
        QTest::newRow("negative") << QByteArray("-5");
        QTest::newRow("fraction") << QByteArray("1.5");
        QTest::newRow("words") << QByteArray("soon");
        QTest::newRow("bad date") << QByteArray("Fri, 32 Foo 2025 12:00:00 GMT");
    }

    void unreadable_givesNothing()
    {
        QFETCH(QByteArray, header);
        QCOMPARE(RetryAfter::seconds(header, now), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestRetryAfter)
#include "tst_RetryAfter.moc"
