#include "ApiErrorText.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

namespace {

ApiError errorOf(Kind kind, int httpStatus = 0)
{
    ApiError error;
    error.kind = kind;
    error.httpStatus = httpStatus;
    return error;
}

const QList<Kind> failureKinds = {
    Kind::Rejected, Kind::Unauthorized, Kind::NotFound, Kind::RateLimited, Kind::ServerError,
    Kind::NotJson, Kind::EmptyAnswer, Kind::TruncatedAnswer, Kind::UnexpectedAnswer, Kind::Failed,
    Kind::ConnectionRefused, Kind::ConnectionReset, Kind::HostNotFound, Kind::Tls, Kind::Timeout,
    Kind::InsecureUrl, Kind::InvalidUrl, Kind::TooLarge, Kind::Cancelled, Kind::Network,
};

} // namespace

class TestApiErrorText : public QObject
{
    Q_OBJECT

private slots:
    void everyFailure_hasItsOwnCaptionAndAnExplanation()
    {
        QSet<QString> captions;
        for (const Kind kind : failureKinds) {
            const ApiError error = errorOf(kind, 400);
            QVERIFY(!ApiErrorText::caption(error).isEmpty());
            QVERIFY(!ApiErrorText::explanation(error).isEmpty());
            captions.insert(ApiErrorText::caption(error));
        }
        QCOMPARE(captions.size(), failureKinds.size());
    }

    void unauthorized_pointsToSettingsAndPermissions()
    {
        const ApiError error = errorOf(Kind::Unauthorized, 401);
        QCOMPARE(ApiErrorText::caption(error), u"Videograph did not accept the access token or secret key."_s);
        QVERIFY(ApiErrorText::explanation(error).contains(u"Settings"_s));
        QVERIFY(ApiErrorText::explanation(error).contains(u"Video Read and Write"_s));
    }

    void rateLimited_saysHowLongToWait()
    {
        ApiError error = errorOf(Kind::RateLimited, 429);
        error.retryAfterSecs = 42;
        QVERIFY(ApiErrorText::explanation(error).contains(u"42 s"_s));
    }

    void rejected_showsTheServersMessage()
    {
        ApiError error = errorOf(Kind::Rejected, 400);
        error.serverMessage = u"playback_policy is required"_s;
        QVERIFY(ApiErrorText::explanation(error).contains(u"playback_policy is required"_s));
    }

    void failedEnvelope_showsTheServersMessage()
    {
        ApiError error = errorOf(Kind::Failed, 200);
        error.serverMessage = u"Source URL unreachable"_s;
        QVERIFY(ApiErrorText::explanation(error).contains(u"Source URL unreachable"_s));
    }

    void serverError_namesTheStatusAndMessage()
    {
        ApiError error = errorOf(Kind::ServerError, 503);
        error.serverMessage = u"maintenance"_s;
        QVERIFY(ApiErrorText::explanation(error).contains(u"503"_s));
        QVERIFY(ApiErrorText::explanation(error).contains(u"maintenance"_s));
    }

    void notJson_speaksOfAWebPageAndTheBaseUrl()
    {
        const QString text = ApiErrorText::explanation(errorOf(Kind::NotJson, 200));
        QVERIFY(text.contains(u"web page"_s));
        QVERIFY(text.contains(u"proxy"_s));
        QVERIFY(text.contains(u"base URL"_s));
    }

    void connectionRefused_namesHostAndPort()
    {
        ApiError error = errorOf(Kind::ConnectionRefused);
        error.url = QUrl(u"http://127.0.0.1:5123/video/services/api/v1/contents"_s);
        QVERIFY(ApiErrorText::explanation(error).contains(u"127.0.0.1:5123"_s));
        error.url = QUrl(u"https://api.videograph.ai/video"_s);
        QVERIFY(ApiErrorText::explanation(error).contains(u"api.videograph.ai:443"_s));
    }

    void hostNotFound_namesTheHost()
    {
        ApiError error = errorOf(Kind::HostNotFound);
        error.url = QUrl(u"https://api.videograhp.ai/x"_s);
        QVERIFY(ApiErrorText::explanation(error).contains(u"api.videograhp.ai"_s));
    }

    void timeout_saysHowLongItWaited()
    {
        ApiError error = errorOf(Kind::Timeout);
        error.waitedMs = 30000;
        QVERIFY(ApiErrorText::explanation(error).contains(u"30 s"_s));
    }

    void insecureUrl_namesTheHost()
    {
        ApiError error = errorOf(Kind::InsecureUrl);
        error.url = QUrl(u"http://api.videograph.ai/x"_s);
        QVERIFY(ApiErrorText::explanation(error).contains(u"api.videograph.ai"_s));
        QVERIFY(ApiErrorText::explanation(error).contains(u"https://"_s));
    }

    void outcomeUnknown_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("unknown");
        QTest::newRow("timeout") << Kind::Timeout << 0 << true;
        QTest::newRow("reset") << Kind::ConnectionReset << 0 << true;
        QTest::newRow("truncated") << Kind::TruncatedAnswer << 200 << true;
        QTest::newRow("empty") << Kind::EmptyAnswer << 200 << true;
        QTest::newRow("cancelled") << Kind::Cancelled << 0 << true;
        QTest::newRow("not json on 200") << Kind::NotJson << 200 << true;
        QTest::newRow("not json on 201") << Kind::NotJson << 201 << true;
        QTest::newRow("unexpected on 200") << Kind::UnexpectedAnswer << 200 << true;
        QTest::newRow("too large on 200") << Kind::TooLarge << 200 << true;
        QTest::newRow("502") << Kind::ServerError << 502 << true;
        QTest::newRow("504") << Kind::ServerError << 504 << true;
        QTest::newRow("500") << Kind::ServerError << 500 << false;
        QTest::newRow("503") << Kind::ServerError << 503 << false;
        QTest::newRow("rejected") << Kind::Rejected << 400 << false;
        QTest::newRow("unauthorized") << Kind::Unauthorized << 401 << false;
        QTest::newRow("rate limited") << Kind::RateLimited << 429 << false;
        QTest::newRow("failed envelope") << Kind::Failed << 200 << false;
        QTest::newRow("refused") << Kind::ConnectionRefused << 0 << false;
        QTest::newRow("host not found") << Kind::HostNotFound << 0 << false;
        QTest::newRow("tls") << Kind::Tls << 0 << false;
        QTest::newRow("insecure") << Kind::InsecureUrl << 0 << false;
        QTest::newRow("none") << Kind::None << 200 << false;
    }

    void outcomeUnknown()
    {
        QFETCH(Kind, kind);
        QFETCH(int, status);
        QFETCH(bool, unknown);
        QCOMPARE(ApiErrorText::outcomeUnknown(errorOf(kind, status)), unknown);
    }
};

QTEST_GUILESS_MAIN(TestApiErrorText)
#include "tst_ApiErrorText.moc"
