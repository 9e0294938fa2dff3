#include "RequestValidator.h"
#include "WireFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

PortraitRequest largeRequest(int sources)
{
    PortraitRequest request;
    request.title = u"Season highlights"_s;
    request.description = u"All goals of the season, cut for portrait."_s;
    for (int i = 0; i < 50; ++i)
        request.tags.append(u"tag%1"_s.arg(i));
    for (int i = 0; i < 50; ++i)
        request.metadata.append({u"key%1"_s.arg(i), u"value%1"_s.arg(i)});
    for (int i = 0; i < sources; ++i)
        request.sources.append({u"https://cdn.example.com/videos/match-%1.mp4"_s.arg(i), {u"1:00"_s, u"2:30"_s}});
    return request;
}

QByteArray listAnswer(int items)
{
    QJsonArray data;
    for (int i = 0; i < items; ++i) {
        data.append(QJsonObject{{u"contentId"_s, u"id-%1"_s.arg(i)},
                                {u"title"_s, u"Clip %1"_s.arg(i)},
                                {u"status"_s, u"Ready"_s},
                                {u"created_at"_s, 1678796834550.0 + i},
                                {u"duration"_s, 65000}});
    }
    return QJsonDocument(QJsonObject{{u"status"_s, u"Success"_s}, {u"data"_s, data}}).toJson();
}

} // namespace

// How long validating and serialising a form takes, so that the live request preview and the
// checks on every edit stay instant even for very large jobs.
class BenchWireFormat : public QObject
{
    Q_OBJECT

private slots:
    void validateAndSerialise_data()
    {
        QTest::addColumn<int>("sources");
        QTest::newRow("10 sources") << 10;
        QTest::newRow("1000 sources") << 1000;
    }
    void validateAndSerialise()
    {
        QFETCH(int, sources);
        const PortraitRequest request = largeRequest(sources);
        QByteArray body;
        QBENCHMARK {
            QVERIFY(RequestValidator::validate(request).isEmpty());
            body = WireFormat::requestToBody(request);
        }
        QVERIFY(!body.isEmpty());
    }

    void parseListAnswer_data()
    {
        QTest::addColumn<int>("items");
        QTest::newRow("100 contents") << 100;
        QTest::newRow("1000 contents") << 1000;
    }
    void parseListAnswer()
    {
        QFETCH(int, items);
        const QByteArray body = listAnswer(items);
        qsizetype cards = 0;
        QBENCHMARK {
            const EnvelopeParse parse = WireFormat::parseEnvelope(body);
            cards = 0;
            for (const QJsonValue &item : parse.envelope.data.toArray())
                cards += WireFormat::contentFromJson(item.toObject()).contentId.isEmpty() ? 0 : 1;
        }
        QCOMPARE(cards, items);
    }
};

QTEST_GUILESS_MAIN(BenchWireFormat)
#include "bench_WireFormat.moc"
