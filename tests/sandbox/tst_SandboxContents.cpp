// Reading, listing and deleting contents once they exist.

#include "SandboxRig.h"
#include "SandboxTestClient.h"

#include <QtTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestSandboxContents : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void fetchCreatedContent_answersIt();
    void fetchUnknownContent_is404NamingTheId();
    void list_isNewestFirst();
    void list_pagesWithStartAndLimit_data();
    void list_pagesWithStartAndLimit();
    void listWithoutQuery_answersTheFirstTwenty();
    void listWithBadPaging_is400NamingTheParameter_data();
    void listWithBadPaging_is400NamingTheParameter();
    void deleteContent_removesItFromFetchAndList();
    void deleteUnknownContent_is404();
    void deleteTwice_secondIs404();

private:
    QString createTitled(const QString &title);
    QStringList listedTitles(const QString &query);

    std::unique_ptr<SandboxRig> m_rig;
};

void TestSandboxContents::init()
{
    // A long step keeps every content Pending, so answers here do not depend on timing.
    m_rig = std::make_unique<SandboxRig>(SandboxOptions{.stepMs = 3'600'000});
    QVERIFY2(m_rig->isListening(), qPrintable(m_rig->server.errorString()));
}

void TestSandboxContents::cleanup()
{
    m_rig.reset();
}

QString TestSandboxContents::createTitled(const QString &title)
{
    QJsonObject body = SandboxTestClient::minimalBody();
    body.insert(u"title"_s, title);
    return m_rig->client.create(body).data().value(u"contentId"_s).toString();
}

QStringList TestSandboxContents::listedTitles(const QString &query)
{
    QStringList titles;
    const QJsonArray page = m_rig->client.get(u"/contents"_s + query).dataArray();
    for (const QJsonValue &content : page)
        titles.append(content.toObject().value(u"title"_s).toString());
    return titles;
}

void TestSandboxContents::fetchCreatedContent_answersIt()
{
    const QString id = createTitled(u"Teaser"_s);
    const auto reply = m_rig->client.get(u"/contents/"_s + id);
    QCOMPARE(reply.httpStatus, 200);
    QCOMPARE(reply.envelope.value(u"status"_s).toString(), u"Success"_s);
    QCOMPARE(reply.data().value(u"contentId"_s).toString(), id);
    QCOMPARE(reply.data().value(u"title"_s).toString(), u"Teaser"_s);
    QCOMPARE(reply.data().value(u"status"_s).toString(), u"Pending"_s);
}

void TestSandboxContents::fetchUnknownContent_is404NamingTheId()
{
    createTitled(u"Other"_s);
    const auto reply = m_rig->client.get(u"/contents/702c325b-5c57-4162-924e-8accbef622b0"_s);
    QCOMPARE(reply.httpStatus, 404);
    QCOMPARE(reply.envelope.value(u"code"_s).toInt(), 404);
    QCOMPARE(reply.envelope.value(u"status"_s).toString(), u"Failed"_s);
    QVERIFY(reply.message().contains(u"702c325b-5c57-4162-924e-8accbef622b0"_s));
}

void TestSandboxContents::list_isNewestFirst()
{
    createTitled(u"A"_s);
    createTitled(u"B"_s);
    createTitled(u"C"_s);
    QCOMPARE(listedTitles(u"?start=0&limit=10"_s), QStringList({u"C"_s, u"B"_s, u"A"_s}));
}

void TestSandboxContents::list_pagesWithStartAndLimit_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("titles");
    QTest::newRow("first page") << u"?start=0&limit=2"_s << QStringList{u"5"_s, u"4"_s};
    QTest::newRow("middle page") << u"?start=2&limit=2"_s << QStringList{u"3"_s, u"2"_s};
    QTest::newRow("last, short page") << u"?start=4&limit=2"_s << QStringList{u"1"_s};
    QTest::newRow("past the end") << u"?start=5&limit=2"_s << QStringList{};
    QTest::newRow("limit only") << u"?limit=1"_s << QStringList{u"5"_s};
    QTest::newRow("start only") << u"?start=3"_s << QStringList{u"2"_s, u"1"_s};
}

