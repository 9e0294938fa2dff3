#include "DraftAutosaver.h"
#include "EndpointRig.h"
#include "PresetStore.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QStringList appLocations()
{
    return {QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation),
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation),
            QStandardPaths::writableLocation(QStandardPaths::CacheLocation),
            QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u"/PortraitPro"_s};
}

struct Scan
{
    int files = 0;
    QStringList hits;
};

Scan scan(const QStringList &roots, const QList<QByteArray> &needles)
{
    Scan result;
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            ++result.files;
            const QByteArray content = file.readAll();
            for (const QByteArray &needle : needles) {
                if (content.contains(needle))
                    result.hits.append(file.fileName());
            }
        }
    }
    return result;
}

} // namespace

// A whole session with a unique secret — credentials set in Settings, a submit, a preset, the
// draft, the settings, quit — and then every file the app may write is searched for it.
class TestSecretStaysOffDisk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"PortraitPro"_s);
        QCoreApplication::setApplicationName(u"portraitpro-secret-test"_s);
        QStandardPaths::setTestModeEnabled(true);
        for (const QString &location : appLocations())
            QDir(location).removeRecursively();
    }

    void wholeSession_leavesNoSecretInAnyFile()
    {
        const QString token = EndpointRig::unique(u"token-"_s);
        const QString secret = EndpointRig::unique(u"secret-"_s);
        const QByteArray basic = (token + u':' + secret).toUtf8().toBase64();
        SandboxServer server(SandboxOptions{token, secret, 3000});
        QVERIFY(server.listen(0));
        const QString settingsPath = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + u"/settings.ini"_s;
        {
            EndpointRig rig({}, settingsPath);
            QSignalSpy written(&rig.secrets(), &SecretStore::secretWritten);
            rig.secrets().write(token, secret);
            QVERIFY(written.wait(10000));
            rig.settings().setEndpoint({EndpointSettings::Profile::Custom, server.baseUrl(), token});
            QTRY_COMPARE(rig.client().credentials().secretKey, secret);

            PortraitRequest request;
            request.title = u"Secret test"_s;
            request.sources = {{u"https://cdn.example.com/a.mp4"_s, {}}};
            rig.window().setRequest(request);
            QSignalSpy finished(&rig.window(), &MainWindow::submitFinished);
            rig.window().submit();
            QVERIFY(finished.wait(10000));
            QVERIFY(finished.first().at(0).toBool());
            QCOMPARE(server.contentCount(), 1);

            PresetStore presets;
            QString error;
            QVERIFY2(presets.save(u"After submit"_s, rig.window().request(), false, &error), qPrintable(error));
            DraftAutosaver draft;
            draft.schedule(rig.window().request());
            draft.flush();
            rig.settings().sync();
            rig.secrets().remove(token);
        }
        const QStringList roots = appLocations();
        const Scan found = scan(roots, {secret.toUtf8(), basic});
        QVERIFY2(found.hits.isEmpty(), qPrintable(found.hits.join(u", "_s)));
        // The search did read what the session wrote: preset, draft and settings at least.
        QVERIFY2(found.files >= 3, qPrintable(QString::number(found.files)));
        QVERIFY(!scan(roots, {token.toUtf8()}).hits.isEmpty());
    }
};

QTEST_MAIN(TestSecretStaysOffDisk)
#include "tst_SecretStaysOffDisk.moc"
