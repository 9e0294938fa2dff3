#include "SourceUrlRules.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestSourceUrlRules : public QObject
{
    Q_OBJECT

private slots:
    void acceptable_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("https") << u"https://d19nx8bm4jzw4h.cloudfront.net/Tears-of-steel.mp4"_s;
        QTest::newRow("http") << u"http://example.com/a.mp4"_s;
        QTest::newRow("query and port") << u"https://cdn.example.com:8443/v?id=1&sig=x"_s;
        QTest::newRow("upper-case scheme") << u"HTTPS://example.com/a.mp4"_s;
        QTest::newRow("surrounding spaces") << u"  https://example.com/a.mp4  "_s;
    }
    void acceptable()
    {
        QFETCH(QString, url);
        QVERIFY2(SourceUrlRules::isAcceptable(url), qPrintable(SourceUrlRules::problemWith(url)));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("reasonWord");
        QTest::newRow("empty") << QString() << u"Enter"_s;
        QTest::newRow("no scheme") << u"example.com/a.mp4"_s << u"complete"_s;
        QTest::newRow("ftp") << u"ftp://example.com/a.mp4"_s << u"http"_s;
        QTest::newRow("local file") << u"file:///home/me/a.mp4"_s << u"Local files"_s;
        QTest::newRow("no host") << u"https:///a.mp4"_s << u"host"_s;
        QTest::newRow("space inside") << u"https://example.com/a b.mp4"_s << u"spaces"_s;
        QTest::newRow("two urls") << u"https://a.com/x https://b.com/y"_s << u"spaces"_s;
        QTest::newRow("bad port") << u"https://example.com:99999/a.mp4"_s << u"valid"_s;
        QTest::newRow("mailto") << u"mailto:someone@example.com"_s << u"http"_s;
    }
    void refused()
    {
        QFETCH(QString, url);
        QFETCH(QString, reasonWord);
        const QString problem = SourceUrlRules::problemWith(url);
        QVERIFY2(problem.contains(reasonWord, Qt::CaseInsensitive), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestSourceUrlRules)
#include "tst_SourceUrlRules.moc"
