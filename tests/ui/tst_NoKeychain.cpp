#include "EndpointRig.h"
#include "SettingsDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// A desktop where no keychain answers: the session bus the keychain lives on does not exist.
// The secret is then kept for this run only, the dialog says so, and nothing is written to disk.
class TestNoKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // Before anything in this process has talked to D-Bus, which connects on first use.
        m_home.setAutoRemove(true);
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + QFile::encodeName(m_home.filePath(u"no-bus"_s)));
    }

    void secretStore_keepsTheSecretInMemoryAndSaysWhy()
    {
        SecretStore store(u"app.portraitpro.Desktop.tests"_s);
        QSignalSpy kept(&store, &SecretStore::secretKeptInMemory);
        store.write(u"token-a"_s, u"secret-of-token-a"_s);
        QVERIFY(kept.wait(30000));
        QVERIFY(!store.keychainWorks());
        QVERIFY2(kept.first().at(1).toString().contains(u"this run only"_s), qPrintable(kept.first().at(1).toString()));

        QSignalSpy read(&store, &SecretStore::secretRead);
        store.read(u"token-a"_s);
        QVERIFY(read.wait(5000));
        QCOMPARE(read.first().at(1).toString(), u"secret-of-token-a"_s);
    }

    void settingsDialog_saysSoAndTheNextSubmitUsesTheSecret()
    {
        EndpointRig rig;
        const QString token = EndpointRig::unique(u"token-"_s);
        const QString secret = EndpointRig::unique(u"secret-"_s);
        SettingsDialog *dialog = rig.openSettings();
        QVERIFY(dialog);
        auto *combo = dialog->findChild<QComboBox *>(u"profileComboBox"_s);
        combo->setCurrentIndex(combo->findData(int(EndpointSettings::Profile::Videograph)));
        dialog->findChild<QLineEdit *>(u"tokenIdLineEdit"_s)->setText(token);
        dialog->findChild<QLineEdit *>(u"secretKeyLineEdit"_s)->setText(secret);
        dialog->findChild<QDialogButtonBox *>(u"settingsButtonBox"_s)->button(QDialogButtonBox::Save)->click();

        auto *notice = dialog->findChild<QLabel *>(u"settingsNoticeLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(notice->text().contains(u"this run only"_s), 30000);
        QVERIFY(!notice->isHidden());
        QTRY_COMPARE(rig.active().credentials().secretKey, secret);
        QCOMPARE(rig.client().credentials().secretKey, secret);

        // Nowhere on disk: not in the settings file, not anywhere under the settings folder.
        QDirIterator files(QFileInfo(rig.settingsPath()).absolutePath(), QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
        }
    }

private:
    QTemporaryDir m_home;
};

QTEST_MAIN(TestNoKeychain)
#include "tst_NoKeychain.moc"
