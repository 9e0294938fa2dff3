#include "UrlTextParser.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestUrlTextParser : public QObject
{
    Q_OBJECT

private slots:
    void uriList_skipsCommentsAndBlankLines()
    {
        const QByteArray data = "# dragged from a browser\r\nhttps://a.example/1.mp4\r\n\r\nhttps://b.example/2.mp4\r\n";
        QCOMPARE(UrlTextParser::fromUriList(data),
                 (QStringList{u"https://a.example/1.mp4"_s, u"https://b.example/2.mp4"_s}));
    }

    void plainText_findsUrlsAmongWords_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("urls");
        QTest::newRow("spaces") << u"see https://a.example/1.mp4 and https://b.example/2.mp4 please"_s
                                << QStringList{u"https://a.example/1.mp4"_s, u"https://b.example/2.mp4"_s};
        QTest::newRow("commas") << u"https://a.example/1.mp4,https://b.example/2.mp4"_s
                                << QStringList{u"https://a.example/1.mp4"_s, u"https://b.example/2.mp4"_s};
        QTest::newRow("new lines") << u"https://a.example/1.mp4\nhttps://b.example/2.mp4\r\n"_s
                                   << QStringList{u"https://a.example/1.mp4"_s, u"https://b.example/2.mp4"_s};
        QTest::newRow("sentence punctuation") << u"Here (https://a.example/1.mp4). Also <https://b.example/2.mp4>!"_s
                                              << QStringList{u"https://a.example/1.mp4"_s, u"https://b.example/2.mp4"_s};
        QTest::newRow("brackets inside url") << u"https://en.example.org/wiki/Tears_(film)"_s
                                             << QStringList{u"https://en.example.org/wiki/Tears_(film)"_s};
        QTest::newRow("other schemes kept for refusal") << u"ftp://x.example/a mailto:me@example.com"_s
                                                        << QStringList{u"ftp://x.example/a"_s, u"mailto:me@example.com"_s};
        QTest::newRow("no urls") << u"just some words: nothing here"_s << QStringList{};
    }
    void plainText_findsUrlsAmongWords()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, urls);
        QCOMPARE(UrlTextParser::fromPlainText(text), urls);
    }

    void mozUrl_takesUrlsNotTitles()
    {
        const QString text = u"https://a.example/1.mp4\nFirst video\nhttps://b.example/2.mp4\nSecond"_s;
        const QByteArray data(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
        QCOMPARE(UrlTextParser::fromMozUrl(data),
                 (QStringList{u"https://a.example/1.mp4"_s, u"https://b.example/2.mp4"_s}));
    }

    void internetShortcut_readsTheUrlLine()
    {
        const QByteArray data = "[{000214A0-0000-0000-C000-000000000046}]\r\nProp3=19,11\r\n"
                                "[InternetShortcut]\r\nIDList=\r\nURL=https://a.example/1.mp4\r\n";
        QCOMPARE(UrlTextParser::fromInternetShortcut(data), std::optional<QString>(u"https://a.example/1.mp4"_s));
    }

    void internetShortcut_withoutSection_isNothing()
    {
        QCOMPARE(UrlTextParser::fromInternetShortcut("URL=https://a.example/1.mp4"), std::nullopt);
    }

    void webloc_readsTheUrlString()
    {
        const QByteArray data = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                                "<plist version=\"1.0\"><dict><key>URL</key>"
                                "<string>https://a.example/1.mp4</string></dict></plist>";
        QCOMPARE(UrlTextParser::fromWebloc(data), std::optional<QString>(u"https://a.example/1.mp4"_s));
    }

    void webloc_malformed_isNothing()
    {
        QCOMPARE(UrlTextParser::fromWebloc("<plist><dict><key>URL</key>"), std::nullopt);
        QCOMPARE(UrlTextParser::fromWebloc("not xml at all"), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestUrlTextParser)
#include "tst_UrlTextParser.moc"
