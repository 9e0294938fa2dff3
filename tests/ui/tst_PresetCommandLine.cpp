#include "PresetNoticePanel.h"
#include "PresetWindow.h"
#include "SampleRequest.h"
#include "WireFormat.h"

#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// What main.cpp does with --preset NAME|FILE, on a window of the test's own.
class TestPresetCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void presetName_isLoadedAndUrlsComeAfterIt()
    {
        PresetWindow w;
        QVERIFY(w.store().save(u"Weekly recap"_s, sampleRequest(u"Recap"_s), false, nullptr));

        QCOMPARE(w.presets().loadFromCommandLine(u"weekly recap"_s), QString());
        w->addSourceUrls({u"https://example.com/extra.mp4"_s});
        PortraitRequest expected = sampleRequest(u"Recap"_s);
        expected.sources.append({u"https://example.com/extra.mp4"_s, {}});
        QCOMPARE(w->request(), expected);
    }

    void presetFile_isLoadedFromAnyPath()
    {
        PresetWindow w;
        const QString path = QStringLiteral(PP_TESTS_DIR "/golden/reference-request.json");
        QCOMPARE(w.presets().loadFromCommandLine(path), QString());
        QFile golden(path);
        QVERIFY(golden.open(QIODevice::ReadOnly));
        QCOMPARE(WireFormat::requestToJson(w->request()), QJsonDocument::fromJson(golden.readAll()).object());
        // Loaded, not imported.
        QVERIFY(w.store().presets().isEmpty());
    }

    void unknownName_isReportedInTheWindowAndTheFormStays()
    {
        PresetWindow w;
        QVERIFY(w.store().save(u"Weekly recap"_s, sampleRequest(u"Recap"_s), false, nullptr));
        w->setRequest(sampleRequest(u"Restored draft"_s));

        const QString problem = w.presets().loadFromCommandLine(u"Monthly"_s);
        QVERIFY(problem.contains(u"“Monthly”"_s));
        QVERIFY2(problem.contains(u"Weekly recap"_s), qPrintable(problem)); // says what there is
        QVERIFY(w.statusText().contains(problem));
        QCOMPARE(w->request(), sampleRequest(u"Restored draft"_s));
    }

    void badFile_isReportedByNameAndTheFormStays()
    {
        PresetWindow w;
        QTemporaryDir elsewhere;
        const QString path = elsewhere.filePath(u"garbled.json"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[1, 2, 3]");
        file.close();
        w->setRequest(sampleRequest(u"Restored draft"_s));

        const QString problem = w.presets().loadFromCommandLine(path);
        QVERIFY2(problem.startsWith(u"garbled.json — "_s), qPrintable(problem));
        QVERIFY(w.statusText().contains(u"garbled.json"_s));
        QVERIFY(!w.notice()->isHidden());
        QCOMPARE(w->request(), sampleRequest(u"Restored draft"_s));
    }
};

QTEST_MAIN(TestPresetCommandLine)
#include "tst_PresetCommandLine.moc"
