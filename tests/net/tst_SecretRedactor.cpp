#include "SecretRedactor.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString secret = u"s3cr3t?>?>key~~~"_s;
const QString token = u"pp-token-4f1c"_s;
const QString base64 = u"cHAtdG9rZW4tNGYxYzpzM2NyM3Q/Pj8+a2V5fn5+"_s;

SecretRedactor redactor()
{
    return SecretRedactor({secret, token, base64});
}

} // namespace

class TestSecretRedactor : public QObject
{
    Q_OBJECT

private slots:
    void eachSecret_isMasked_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("secret key") << u"key=%1;"_s.arg(secret);
        QTest::newRow("token id") << u"user %1 denied"_s.arg(token);
        QTest::newRow("base64") << u"Authorization: Basic %1"_s.arg(base64);
        QTest::newRow("base64 JSON-escaped") << u"{\"auth\":\"Basic %1\"}"_s.arg(QString(base64).replace(u"/"_s, u"\\/"_s));
        QTest::newRow("secret JSON-escaped") << u"{\"k\":\"%1\"}"_s.arg(secret);
        QTest::newRow("base64 percent-encoded") << u"?auth=%1"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(base64)));
        QTest::newRow("secret percent-encoded") << u"?k=%1"_s.arg(QString::fromLatin1(QUrl::toPercentEncoding(secret)));
    }

    void eachSecret_isMasked()
    {
        QFETCH(QString, text);
        const QString redacted = redactor().redact(text);
        QVERIFY2(redacted.contains(u"•••"_s), qPrintable(redacted));
        QVERIFY(!redacted.contains(secret));
        QVERIFY(!redacted.contains(token));
        QVERIFY(!redacted.contains(base64));
        QVERIFY(!redacted.contains(u"Pj8"_s)); // no tail of the base64 survives
    }

    void textWithoutSecrets_isUnchanged()
    {
        QCOMPARE(redactor().redact(u"all fine"_s), u"all fine"_s);
    }

    void emptySecrets_maskNothing()
    {
        const SecretRedactor none({QString(), QString()});
        QCOMPARE(none.redact(u"abc"_s), u"abc"_s);
    }

    void secretContainingTheToken_isMaskedWhole()
    {
        const SecretRedactor nested({u"abc"_s, u"xxabcxx"_s});
        QCOMPARE(nested.redact(u"[xxabcxx]"_s), u"[•••]"_s);
    }

    void sample_isAtMostTwoKilobytesOfUtf8()
    {
        const QString text = QString(3000, u'é');
        const QString sample = redactor().sample(text);
        QVERIFY(sample.toUtf8().size() <= SecretRedactor::maxSampleBytes);
        QVERIFY(sample.toUtf8().size() > SecretRedactor::maxSampleBytes - 8);
        QVERIFY(sample.endsWith(u"…"_s));
    }

    void shortText_isSampledWhole()
    {
        QCOMPARE(redactor().sample(u"short"_s), u"short"_s);
    }

    void secretAcrossTheCut_leavesNoPiece()
    {
        const QString text = QString(SecretRedactor::maxSampleBytes - 5, u'a') + secret + QString(100, u'b');
        const QString sample = redactor().sample(text);
        QVERIFY(!sample.contains(u"s3cr"_s));
        QVERIFY(!sample.contains(u"s3c"_s));
    }

    void scrubbed_masksDetailsAndServerMessage()
    {
        ApiError error;
        error.kind = ApiError::Kind::Rejected;
        error.serverMessage = u"bad token %1"_s.arg(token);
        error.details = u"{\"echo\":\"%1\"}"_s.arg(secret);
        const ApiError safe = redactor().scrubbed(error);
        QVERIFY(!safe.serverMessage.contains(token));
        QVERIFY(!safe.details.contains(secret));
        QCOMPARE(safe.kind, ApiError::Kind::Rejected);
    }

    void scrubbed_masksASecretInTheUrl()
    {
        ApiError error;
        error.kind = ApiError::Kind::InsecureUrl;
        error.url = QUrl(u"http://elsewhere.example/?token=%1"_s.arg(token));
        const ApiError safe = redactor().scrubbed(error);
        QVERIFY(!safe.url.toString().contains(token));
        QCOMPARE(safe.url.host(), u"elsewhere.example"_s);
    }
};

QTEST_GUILESS_MAIN(TestSecretRedactor)
#include "tst_SecretRedactor.moc"
