#include "RequestValidator.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

PortraitRequest validRequest()
{
    PortraitRequest request;
    request.title = u"Match highlights"_s;
    request.sources = {{u"https://example.com/match.mp4"_s, {}}};
    return request;
}

bool hasError(const FieldErrors &errors, FieldError::Field field, int row = -1)
{
    return std::any_of(errors.cbegin(), errors.cend(),
                       [&](const FieldError &e) { return e.field == field && e.row == row; });
}

} // namespace

class TestRequestValidator : public QObject
{
    Q_OBJECT

private slots:
    void validRequest_hasNoErrors()
    {
        QCOMPARE(RequestValidator::validate(validRequest()), FieldErrors{});
    }

    void blankTitle_isAnError()
    {
        PortraitRequest request = validRequest();
        request.title = u"   "_s;
        QVERIFY(hasError(RequestValidator::validate(request), FieldError::Field::Title));
    }

    void duplicateTag_isFlaggedOnTheRepeat()
    {
        PortraitRequest request = validRequest();
        request.tags = {u"Sport"_s, u"news"_s, u"SPORT"_s};
        const FieldErrors errors = RequestValidator::validate(request);
        QVERIFY(hasError(errors, FieldError::Field::Tags, 2));
        QVERIFY(!hasError(errors, FieldError::Field::Tags, 0));
    }

    void blankTag_isAnError()
    {
        PortraitRequest request = validRequest();
        request.tags = {u"ok"_s, u" "_s};
        QVERIFY(hasError(RequestValidator::validate(request), FieldError::Field::Tags, 1));
    }

    void metadataWithoutKey_isAnError()
    {
        PortraitRequest request = validRequest();
        request.metadata = {{u""_s, u"value"_s}};
        QVERIFY(hasError(RequestValidator::validate(request), FieldError::Field::MetadataKey, 0));
    }

    void metadataKeyTwice_isAnErrorOnTheSecond()
    {
        PortraitRequest request = validRequest();
        request.metadata = {{u"campaign"_s, u"a"_s}, {u"campaign"_s, u"b"_s}};
        const FieldErrors errors = RequestValidator::validate(request);
        QVERIFY(hasError(errors, FieldError::Field::MetadataKey, 1));
        QVERIFY(!hasError(errors, FieldError::Field::MetadataKey, 0));
    }

    void metadataWithEmptyValue_isAllowed()
    {
        PortraitRequest request = validRequest();
        request.metadata = {{u"campaign"_s, QString()}};
        QCOMPARE(RequestValidator::validate(request), FieldErrors{});
    }

    void noPlaybackPolicy_isAnError()
    {
        PortraitRequest request = validRequest();
        request.publicPolicy = false;
        request.signedPolicy = false;
        QVERIFY(hasError(RequestValidator::validate(request), FieldError::Field::PlaybackPolicy));
    }

    void signedOnly_isAllowed()
    {
        PortraitRequest request = validRequest();
        request.publicPolicy = false;
        request.signedPolicy = true;
        QCOMPARE(RequestValidator::validate(request), FieldErrors{});
    }

    void noSources_isAnError()
    {
        PortraitRequest request = validRequest();
        request.sources.clear();
        QVERIFY(hasError(RequestValidator::validate(request), FieldError::Field::Sources));
    }

    void malformedSourceUrl_isAnErrorOnItsRow()
    {
        PortraitRequest request = validRequest();
        request.sources.append({u"not a url"_s, {}});
        QVERIFY(hasError(RequestValidator::validate(request), FieldError::Field::SourceUrl, 1));
    }

    void startThatIsNotATime_isAnError()
    {
        PortraitRequest request = validRequest();
        request.sources[0].clip = {u"1m30"_s, QString()};
        const FieldErrors errors = RequestValidator::validate(request);
        QVERIFY(hasError(errors, FieldError::Field::SourceStart, 0));
        QVERIFY(errors.first().message.contains(u"1m30"_s));
    }

    void startAfterEnd_isAnErrorOnTheEnd()
    {
        PortraitRequest request = validRequest();
        request.sources[0].clip = {u"2:00"_s, u"1:00"_s};
        QVERIFY(hasError(RequestValidator::validate(request), FieldError::Field::SourceEnd, 0));
    }

    void startEqualToEnd_isAnError()
    {
        PortraitRequest request = validRequest();
        request.sources[0].clip = {u"60"_s, u"1:00"_s};
        QVERIFY(hasError(RequestValidator::validate(request), FieldError::Field::SourceEnd, 0));
    }

    void startOrEndAlone_isAllowed()
    {
        PortraitRequest request = validRequest();
        request.sources = {{u"https://a.com/1.mp4"_s, {u"10"_s, QString()}},
                           {u"https://a.com/2.mp4"_s, {QString(), u"0:10"_s}}};
        QCOMPARE(RequestValidator::validate(request), FieldErrors{});
    }

    void errors_comeInFormOrder()
    {
        PortraitRequest request;
        request.publicPolicy = false;
        const FieldErrors errors = RequestValidator::validate(request);
        QCOMPARE(errors.size(), 3);
        QCOMPARE(errors[0].field, FieldError::Field::Title);
        QCOMPARE(errors[1].field, FieldError::Field::PlaybackPolicy);
        QCOMPARE(errors[2].field, FieldError::Field::Sources);
    }

    void everyError_saysHowToFixIt()
    {
        PortraitRequest request;
        request.publicPolicy = false;
        request.tags = {QString()};
        request.metadata = {{}};
        request.sources = {{u"ftp://x"_s, {u"b"_s, u"a"_s}}};
        for (const FieldError &error : RequestValidator::validate(request))
            QVERIFY2(error.message.size() > 20, qPrintable(error.message));
    }
};

QTEST_GUILESS_MAIN(TestRequestValidator)
#include "tst_RequestValidator.moc"
