#include "RequestPreviewPanel.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

PortraitRequest requestWithSources(int count)
{
    PortraitRequest request;
    request.title = u"Season highlights"_s;
    request.tags = {u"sport"_s, u"highlights"_s};
    for (int i = 0; i < count; ++i)
        request.sources.append({u"https://cdn.example.com/videos/match-%1.mp4"_s.arg(i), {u"1:00"_s, u"2:30"_s}});
    return request;
}

} // namespace

// How long the request preview takes to show a job again after an edit: the JSON body and the
// curl command rebuilt and laid out, for a usual job and for one with 10,000 sources.
class BenchRequestPreview : public QObject
{
    Q_OBJECT

private slots:
    void showRequest_data()
    {
        QTest::addColumn<int>("sources");
        QTest::newRow("10 sources") << 10;
        QTest::newRow("10000 sources") << 10000;
    }

    void showRequest()
    {
        QFETCH(int, sources);
        // Two jobs one keystroke apart, shown in turn, so every iteration has new text to lay out.
        const PortraitRequest before = requestWithSources(sources);
        PortraitRequest after = before;
        after.title += u'!';
        const QUrl url(u"https://api.videograph.ai/video/services/api/v1/contents/portrait_pro"_s);
        RequestPreviewPanel panel;
        panel.resize(900, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        int shown = 0;
        QBENCHMARK {
            panel.showRequest(url, ++shown % 2 ? after : before);
            QCoreApplication::processEvents();
        }
        QVERIFY(panel.bodyText().contains(u"match-%1.mp4"_s.arg(sources - 1)));
    }
};

QTEST_MAIN(BenchRequestPreview)
#include "bench_RequestPreview.moc"
