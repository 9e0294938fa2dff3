#include "NetworkFailure.h"

#include <QTest>

using Kind = ApiError::Kind;
using Error = QNetworkReply::NetworkError;

class TestNetworkFailure : public QObject
{
    Q_OBJECT

private slots:
    void kindOf_data()
    {
        QTest::addColumn<Error>("error");
        QTest::addColumn<Kind>("kind");
        QTest::newRow("refused") << QNetworkReply::ConnectionRefusedError << Kind::ConnectionRefused;
        QTest::newRow("closed") << QNetworkReply::RemoteHostClosedError << Kind::ConnectionReset;
        QTest::newRow("not resent") << QNetworkReply::ContentReSendError << Kind::ConnectionReset;
        QTest::newRow("host not found") << QNetworkReply::HostNotFoundError << Kind::HostNotFound;
        QTest::newRow("socket timeout") << QNetworkReply::TimeoutError << Kind::Timeout;
        QTest::newRow("transfer timeout") << QNetworkReply::OperationCanceledError << Kind::Timeout;
        QTest::newRow("tls") << QNetworkReply::SslHandshakeFailedError << Kind::Tls;
        QTest::newRow("temporary") << QNetworkReply::TemporaryNetworkFailureError << Kind::Network;
        QTest::newRow("proxy") << QNetworkReply::ProxyConnectionRefusedError << Kind::Network;
        QTest::newRow("unknown") << QNetworkReply::UnknownNetworkError << Kind::Network;
        QTest::newRow("none") << QNetworkReply::NoError << Kind::None;
    }

    void kindOf()
    {
        QFETCH(Error, error);
        QFETCH(Kind, kind);
        QCOMPARE(NetworkFailure::kindOf(error), kind);
    }

    void transportErrors_areToldFromHttpStatusErrors()
    {
        QVERIFY(NetworkFailure::isTransportError(QNetworkReply::RemoteHostClosedError));
        QVERIFY(NetworkFailure::isTransportError(QNetworkReply::OperationCanceledError));
        QVERIFY(NetworkFailure::isTransportError(QNetworkReply::ProtocolFailure));
        QVERIFY(!NetworkFailure::isTransportError(QNetworkReply::NoError));
        QVERIFY(!NetworkFailure::isTransportError(QNetworkReply::ContentNotFoundError));
        QVERIFY(!NetworkFailure::isTransportError(QNetworkReply::InternalServerError));
        QVERIFY(!NetworkFailure::isTransportError(QNetworkReply::AuthenticationRequiredError));
    }
};

QTEST_GUILESS_MAIN(TestNetworkFailure)
#include "tst_NetworkFailure.moc"
