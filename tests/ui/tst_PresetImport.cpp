#include "PresetFile.h"
#include "PresetNoticePanel.h"
#include "PresetWindow.h"
#include "SampleRequest.h"
#include "ScriptedServer.h"
#include "TestFiles.h"
#include "WireFormat.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString referenceBody = QStringLiteral(PP_TESTS_DIR "/golden/reference-request.json");

QJsonObject goldenObject()
{
    QFile file(referenceBody);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestPresetImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void importReferenceBody_loadsItAndSubmitsTheGoldenJson()
    {
        PresetWindow w;
        QVERIFY(w.isListening());
        QVERIFY(w.showAndActivate());
        const QJsonObject golden = goldenObject();
        QVERIFY(!golden.isEmpty());

        w.prompts().willAnswer(referenceBody);
        w.trigger(u"actionImportPreset"_s);
        QTRY_VERIFY(w.store().contains(u"reference-request"_s));
        QCOMPARE(w.prompts().questions().at(0).kind, ScriptedPrompts::Kind::OpenFile);
        // Copied into the store, so it outlives the file it came from.
        QVERIFY(QFileInfo(w.store().find(u"reference-request"_s)->path).absolutePath()
                == QDir(w.presetsDirectory()).absolutePath());
        QCOMPARE(WireFormat::requestToJson(w->request()), golden);
        QCOMPARE(w.action(u"actionLoadPreset_1"_s)->text(), u"reference-request"_s);

        QTest::mouseClick(w.child<QPushButton>(u"submitPushButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!w.child<QLabel>(u"contentIdLabel"_s)->text().isEmpty());
        QCOMPARE(w.server().contentCount(), 1);
        QCOMPARE(w.child<QLabel>(u"cardTitleLabel"_s)->text(), golden.value(u"title"_s).toString());
    }

    void referencePreset_submittedWithoutEdits_postsTheSameJsonValue()
    {
        PresetWindow w;
        ScriptedServer server;
        QVERIFY(server.listen());
        QFile answer(QStringLiteral(PP_TESTS_DIR "/golden/reference-answer.json"));
        QVERIFY(answer.open(QIODevice::ReadOnly));
        server.setAnswers({ScriptedServer::json(200, answer.readAll())});
        w.client().setEndpoint(server.url());

        QVERIFY(w.presets().loadFromCommandLine(referenceBody).isEmpty());
        w->submit();
        QTRY_COMPARE(server.requests().size(), 1);
        const QJsonDocument posted = QJsonDocument::fromJson(server.requests().constFirst().body);
        QCOMPARE(posted.object(), goldenObject());
    }

    void failedImport_namesTheFileAndLeavesTheFormUntouched()
    {
        PresetWindow w;
        QTemporaryDir elsewhere;
        const QString broken = elsewhere.filePath(u"broken-preset.json"_s);
        QVERIFY(TestFiles::write(broken, "{\"title\": \"Half\", \"tags\": [\"a\", "));
        w->setRequest(sampleRequest(u"Typed"_s));

        w.prompts().willAnswer(broken);
        w.trigger(u"actionImportPreset"_s);
        QTRY_VERIFY(!w.notice()->isHidden());
        QVERIFY(w.notice()->caption().contains(u"Nothing was imported"_s));
        QCOMPARE(w.notice()->lines().size(), 1);
        QVERIFY(w.notice()->lines().at(0).startsWith(u"broken-preset.json — "_s));
        QVERIFY(w.notice()->lines().at(0).contains(u"cut off"_s));
        QVERIFY(w.statusText().contains(u"broken-preset.json"_s));

        QCOMPARE(w->request(), sampleRequest(u"Typed"_s));
        QVERIFY(w.store().presets().isEmpty());
        QVERIFY(QDir(w.presetsDirectory()).entryList(QDir::Files).isEmpty());
    }

    void importOfATakenName_asksAndChangesNothingWhenDeclined()
    {
        PresetWindow w;
        QTemporaryDir elsewhere;
        QVERIFY(w.store().save(u"Weekly"_s, sampleRequest(u"Mine"_s), false, nullptr));
        const QString theirs = elsewhere.filePath(u"weekly-from-a-friend.json"_s);
        QVERIFY(PresetFile::write(theirs, Preset{u"Weekly"_s, sampleRequest(u"Theirs"_s), {}}, nullptr));
        w->setRequest(sampleRequest(u"Typed"_s));

        w.prompts().willAnswer(theirs);
        w.prompts().willCancel();
        w.trigger(u"actionImportPreset"_s);
        QTRY_COMPARE(w.prompts().questions().size(), 2);
        QCOMPARE(w.prompts().questions().at(1).kind, ScriptedPrompts::Kind::Confirm);
        QVERIFY(w.prompts().questions().at(1).text.contains(u"weekly-from-a-friend.json"_s));
        QCOMPARE(w.store().find(u"Weekly"_s)->request, sampleRequest(u"Mine"_s));
        QCOMPARE(w->request(), sampleRequest(u"Typed"_s));
    }

    void importOfATakenName_replacesAndLoadsWhenConfirmed()
    {
        PresetWindow w;
        QTemporaryDir elsewhere;
        QVERIFY(w.store().save(u"Weekly"_s, sampleRequest(u"Mine"_s), false, nullptr));
        const QString theirs = elsewhere.filePath(u"weekly-from-a-friend.json"_s);
        QVERIFY(PresetFile::write(theirs, Preset{u"Weekly"_s, sampleRequest(u"Theirs"_s), {}}, nullptr));

        w.prompts().willAnswer(theirs);
        w.prompts().willConfirm();
        w.trigger(u"actionImportPreset"_s);
        QTRY_COMPARE(w->request(), sampleRequest(u"Theirs"_s));
        QCOMPARE(w.store().find(u"Weekly"_s)->request, sampleRequest(u"Theirs"_s));
        QCOMPARE(w.store().presets().size(), 1);
    }
};

QTEST_MAIN(TestPresetImport)
#include "tst_PresetImport.moc"
