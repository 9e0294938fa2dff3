#include "AnswerClassifier.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;
using AnswerClassifier::Answer;

namespace {

const QByteArray successBody = R"({"code":200,"status":"Success","message":"ok","data":{"contentId":"c1"}})";
const QByteArray htmlPage = "<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>";
const QDateTime now = QDateTime(QDate(2025, 3, 14), QTime(12, 0, 0), Qt::UTC);

AnswerClassifier::Verdict classify(int status, const QByteArray &body,
                                   const QByteArray &contentType = "application/json",
                                   const QByteArray &retryAfter = {})
{
    return AnswerClassifier::classify(Answer{status, contentType, body, retryAfter}, now);
}

} // namespace

class TestAnswerClassifier : public QObject
{
    Q_OBJECT

private slots:
    void successEnvelope_isNoErrorAndHandsOverData()
    {
        const auto verdict = classify(200, successBody);
        QCOMPARE(verdict.error.kind, Kind::None);
        QCOMPARE(verdict.data.toObject().value(u"contentId").toString(), u"c1"_s);
    }

    void failedEnvelopeUnderHttp200_isFailedWithServerMessage()
    {
        const auto verdict = classify(200, R"({"code":400,"status":"Failed","message":"Invalid URL"})");
        QCOMPARE(verdict.error.kind, Kind::Failed);
        QCOMPARE(verdict.error.serverMessage, u"Invalid URL"_s);
        QCOMPARE(verdict.error.httpStatus, 200);
    }

    void failedEnvelopeInAnyCase_isFailed()
    {
        QCOMPARE(classify(200, R"({"status":"FAILED","message":"x"})").error.kind, Kind::Failed);
    }

