#include "EndpointRig.h"
#include "SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

void fill(SettingsDialog *dialog, EndpointSettings::Profile profile, const QString &url, const QString &token,
          const QString &secret)
{
    auto *combo = dialog->findChild<QComboBox *>(u"profileComboBox"_s);
    combo->setCurrentIndex(combo->findData(int(profile)));
    dialog->findChild<QLineEdit *>(u"customUrlLineEdit"_s)->setText(url);
    auto *tokenEdit = dialog->findChild<QLineEdit *>(u"tokenIdLineEdit"_s);
    tokenEdit->clear();
    QTest::keyClicks(tokenEdit, token);
    auto *secretEdit = dialog->findChild<QLineEdit *>(u"secretKeyLineEdit"_s);
    secretEdit->clear();
    QTest::keyClicks(secretEdit, secret);
}

QString testResult(SettingsDialog *dialog)
{
    QSignalSpy finished(dialog, &SettingsDialog::testFinished);
    dialog->findChild<QPushButton *>(u"testConnectionPushButton"_s)->click();
    if (!finished.wait(10000))
        return u"(no answer)"_s;
    return dialog->findChild<QLabel *>(u"testResultLabel"_s)->text();
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private slots:
    void ctrlComma_opensTheDialogOnTheSavedProfile()
    {
        EndpointRig rig;
        rig.window().show();
        QVERIFY(QTest::qWaitForWindowExposed(&rig.window()));
        QTest::keyClick(&rig.window(), Qt::Key_Comma, Qt::ControlModifier);
        auto *dialog = rig.window().findChild<SettingsDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->editedSettings().profile, EndpointSettings::Profile::Sandbox);
    }

    void secretKey_isMaskedUntilShown()
    {
        EndpointRig rig;
        SettingsDialog *dialog = rig.openSettings();
        auto *secret = dialog->findChild<QLineEdit *>(u"secretKeyLineEdit"_s);
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        dialog->findChild<QCheckBox *>(u"showSecretCheckBox"_s)->setChecked(true);
        QCOMPARE(secret->echoMode(), QLineEdit::Normal);
    }

    void everyField_hasALabelWhoseMnemonicReachesIt()
    {
        EndpointRig rig;
        SettingsDialog *dialog = rig.openSettings();
        for (const QString &name : {u"profileComboBox"_s, u"customUrlLineEdit"_s, u"tokenIdLineEdit"_s,
                                    u"secretKeyLineEdit"_s}) {
            auto *field = dialog->findChild<QWidget *>(name);
            const QList<QLabel *> labels = dialog->findChildren<QLabel *>();
            const bool labelled = std::any_of(labels.begin(), labels.end(), [field](QLabel *label) {
                return label->buddy() == field && label->text().contains(u'&');
            });
            QVERIFY2(labelled, qPrintable(name));
        }
    }

    void plainHttpToARemoteServer_isRefusedBeforeSaving()
    {
        EndpointRig rig;
        SettingsDialog *dialog = rig.openSettings();
        fill(dialog, EndpointSettings::Profile::Custom, u"http://api.example.com"_s, u"t"_s, u"s"_s);
        dialog->findChild<QDialogButtonBox *>(u"settingsButtonBox"_s)->button(QDialogButtonBox::Save)->click();
        auto *error = dialog->findChild<QLabel *>(u"settingsErrorLabel"_s);
        QVERIFY(error->text().contains(u"https://"_s));
        QVERIFY(dialog->isVisible());
        QCOMPARE(rig.settings().endpoint().profile, EndpointSettings::Profile::Sandbox);
    }

    void testConnection_onTheSandbox_saysOk()
    {
        EndpointRig rig;
        SettingsDialog *dialog = rig.openSettings();
        QVERIFY(testResult(dialog).startsWith(u"OK"_s));
    }

    void testConnection_withAWrongSecret_saysWrongCredentials()
    {
        EndpointRig rig;
        SandboxServer other(SandboxOptions{u"token"_s, u"right"_s, 3000});
        QVERIFY(other.listen(0));
        SettingsDialog *dialog = rig.openSettings();
        fill(dialog, EndpointSettings::Profile::Custom, other.baseUrl().toString(), u"token"_s, u"wrong"_s);
        QVERIFY(testResult(dialog).startsWith(u"Wrong credentials"_s));
    }

    void testConnection_toAClosedPort_saysUnreachableWithTheReason()
    {
        EndpointRig rig;
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        SettingsDialog *dialog = rig.openSettings();
        fill(dialog, EndpointSettings::Profile::Custom, u"http://127.0.0.1:%1"_s.arg(port), u"token-id"_s, u"secret-key"_s);
        const QString result = testResult(dialog);
        QVERIFY2(result.startsWith(u"Unreachable"_s), qPrintable(result));
        QVERIFY2(result.contains(QString::number(port)), qPrintable(result));
    }

    void save_putsTheTokenInSettingsAndTheSecretOnlyInTheKeychain()
    {
        EndpointRig rig;
        const QString token = EndpointRig::unique(u"token-"_s);
        const QString secret = EndpointRig::unique(u"secret-"_s);
        SettingsDialog *dialog = rig.openSettings();
        fill(dialog, EndpointSettings::Profile::Videograph, QString(), token, secret);
        QSignalSpy saved(&rig.settings(), &SettingsStore::endpointChanged);
        dialog->findChild<QDialogButtonBox *>(u"settingsButtonBox"_s)->button(QDialogButtonBox::Save)->click();
        QVERIFY(saved.wait(10000));
        QCOMPARE(rig.settings().endpoint().tokenId, token);
        QCOMPARE(rig.settings().endpoint().profile, EndpointSettings::Profile::Videograph);

        QFile ini(rig.settingsPath());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray stored = ini.readAll();
        QVERIFY(stored.contains(token.toUtf8()));
        QVERIFY(!stored.contains(secret.toUtf8()));

        SecretStore keychain(u"app.portraitpro.Desktop.tests"_s);
        QSignalSpy read(&keychain, &SecretStore::secretRead);
        keychain.read(token);
        QVERIFY(read.wait(10000));
        QCOMPARE(read.first().at(1).toString(), secret);
        keychain.remove(token);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_SettingsDialog.moc"
