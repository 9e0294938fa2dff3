#include "SecretStore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

// Runs against the secret service of the session bus (scripts/test.sh starts a private one
// with an unlocked gnome-keyring), never against the user's own keychain.
class TestSecretStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run inside scripts/test.sh, which provides a private session bus and keyring");
    }

    void writeThenRead_givesTheSecretBack()
    {
        SecretStore store(u"app.portraitpro.Desktop.tests"_s);
        const QString token = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString secret = u"s3cret-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
        QSignalSpy written(&store, &SecretStore::secretWritten);
        store.write(token, secret);
        QVERIFY(written.wait(10000));
        QVERIFY(store.keychainWorks());

        SecretStore other(u"app.portraitpro.Desktop.tests"_s);
        QSignalSpy read(&other, &SecretStore::secretRead);
        other.read(token);
        QVERIFY(read.wait(10000));
        QCOMPARE(read.first().at(1).toString(), secret);

        QSignalSpy removed(&store, &SecretStore::secretRemoved);
        store.remove(token);
        QVERIFY(removed.wait(10000));
        QSignalSpy missing(&other, &SecretStore::secretMissing);
        other.read(token);
        QVERIFY(missing.wait(10000));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_SecretStore.moc"
