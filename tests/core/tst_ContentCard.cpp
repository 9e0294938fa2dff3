#include "ContentCard.h"

#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

class TestContentCard : public QObject
{
    Q_OBJECT

private slots:
    void phase_normalisesStatus_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<ContentCard::Phase>("phase");
        QTest::newRow("Pending") << u"Pending"_s << ContentCard::Phase::InProgress;
        QTest::newRow("Preparing") << u"Preparing"_s << ContentCard::Phase::InProgress;
        QTest::newRow("Processing") << u"Processing"_s << ContentCard::Phase::InProgress;
        QTest::newRow("unknown") << u"Queued for GPU"_s << ContentCard::Phase::InProgress;
        QTest::newRow("empty") << QString() << ContentCard::Phase::InProgress;
        QTest::newRow("Ready") << u"Ready"_s << ContentCard::Phase::Ready;
        QTest::newRow("ready lower") << u"ready"_s << ContentCard::Phase::Ready;
        QTest::newRow("Failed") << u"Failed"_s << ContentCard::Phase::Failed;
    }
    void phase_normalisesStatus()
    {
        QFETCH(QString, status);
        QFETCH(ContentCard::Phase, phase);
        ContentCard card;
        card.status = status;
        QCOMPARE(card.phase(), phase);
        QCOMPARE(card.isFinished(), phase != ContentCard::Phase::InProgress);
    }

    void shareUrl_pointsAtTheDashboardEmbedPage()
    {
        ContentCard card;
        card.contentId = u"702c325b-5c57-4162-924e-8accbef622b0"_s;
        const QUrl url = card.shareUrl();
        QCOMPARE(url.scheme(), u"https"_s);
        QCOMPARE(url.host(), u"dashboard.videograph.ai"_s);
        QCOMPARE(url.path(), u"/videos/embed"_s);
        QCOMPARE(QUrlQuery(url).queryItemValue(u"videoId"_s), card.contentId);
    }

    void shareUrl_withoutId_isEmpty()
    {
        QVERIFY(ContentCard().shareUrl().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestContentCard)
#include "tst_ContentCard.moc"
