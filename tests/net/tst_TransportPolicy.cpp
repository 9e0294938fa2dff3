#include "TransportPolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

class TestTransportPolicy : public QObject
{
    Q_OBJECT

private slots:
    void loopbackHosts_areRecognised_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("loopback");
        QTest::newRow("127.0.0.1") << u"127.0.0.1"_s << true;
        QTest::newRow("127.1.2.3") << u"127.1.2.3"_s << true;
        QTest::newRow("::1") << u"::1"_s << true;
        QTest::newRow("[::1]") << u"[::1]"_s << true;
        QTest::newRow("localhost") << u"localhost"_s << true;
        QTest::newRow("LOCALHOST.") << u"LOCALHOST."_s << true;
        QTest::newRow("128.0.0.1") << u"128.0.0.1"_s << false;
        QTest::newRow("10.0.0.1") << u"10.0.0.1"_s << false;
        QTest::newRow("localhost.example.com") << u"localhost.example.com"_s << false;
        QTest::newRow("api.videograph.ai") << u"api.videograph.ai"_s << false;
        QTest::newRow("empty") << QString() << false;
    }

    void loopbackHosts_areRecognised()
    {
        QFETCH(QString, host);
        QFETCH(bool, loopback);
        QCOMPARE(TransportPolicy::isLoopbackHost(host), loopback);
    }

    void refusalFor_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<Kind>("refusal");
        QTest::newRow("https") << u"https://api.videograph.ai/x"_s << Kind::None;
        QTest::newRow("http loopback") << u"http://127.0.0.1:8080/x"_s << Kind::None;
        QTest::newRow("http localhost") << u"http://localhost:8080/x"_s << Kind::None;
        QTest::newRow("http ipv6 loopback") << u"http://[::1]:8080/x"_s << Kind::None;
        QTest::newRow("http remote") << u"http://api.videograph.ai/x"_s << Kind::InsecureUrl;
        QTest::newRow("http LAN") << u"http://192.168.1.5/x"_s << Kind::InsecureUrl;
        QTest::newRow("ftp") << u"ftp://api.videograph.ai/x"_s << Kind::InvalidUrl;
        QTest::newRow("no scheme") << u"api.videograph.ai"_s << Kind::InvalidUrl;
        QTest::newRow("empty") << QString() << Kind::InvalidUrl;
    }

    void refusalFor()
    {
        QFETCH(QString, url);
        QFETCH(Kind, refusal);
        QCOMPARE(TransportPolicy::refusalFor(QUrl(url)), refusal);
    }

    void sameOrigin_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("other path") << u"https://h.example/a"_s << u"https://h.example/b?x=1"_s << true;
        QTest::newRow("default port spelled out") << u"https://h.example/a"_s << u"https://h.example:443/b"_s << true;
        QTest::newRow("host case") << u"https://H.Example/a"_s << u"https://h.example/a"_s << true;
        QTest::newRow("other port") << u"http://127.0.0.1:1000/a"_s << u"http://127.0.0.1:1001/a"_s << false;
        QTest::newRow("other scheme") << u"https://h.example/a"_s << u"http://h.example:443/a"_s << false;
        QTest::newRow("other host") << u"https://h.example/a"_s << u"https://evil.example/a"_s << false;
        QTest::newRow("subdomain") << u"https://h.example/a"_s << u"https://cdn.h.example/a"_s << false;
        QTest::newRow("localhost vs 127.0.0.1") << u"http://localhost:80/a"_s << u"http://127.0.0.1:80/a"_s << false;
    }

    void sameOrigin()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(TransportPolicy::sameOrigin(QUrl(a), QUrl(b)), same);
    }

    void redirectTarget_resolvesRelativeLocation()
    {
        const auto hop = TransportPolicy::redirectTarget(QUrl(u"https://h.example/v1/contents/a"_s), "../other?x=1");
        QCOMPARE(hop.refusal, Kind::None);
        QCOMPARE(hop.target, QUrl(u"https://h.example/v1/other?x=1"_s));
    }

    void redirectTarget_toAnotherHttpsOrigin_isAllowed()
    {
        const auto hop = TransportPolicy::redirectTarget(QUrl(u"https://h.example/a"_s), "https://cdn.example/b");
        QCOMPARE(hop.refusal, Kind::None);
        QCOMPARE(hop.target, QUrl(u"https://cdn.example/b"_s));
    }

    void redirectTarget_downgradeToHttp_isRefusedEvenToLoopback()
    {
        QCOMPARE(TransportPolicy::redirectTarget(QUrl(u"https://h.example/a"_s), "http://h.example/a").refusal,
                 Kind::InsecureUrl);
        QCOMPARE(TransportPolicy::redirectTarget(QUrl(u"https://localhost:1/a"_s), "http://127.0.0.1:2/a").refusal,
                 Kind::InsecureUrl);
    }

    void redirectTarget_fromLoopbackToRemoteHttp_isRefused()
    {
        QCOMPARE(TransportPolicy::redirectTarget(QUrl(u"http://127.0.0.1:1/a"_s), "http://h.example/a").refusal,
                 Kind::InsecureUrl);
    }

    void redirectTarget_withoutLocation_isInvalid()
    {
        QCOMPARE(TransportPolicy::redirectTarget(QUrl(u"https://h.example/a"_s), "  ").refusal, Kind::InvalidUrl);
    }
};

QTEST_GUILESS_MAIN(TestTransportPolicy)
#include "tst_TransportPolicy.moc"