    void errorStatus_givesItsKind_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("401") << 401 << Kind::Unauthorized;
        QTest::newRow("403") << 403 << Kind::Unauthorized;
        QTest::newRow("404") << 404 << Kind::NotFound;
        QTest::newRow("429") << 429 << Kind::RateLimited;
        QTest::newRow("400") << 400 << Kind::Rejected;
        QTest::newRow("409") << 409 << Kind::Rejected;
        QTest::newRow("422") << 422 << Kind::Rejected;
        QTest::newRow("500") << 500 << Kind::ServerError;
        QTest::newRow("502") << 502 << Kind::ServerError;
        QTest::newRow("503") << 503 << Kind::ServerError;
        QTest::newRow("504") << 504 << Kind::ServerError;
    }

    void errorStatus_givesItsKind()
    {
        QFETCH(int, status);
        QFETCH(Kind, kind);
        const auto verdict = classify(status, R"({"status":"Failed","message":"because"})");
        QCOMPARE(verdict.error.kind, kind);
        QCOMPARE(verdict.error.httpStatus, status);
    }

    void rejected_carriesTheEnvelopeMessage()
    {
        const auto verdict = classify(400, R"({"code":400,"status":"Failed","message":"title is required"})");
        QCOMPARE(verdict.error.kind, Kind::Rejected);
        QCOMPARE(verdict.error.serverMessage, u"title is required"_s);
    }

    void rejectedWithoutBody_detailsNameTheStatus()
    {
        const auto verdict = classify(422, {}, {});
        QCOMPARE(verdict.error.kind, Kind::Rejected);
        QVERIFY(verdict.error.serverMessage.isEmpty());
        QVERIFY(verdict.error.details.contains(u"422"_s));
    }

    void serverError_stillReadsTheEnvelopeMessage()
    {
        const auto verdict = classify(500, R"({"status":"Failed","message":"database unavailable"})");
        QCOMPARE(verdict.error.kind, Kind::ServerError);
        QCOMPARE(verdict.error.serverMessage, u"database unavailable"_s);
    }

    void htmlBadGateway_isServerErrorWithThePageInDetails()
    {
        const auto verdict = classify(502, htmlPage, "text/html");
        QCOMPARE(verdict.error.kind, Kind::ServerError);
        QCOMPARE(verdict.error.httpStatus, 502);
        QVERIFY(verdict.error.serverMessage.isEmpty());
        QVERIFY(verdict.error.details.contains(u"502 Bad Gateway"_s));
    }

    void rateLimited_readsRetryAfterSeconds()
    {
        const auto verdict = classify(429, {}, {}, "7");
        QCOMPARE(verdict.error.kind, Kind::RateLimited);
        QCOMPARE(verdict.error.retryAfterSecs, std::optional<int>(7));
    }

    void rateLimited_readsRetryAfterHttpDate()
    {
        const auto verdict = classify(429, {}, {}, "Fri, 14 Mar 2025 12:01:30 GMT");
        QCOMPARE(verdict.error.retryAfterSecs, std::optional<int>(90));
    }

    void rateLimitedWithoutRetryAfter_hasNoDelay()
    {
        QCOMPARE(classify(429, {}).error.retryAfterSecs, std::nullopt);
    }

    void serviceUnavailable_readsRetryAfterToo()
    {
        QCOMPARE(classify(503, {}, {}, "12").error.retryAfterSecs, std::optional<int>(12));
    }

    void htmlPageUnderHttp200_isNotJson()
    {
        const auto verdict = classify(200, htmlPage, "text/html; charset=utf-8");
        QCOMPARE(verdict.error.kind, Kind::NotJson);
        QVERIFY(verdict.error.details.contains(u"<html>"_s));
    }

    void htmlPageWithoutContentType_isNotJson()
    {
        QCOMPARE(classify(200, htmlPage, {}).error.kind, Kind::NotJson);
    }

    void jsonLabelledAsHtml_isNotJson()
    {
        QCOMPARE(classify(200, successBody, "text/html").error.kind, Kind::NotJson);
    }

    void jsonContentTypes_areAccepted_data()
    {
        QTest::addColumn<QByteArray>("contentType");
        QTest::newRow("plain") << QByteArray("application/json");
        QTest::newRow("charset") << QByteArray("application/json; charset=utf-8");
        QTest::newRow("upper case") << QByteArray("Application/JSON");
        QTest::newRow("+json") << QByteArray("application/vnd.videograph+json");
        QTest::newRow("text/json") << QByteArray("text/json");
        QTest::newRow("missing") << QByteArray();
    }

    void jsonContentTypes_areAccepted()
    {
        QFETCH(QByteArray, contentType);
        QCOMPARE(classify(200, successBody, contentType).error.kind, Kind::None);
    }

    void emptyBodyUnderHttp200_isEmptyAnswer()
    {
        QCOMPARE(classify(200, {}).error.kind, Kind::EmptyAnswer);
        QCOMPARE(classify(200, "  \r\n").error.kind, Kind::EmptyAnswer);
    }

    void emptyBodyLabelledHtml_isEmptyAnswer()
    {
        QCOMPARE(classify(200, {}, "text/html").error.kind, Kind::EmptyAnswer);
    }

    void cutOffJson_isTruncatedAnswer()
    {
        const auto verdict = classify(200, successBody.left(successBody.size() / 2));
        QCOMPARE(verdict.error.kind, Kind::TruncatedAnswer);
    }

    void jsonThatIsNotAnObject_isUnexpectedAnswer()
    {
        QCOMPARE(classify(200, "[1,2,3]").error.kind, Kind::UnexpectedAnswer);
    }

    void noContent204_isSuccessWithoutData()
    {
        const auto verdict = classify(204, {}, {});
        QCOMPARE(verdict.error.kind, Kind::None);
        QVERIFY(verdict.data.isUndefined() || verdict.data.isNull());
    }

    void redirectStatusLeftOver_isUnexpectedAnswer()
    {
        QCOMPARE(classify(302, {}, {}).error.kind, Kind::UnexpectedAnswer);
    }

    void envelopeWithoutStatus_isTrustedToTheHttpCode()
    {
        QCOMPARE(classify(200, R"({"data":{"contentId":"c1"}})").error.kind, Kind::None);
    }
};

QTEST_GUILESS_MAIN(TestAnswerClassifier)
#include "tst_AnswerClassifier.moc"
