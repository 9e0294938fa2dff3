#include "CurlCommand.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestCurlCommand : public QObject
{
    Q_OBJECT

private slots:
    void masked_hidesTheAuthorization()
    {
        const QString command = CurlCommand::forPost(QUrl(u"https://api.videograph.ai/x"_s), "{}", CurlCommand::Credentials::Masked);
        QVERIFY(command.startsWith(u"curl -X POST 'https://api.videograph.ai/x'"_s));
        QVERIFY(command.contains(u"Authorization: Basic ••••"_s));
        QVERIFY(command.contains(u"-H 'Accept: application/json'"_s));
    }

    void fromEnvironment_readsTheVariables()
    {
        const QString command = CurlCommand::forPost(QUrl(u"https://a.example/x"_s), "{}", CurlCommand::Credentials::FromEnvironment);
        QVERIFY(command.contains(u"-u \"$VIDEOGRAPH_ACCESS_TOKEN:$VIDEOGRAPH_SECRET_KEY\""_s));
        QVERIFY(!command.contains(u"Authorization"_s));
    }

    void userInfoInTheUrl_isNeverPrinted()
    {
        const QString command = CurlCommand::forPost(QUrl(u"https://me:pw@a.example/x"_s), "{}", CurlCommand::Credentials::Masked);
        QVERIFY(!command.contains(u"pw@"_s));
    }

    void shellQuote_keepsQuotesInTheBodyLiteral()
    {
        QCOMPARE(CurlCommand::shellQuote(u"it's"_s), u"'it'\\''s'"_s);
        const QString command = CurlCommand::forPost(QUrl(u"https://a.example/x"_s), "{\"title\":\"it's\"}",
                                                     CurlCommand::Credentials::Masked);
        QVERIFY(command.endsWith(u"-d '{\"title\":\"it'\\''s\"}'"_s));
    }
};

QTEST_GUILESS_MAIN(TestCurlCommand)
#include "tst_CurlCommand.moc"
