#include "VideographClient.h"

#include <QNetworkAccessManager>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestVideographClientSetup : public QObject
{
    Q_OBJECT

private slots:
    void endpoint_isNormalisedToTheServerRoot_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("root");
        QTest::newRow("root") << u"https://api.videograph.ai"_s << u"https://api.videograph.ai"_s;
        QTest::newRow("trailing slash") << u"https://api.videograph.ai/"_s << u"https://api.videograph.ai"_s;
        QTest::newRow("with api path") << u"https://api.videograph.ai/video/services/api/v1"_s << u"https://api.videograph.ai"_s;
        QTest::newRow("with api path and slash") << u"https://api.videograph.ai/video/services/api/v1/"_s << u"https://api.videograph.ai"_s;
        QTest::newRow("sandbox base") << u"http://127.0.0.1:8123/video/services/api/v1"_s << u"http://127.0.0.1:8123"_s;
        QTest::newRow("proxy prefix kept") << u"https://gw.example/videograph/"_s << u"https://gw.example/videograph"_s;
        QTest::newRow("prefix and api path") << u"https://gw.example/vg/video/services/api/v1"_s << u"https://gw.example/vg"_s;
        QTest::newRow("user info dropped") << u"https://user:pw@api.videograph.ai"_s << u"https://api.videograph.ai"_s;
        QTest::newRow("query dropped") << u"https://api.videograph.ai/?x=1#f"_s << u"https://api.videograph.ai"_s;
    }

    void endpoint_isNormalisedToTheServerRoot()
    {
        QFETCH(QString, given);
        QFETCH(QString, root);
        QNetworkAccessManager network;
        VideographClient client(&network);
        client.setEndpoint(QUrl(given));
        QCOMPARE(client.endpoint(), QUrl(root));
    }

    void timeout_defaultsToThirtySeconds()
    {
        QNetworkAccessManager network;
        VideographClient client(&network);
        QCOMPARE(client.timeout(), 30000ms);
        client.setTimeout(5s);
        QCOMPARE(client.timeout(), 5000ms);
    }

    void credentials_areKept()
    {
        QNetworkAccessManager network;
        VideographClient client(&network);
        const Credentials credentials{u"t"_s, u"s"_s};
        client.setCredentials(credentials);
        QCOMPARE(client.credentials(), credentials);
    }
};

QTEST_GUILESS_MAIN(TestVideographClientSetup)
#include "tst_VideographClientSetup.moc"
