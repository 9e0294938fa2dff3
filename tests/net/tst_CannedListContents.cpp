#include "CallRecorder.h"
#include "CannedRig.h"
#include "ListContentsCall.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

class TestCannedListContents : public QObject
{
    Q_OBJECT

private slots:
    // Without credentials, as this suite has always run: none of its answers depends on them.
    void init() { m_rig = std::make_unique<CannedRig>(Credentials{}); }

    void cleanup()
    {
        QCoreApplication::processEvents();
        QCOMPARE(m_rig->network.requestsCreated(), 0);
        m_rig.reset();
    }

    void arrayOfContents_givesOneCardEach()
    {
        const CallOutcome call = answer(R"({"status":"Success","data":[
            {"contentId":"a","title":"First","status":"Ready"},
            {"contentId":"b","title":"Second","status":"Pending"}]})");
        QVERIFY(call.succeeded);
        QCOMPARE(call.cards.size(), 2);
        QCOMPARE(call.cards.at(0).contentId, u"a"_s);
        QCOMPARE(call.cards.at(1).title, u"Second"_s);
    }

    void emptyArray_isAnEmptyList()
    {
        const CallOutcome call = answer(R"({"status":"Success","data":[]})");
        QVERIFY(call.succeeded);
        QVERIFY(call.cards.isEmpty());
    }

    void oddRows_areSkippedAndTheOthersKept()
    {
        const CallOutcome call = answer(R"({"status":"Success","data":[
            {"contentId":"a"}, 7, "text", null, {"title":"no id"}, {"contentId":"b"}]})");
        QVERIFY(call.succeeded);
        QCOMPARE(call.cards.size(), 2);
        QCOMPARE(call.cards.at(1).contentId, u"b"_s);
    }

    void dataNotAnArray_isUnexpectedAnswer_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("object") << QByteArray(R"({"status":"Success","data":{"contentId":"a"}})");
        QTest::newRow("missing") << QByteArray(R"({"status":"Success"})");
        QTest::newRow("null") << QByteArray(R"({"status":"Success","data":null})");
    }

    void dataNotAnArray_isUnexpectedAnswer()
    {
        QFETCH(QByteArray, body);
        QCOMPARE(answer(body).error.kind, Kind::UnexpectedAnswer);
    }

private:
    CallOutcome answer(const QByteArray &body)
    {
        return CallRecorder::completed(m_rig->client.listContents(0, 20), 200, body);
    }

    std::unique_ptr<CannedRig> m_rig;
};

QTEST_GUILESS_MAIN(TestCannedListContents)
#include "tst_CannedListContents.moc"