void TestSandboxContents::list_pagesWithStartAndLimit()
{
    QFETCH(QString, query);
    QFETCH(QStringList, titles);
    for (int i = 1; i <= 5; ++i)
        createTitled(QString::number(i));
    QCOMPARE(listedTitles(query), titles);
}

void TestSandboxContents::listWithoutQuery_answersTheFirstTwenty()
{
    for (int i = 1; i <= 21; ++i)
        createTitled(QString::number(i));
    const QStringList titles = listedTitles({});
    QCOMPARE(titles.size(), 20);
    QCOMPARE(titles.first(), u"21"_s);
    QCOMPARE(titles.last(), u"2"_s);
}

void TestSandboxContents::listWithBadPaging_is400NamingTheParameter_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("parameter");
    QTest::newRow("negative start") << u"?start=-1&limit=5"_s << u"start"_s;
    QTest::newRow("start not a number") << u"?start=abc"_s << u"start"_s;
    QTest::newRow("empty start") << u"?start=&limit=5"_s << u"start"_s;
    QTest::newRow("start with a sign") << u"?start=+2"_s << u"start"_s;
    QTest::newRow("zero limit") << u"?start=0&limit=0"_s << u"limit"_s;
    QTest::newRow("limit above 100") << u"?limit=101"_s << u"limit"_s;
    QTest::newRow("limit not a number") << u"?limit=ten"_s << u"limit"_s;
    QTest::newRow("fractional limit") << u"?limit=2.5"_s << u"limit"_s;
}

void TestSandboxContents::listWithBadPaging_is400NamingTheParameter()
{
    QFETCH(QString, query);
    QFETCH(QString, parameter);
    const auto reply = m_rig->client.get(u"/contents"_s + query);
    QCOMPARE(reply.httpStatus, 400);
    QCOMPARE(reply.envelope.value(u"status"_s).toString(), u"Failed"_s);
    QVERIFY2(reply.message().startsWith(parameter + u' '), qPrintable(reply.message()));
}

void TestSandboxContents::deleteContent_removesItFromFetchAndList()
{
    const QString kept = createTitled(u"Kept"_s);
    const QString gone = createTitled(u"Gone"_s);
    const auto reply = m_rig->client.remove(u"/contents/"_s + gone);
    QCOMPARE(reply.httpStatus, 200);
    QCOMPARE(reply.envelope.value(u"code"_s).toInt(), 200);
    QCOMPARE(reply.envelope.value(u"status"_s).toString(), u"Success"_s);
    QCOMPARE(m_rig->client.get(u"/contents/"_s + gone).httpStatus, 404);
    QCOMPARE(m_rig->client.get(u"/contents/"_s + kept).httpStatus, 200);
    QCOMPARE(listedTitles({}), QStringList{u"Kept"_s});
    QCOMPARE(m_rig->server.contentCount(), 1);
}

void TestSandboxContents::deleteUnknownContent_is404()
{
    createTitled(u"Other"_s);
    const auto reply = m_rig->client.remove(u"/contents/no-such-content"_s);
    QCOMPARE(reply.httpStatus, 404);
    QCOMPARE(reply.envelope.value(u"status"_s).toString(), u"Failed"_s);
    QCOMPARE(m_rig->server.contentCount(), 1);
}

void TestSandboxContents::deleteTwice_secondIs404()
{
    const QString id = createTitled(u"Once"_s);
    QCOMPARE(m_rig->client.remove(u"/contents/"_s + id).httpStatus, 200);
    QCOMPARE(m_rig->client.remove(u"/contents/"_s + id).httpStatus, 404);
}

QTEST_GUILESS_MAIN(TestSandboxContents)
#include "tst_SandboxContents.moc"
