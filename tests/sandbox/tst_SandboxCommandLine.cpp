// The standalone portraitpro-sandbox executable: its options, its "Listening on" line and its
// failure when the port is taken.

#include "SandboxServer.h"
#include "SandboxTestClient.h"

#include <QtTest>

#include <QProcess>
#include <QRegularExpression>

#include <memory>

using namespace Qt::StringLiterals;

class TestSandboxCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void start_printsListeningLine_andServesWithTheGivenOptions();
    void portInUse_exitsWith1ExplainingOnStderr();
    void invalidOption_exitsWith1NamingIt_data();
    void invalidOption_exitsWith1NamingIt();

private:
    QProcess *launch(const QStringList &arguments);
    static bool awaitFinished(QProcess *process);

    std::unique_ptr<QProcess> m_process;
};

QProcess *TestSandboxCommandLine::launch(const QStringList &arguments)
{
    m_process = std::make_unique<QProcess>();
    m_process->start(QStringLiteral(PP_SANDBOX_EXECUTABLE), arguments);
    return m_process.get();
}

bool TestSandboxCommandLine::awaitFinished(QProcess *process)
{
    if (process->state() == QProcess::NotRunning)
        return true;
    QSignalSpy finished(process, &QProcess::finished);
    return finished.wait(10000);
}

void TestSandboxCommandLine::cleanup()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        awaitFinished(m_process.get());
    }
    m_process.reset();
}

void TestSandboxCommandLine::start_printsListeningLine_andServesWithTheGivenOptions()
{
    QProcess *process = launch({u"--port"_s, u"0"_s, u"--user"_s, u"cli-token"_s,
                                u"--password"_s, u"cli-secret"_s, u"--step-ms"_s, u"0"_s});
    QTRY_VERIFY_WITH_TIMEOUT(process->canReadLine() || process->state() == QProcess::NotRunning,
                             10000);
    const QString line = QString::fromLocal8Bit(process->readLine()).trimmed();
    static const QRegularExpression pattern(
        u"^Listening on (http://127\\.0\\.0\\.1:(\\d+)/video/services/api/v1)$"_s);
    const QRegularExpressionMatch match = pattern.match(line);
    const QString stderrText = QString::fromLocal8Bit(process->readAllStandardError());
    QVERIFY2(match.hasMatch(), qPrintable(line + u" / "_s + stderrText));
    QVERIFY(match.captured(2).toInt() > 0);

    SandboxTestClient client(QUrl(match.captured(1)));
    QCOMPARE(client.get(u"/contents"_s).httpStatus, 401); // the default pair is not accepted
    client.setCredentials(u"cli-token"_s, u"cli-secret"_s);
    const QString id = client.create(SandboxTestClient::minimalBody())
                           .data().value(u"contentId"_s).toString();
    QVERIFY(!id.isEmpty());
    // --step-ms 0 makes the content Ready on its first read.
    QCOMPARE(client.get(u"/contents/"_s + id).data().value(u"status"_s).toString(), u"Ready"_s);
}

void TestSandboxCommandLine::portInUse_exitsWith1ExplainingOnStderr()
{
    SandboxServer occupant;
    const quint16 port = occupant.listen();
    QVERIFY(port != 0);
    QProcess *process = launch({u"--port"_s, QString::number(port)});
    QVERIFY(awaitFinished(process));
    QCOMPARE(process->exitStatus(), QProcess::NormalExit);
    QCOMPARE(process->exitCode(), 1);
    const QString error = QString::fromLocal8Bit(process->readAllStandardError());
    QVERIFY2(error.contains(u"cannot listen on 127.0.0.1:"_s + QString::number(port)),
             qPrintable(error));
    QVERIFY(process->readAllStandardOutput().isEmpty());
}

void TestSandboxCommandLine::invalidOption_exitsWith1NamingIt_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named");
    QTest::newRow("port above 65535") << QStringList{u"--port"_s, u"70000"_s} << u"--port"_s;
    QTest::newRow("port not a number") << QStringList{u"--port"_s, u"http"_s} << u"--port"_s;
    QTest::newRow("negative step") << QStringList{u"--step-ms"_s, u"-5"_s} << u"--step-ms"_s;
}

void TestSandboxCommandLine::invalidOption_exitsWith1NamingIt()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    QProcess *process = launch(arguments);
    QVERIFY(awaitFinished(process));
    QCOMPARE(process->exitCode(), 1);
    const QString error = QString::fromLocal8Bit(process->readAllStandardError());
    QVERIFY2(error.contains(named), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestSandboxCommandLine)
#include "tst_SandboxCommandLine.moc"
