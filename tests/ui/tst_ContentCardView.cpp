#include "ContentCardView.h"
#include "WireFormat.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const char *const contentId = "3f2b8c1e-5d4a-4e2b-9c7f-1a2b3c4d5e6f";

QByteArray answer(const QByteArray &status = "Pending", const QByteArray &extra = {})
{
    return QByteArray("{\"code\":200,\"status\":\"Success\",\"message\":\"Created\",\"data\":{")
        + "\"contentId\":\"" + contentId + "\",\"title\":\"Match highlights\","
        + "\"status\":\"" + status + "\",\"statusId\":1,\"created_at\":1733318400000,"
        + "\"category\":\"SocialClip\",\"isSocialClip\":true,\"isAdvanced\":false,\"test_video\":true,"
        + "\"playbackPolicy\":[\"public\",\"signed\"]" + extra + "}}";
}

ContentCard cardFrom(const QByteArray &body)
{
    return WireFormat::contentFromJson(WireFormat::parseEnvelope(body).envelope.data.toObject());
}

// A card view showing one answer, at a size where every row fits.
struct ShownCard
{
    ContentCardView view;

    explicit ShownCard(const QByteArray &body)
    {
        view.showContent(cardFrom(body), body);
        view.resize(420, 520);
        view.show();
    }

    template <typename T>
    T *child(const QString &name) { return view.findChild<T *>(name); }
};

} // namespace

class TestContentCardView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void beforeAnyContent_showsPlaceholder()
    {
        ContentCardView view;
        view.show();
        QVERIFY(!view.hasContent());
        QVERIFY(view.findChild<QLabel *>(u"cardPlaceholderLabel"_s)->isVisible());
        QVERIFY(!view.findChild<QLabel *>(u"contentIdLabel"_s)->isVisible());
    }

    void showContent_fillsTitleIdStatusCategoryAndPolicy()
    {
        ShownCard card(answer());
        QCOMPARE(card.child<QLabel>(u"cardTitleLabel"_s)->text(), u"Match highlights"_s);
        QCOMPARE(card.child<QLabel>(u"contentIdLabel"_s)->text(), u"3f2b8c1e-5d4a-4e2b-9c7f-1a2b3c4d5e6f"_s);
        QCOMPARE(card.child<QLabel>(u"statusBadgeLabel"_s)->text(), u"Pending"_s);
        QCOMPARE(card.child<QLabel>(u"categoryLabel"_s)->text(), u"SocialClip"_s);
        QCOMPARE(card.child<QLabel>(u"playbackPolicyLabel"_s)->text(), u"public, signed"_s);
        QVERIFY(card.child<QLabel>(u"contentIdLabel"_s)->isVisible());
    }

    void flags_listOnlyTheOnesSet()
    {
        ShownCard card(answer());
        const QString flags = card.child<QLabel>(u"flagsLabel"_s)->text();
        QVERIFY(flags.contains(u"Social clip"_s));
        QVERIFY(flags.contains(u"Test video"_s));
        QVERIFY(!flags.contains(u"Advanced"_s));
    }

    void statusBadge_colourFollowsPhase()
    {
        ShownCard pending(answer("Processing"));
        ShownCard ready(answer("Ready"));
        ShownCard failed(answer("Failed"));
        const QString pendingStyle = pending.child<QLabel>(u"statusBadgeLabel"_s)->styleSheet();
        const QString readyStyle = ready.child<QLabel>(u"statusBadgeLabel"_s)->styleSheet();
        const QString failedStyle = failed.child<QLabel>(u"statusBadgeLabel"_s)->styleSheet();
        QVERIFY(pendingStyle != readyStyle);
        QVERIFY(readyStyle != failedStyle);
        QVERIFY(failedStyle != pendingStyle);
        QCOMPARE(pending.child<QLabel>(u"statusBadgeLabel"_s)->text(), u"Processing"_s);
    }

    void createdTime_isLocalShortTextWithIsoUtcToolTip()
    {
        ShownCard card(answer());
        auto *created = card.child<QLabel>(u"createdLabel"_s);
        const QDateTime when = QDateTime::fromMSecsSinceEpoch(1733318400000, Qt::UTC);
        QCOMPARE(created->text(), QLocale().toString(when.toLocalTime(), QLocale::ShortFormat));
        QCOMPARE(created->toolTip(), u"2024-12-04T13:20:00Z"_s);
    }

    void durationText_readsLikeAPlayer()
    {
        QCOMPARE(ContentCardView::durationText(65000), u"1:05"_s);
        QCOMPARE(ContentCardView::durationText(45999), u"0:45"_s);
        QCOMPARE(ContentCardView::durationText(3605000), u"1:00:05"_s);
        QCOMPARE(ContentCardView::durationText(0), u"0:00"_s);
    }

    void knownDuration_isShown_unknownDuration_isHidden()
    {
        ShownCard withDuration(answer("Ready", ",\"duration\":65000"));
        QCOMPARE(withDuration.child<QLabel>(u"durationLabel"_s)->text(), u"1:05"_s);
        QVERIFY(withDuration.child<QLabel>(u"durationLabel"_s)->isVisible());
        ShownCard without(answer());
        QVERIFY(!without.child<QLabel>(u"durationLabel"_s)->isVisible());
    }

    void shareLink_opensTheEmbedPageOfThisContent()
    {
        ShownCard card(answer());
        auto *link = card.child<QLabel>(u"shareLinkLabel"_s);
        QVERIFY(link->openExternalLinks());
        QVERIFY(link->text().contains(u"https://dashboard.videograph.ai/videos/embed?videoId=3f2b8c1e-5d4a-4e2b-9c7f-1a2b3c4d5e6f"_s));
    }

    void copyButton_putsIdOnClipboardAndSaysSo()
    {
        ShownCard card(answer());
        QSignalSpy said(&card.view, &ContentCardView::statusMessage);
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(card.child<QPushButton>(u"copyIdPushButton"_s), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"3f2b8c1e-5d4a-4e2b-9c7f-1a2b3c4d5e6f"_s);
        QCOMPARE(said.count(), 1);
    }

    void rawJsonToggle_revealsPrettyPrintedAnswer()
    {
        const QByteArray body = answer();
        ShownCard card(body);
        auto *raw = card.child<QPlainTextEdit>(u"rawJsonPlainTextEdit"_s);
        QVERIFY(!raw->isVisible());
        QTest::mouseClick(card.child<QPushButton>(u"rawJsonPushButton"_s), Qt::LeftButton);
        QVERIFY(raw->isVisible());
        QVERIFY(raw->isReadOnly());
        QVERIFY(raw->toPlainText().contains(u"\n"_s));
        QCOMPARE(QJsonDocument::fromJson(raw->toPlainText().toUtf8()), QJsonDocument::fromJson(body));
        QTest::mouseClick(card.child<QPushButton>(u"rawJsonPushButton"_s), Qt::LeftButton);
        QVERIFY(!raw->isVisible());
    }

    void answerThatIsNotJson_isShownAsItCame()
    {
        ContentCardView view;
        view.showContent(cardFrom(answer()), "<html>oops</html>");
        QCOMPARE(view.findChild<QPlainTextEdit *>(u"rawJsonPlainTextEdit"_s)->toPlainText(), u"<html>oops</html>"_s);
    }
};

QTEST_MAIN(TestContentCardView)
#include "tst_ContentCardView.moc"
