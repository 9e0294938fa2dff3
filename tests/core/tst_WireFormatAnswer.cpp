#include "GoldenFile.h"
#include "WireFormat.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

class TestWireFormatAnswer : public QObject
{
    Q_OBJECT

private slots:
    void referenceAnswer_fillsEveryCardField()
    {
        const EnvelopeParse parse = WireFormat::parseEnvelope(GoldenFile::bytes(u"reference-answer.json"_s));
        QCOMPARE(parse.problem, AnswerProblem::None);
        QCOMPARE(parse.envelope.code, std::optional<int>(200));
        QCOMPARE(parse.envelope.status, u"Success"_s);
        QCOMPARE(parse.envelope.message, u"Data success"_s);
        QVERIFY(!parse.envelope.saysFailed());

        const ContentCard card = WireFormat::contentFromJson(parse.envelope.data.toObject());
        QCOMPARE(card.contentId, u"702c325b-5c57-4162-924e-8accbef622b0"_s);
        QCOMPARE(card.title, u"Portrait PRO Test"_s);
        QCOMPARE(card.status, u"Pending"_s);
        QCOMPARE(card.statusId, std::optional<int>(1));
        QCOMPARE(card.category, u"SocialClip"_s);
        QCOMPARE(card.createdAt.toMSecsSinceEpoch(), 1678796834550);
        QCOMPARE(card.durationMs, std::nullopt); // 0 means not known yet
        QCOMPARE(card.playbackPolicy, QStringList{u"public"_s});
        QCOMPARE(card.isSocialClip, std::optional<bool>(true));
        QCOMPARE(card.isAdvanced, std::optional<bool>(false));
        QCOMPARE(card.testVideo, std::optional<bool>(false));
        QCOMPARE(card.phase(), ContentCard::Phase::InProgress);
        QCOMPARE(card.raw, parse.envelope.data.toObject());
    }

    void failedEnvelope_isRecognisedWithItsMessage()
    {
        const EnvelopeParse parse = WireFormat::parseEnvelope(
            "{\"code\": 400, \"status\": \"Failed\", \"message\": \"title is required\", \"data\": null}");
        QCOMPARE(parse.problem, AnswerProblem::None);
        QVERIFY(parse.envelope.saysFailed());
        QCOMPARE(parse.envelope.message, u"title is required"_s);
    }

    void answerProblems_areClassified_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<AnswerProblem>("problem");
        QTest::newRow("empty") << QByteArray() << AnswerProblem::Empty;
        QTest::newRow("whitespace") << QByteArray(" \r\n") << AnswerProblem::Empty;
        QTest::newRow("html page") << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>") << AnswerProblem::NotJson;
        QTest::newRow("plain text") << QByteArray("upstream connect error") << AnswerProblem::NotJson;
        QTest::newRow("cut-off object") << QByteArray("{\"code\": 200, \"status\": \"Succ") << AnswerProblem::Truncated;
        QTest::newRow("cut-off after comma") << QByteArray("{\"code\": 200,") << AnswerProblem::Truncated;
        QTest::newRow("cut-off array") << QByteArray("[1, 2") << AnswerProblem::Truncated;
        QTest::newRow("garbage inside") << QByteArray("{\"code\": 200 \"status\": 1}") << AnswerProblem::NotJson;
        QTest::newRow("array") << QByteArray("[1, 2]") << AnswerProblem::NotObject;
    }
    void answerProblems_areClassified()
    {
        QFETCH(QByteArray, body);
        QFETCH(AnswerProblem, problem);
        QCOMPARE(WireFormat::parseEnvelope(body).problem, problem);
    }

    void oddAnswer_isReadTolerantly()
    {
        // Numbers as text, unknown fields, missing fields and odd types must not stop the card.
        const QJsonObject data{{u"contentId"_s, u"abc"_s},
                               {u"created_at"_s, u"1678796834550"_s},
                               {u"duration"_s, 65000},
                               {u"statusId"_s, u"3"_s},
                               {u"status"_s, u"Ready"_s},
                               {u"playbackPolicy"_s, QJsonArray{QJsonValue(u"signed"_s), QJsonValue(7)}},
                               {u"isSocialClip"_s, u"yes"_s},
                               {u"brandNewField"_s, QJsonObject{{u"x"_s, 1}}},
                               {u"resolution"_s, u"1080x1920"_s},
                               {u"thumbnailUrl"_s, u"https://cdn.example.com/t.jpg"_s}};
        const ContentCard card = WireFormat::contentFromJson(data);
        QCOMPARE(card.contentId, u"abc"_s);
        QCOMPARE(card.createdAt.toMSecsSinceEpoch(), 1678796834550);
        QCOMPARE(card.durationMs, std::optional<qint64>(65000));
        QCOMPARE(card.statusId, std::optional<int>(3));
        QCOMPARE(card.phase(), ContentCard::Phase::Ready);
        QCOMPARE(card.playbackPolicy, QStringList{u"signed"_s});
        QCOMPARE(card.isSocialClip, std::nullopt);
        QVERIFY(card.title.isEmpty());
        QCOMPARE(card.resolution, u"1080x1920"_s);
        QCOMPARE(card.thumbnailUrl, QUrl(u"https://cdn.example.com/t.jpg"_s));
    }

    void emptyData_givesAnEmptyCard()
    {
        const ContentCard card = WireFormat::contentFromJson({});
        QVERIFY(card.contentId.isEmpty());
        QVERIFY(!card.createdAt.isValid());
        QCOMPARE(card.phase(), ContentCard::Phase::InProgress);
    }

    void envelopeWithoutStatus_isNotAFailure()
    {
        const EnvelopeParse parse = WireFormat::parseEnvelope("{\"data\": {\"contentId\": \"x\"}}");
        QCOMPARE(parse.problem, AnswerProblem::None);
        QVERIFY(!parse.envelope.saysFailed());
        QCOMPARE(parse.envelope.code, std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestWireFormatAnswer)
#include "tst_WireFormatAnswer.moc"
