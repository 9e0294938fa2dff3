#include "TestWindow.h"

#include <QDropEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int kUrls = 10000;

QByteArray uriList(int count)
{
    QByteArray list;
    for (int i = 0; i < count; ++i)
        list += "https://cdn.example.com/videos/match-" + QByteArray::number(i) + ".mp4\r\n";
    return list;
}

// Enter, move and drop, as the window system delivers a drop; true when the drop was taken.
bool dropOn(QWidget *target, const QMimeData &data)
{
    const QPoint pos = target->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction | Qt::LinkAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &enter);
    QDragMoveEvent move(pos, Qt::CopyAction | Qt::LinkAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &move);
    QDropEvent drop(QPointF(pos), Qt::CopyAction | Qt::LinkAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

} // namespace

// How long the window is busy with a drop of 10,000 links: from the drop event until the rows
// are in the table and the window has handled what the drop queued (repaint included), so the
// figure is the pause a person would feel. Each iteration of dropDistinctUrls starts by
// emptying the table (QBENCHMARK cannot pause); addSourceUrlsDirectly does the same emptying.
class BenchUrlDrop : public QObject
{
    Q_OBJECT

private:
    static int rowCount(TestWindow &w) { return w.child<QTableView>(u"sourcesTableView"_s)->model()->rowCount(); }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void dropDistinctUrls()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        QMimeData data;
        data.setData(u"text/uri-list"_s, uriList(kUrls));
        QBENCHMARK {
            w->setRequest({});
            QVERIFY(dropOn(&w.window(), data));
            QCoreApplication::processEvents();
        }
        QCOMPARE(rowCount(w), kUrls);
    }

    // The same rows added straight through MainWindow::addSourceUrls, without reading the drop
    // or sorting the URLs: what is left of dropDistinctUrls is the cost of the intake itself.
    void addSourceUrlsDirectly()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        QStringList urls;
        for (const QByteArray &line : uriList(kUrls).trimmed().split('\n'))
            urls.append(QString::fromUtf8(line.trimmed()));
        QBENCHMARK {
            w->setRequest({});
            w->addSourceUrls(urls);
            QCoreApplication::processEvents();
        }
        QCOMPARE(rowCount(w), kUrls);
    }

    void dropAllDuplicates()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        QMimeData data;
        data.setData(u"text/uri-list"_s, uriList(kUrls));
        QVERIFY(dropOn(&w.window(), data));
        QCOMPARE(rowCount(w), kUrls);
        QBENCHMARK {
            QVERIFY(dropOn(&w.window(), data));
            QCoreApplication::processEvents();
        }
        QCOMPARE(rowCount(w), kUrls);
    }

    // After the drop the window must stay quick to use: one keystroke in the title with 10,000
    // source rows in the table, which revalidates the whole form.
    void keystrokeWithTenThousandRows()
    {
        TestWindow w;
        QVERIFY(w.showAndActivate());
        QMimeData data;
        data.setData(u"text/uri-list"_s, uriList(kUrls));
        QVERIFY(dropOn(&w.window(), data));
        auto *title = w.child<QLineEdit>(u"titleLineEdit"_s);
        title->setFocus();
        QBENCHMARK {
            QTest::keyClick(title, Qt::Key_A);
            QCoreApplication::processEvents();
        }
        QVERIFY(!title->text().isEmpty());
    }
};

QTEST_MAIN(BenchUrlDrop)
#include "bench_UrlDrop.moc"
