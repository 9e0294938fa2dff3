#include "AnswerClassifier.h"

#include "RetryAfter.h"
#include "WireFormat.h"

#include <QCoreApplication>

namespace {

using Kind = ApiError::Kind;

QString tr(const char *text)
{
    return QCoreApplication::translate("AnswerClassifier", text);
}

Kind kindForErrorStatus(int status)
{
    if (status == 401 || status == 403)
        return Kind::Unauthorized;
    if (status == 404)
        return Kind::NotFound;
    if (status == 429)
        return Kind::RateLimited;
    if (status >= 500)
        return Kind::ServerError;
    return Kind::Rejected;
}

Kind kindForProblem(AnswerProblem problem)
{
    switch (problem) {
    case AnswerProblem::None:
        return Kind::None;
    case AnswerProblem::Empty:
        return Kind::EmptyAnswer;
    case AnswerProblem::Truncated:
        return Kind::TruncatedAnswer;
    case AnswerProblem::NotJson:
        return Kind::NotJson;
    case AnswerProblem::NotObject:
        return Kind::UnexpectedAnswer;
    }
    return Kind::UnexpectedAnswer;
}

// What the details view shows: the body itself, or when there is none, why.
QString detailsOf(const QByteArray &body, const QString &fallback)
{
    return body.isEmpty() ? fallback : QString::fromUtf8(body);
}

ApiError errorFor(Kind kind, const AnswerClassifier::Answer &answer, const QString &fallback)
{
    ApiError error;
    error.kind = kind;
    error.httpStatus = answer.httpStatus;
    error.details = detailsOf(answer.body, fallback);
    return error;
}

AnswerClassifier::Verdict classifyErrorStatus(const AnswerClassifier::Answer &answer,
                                              const QDateTime &now)
{
    ApiError error = errorFor(kindForErrorStatus(answer.httpStatus), answer,
                              tr("HTTP %1 without a body.").arg(answer.httpStatus));
    const EnvelopeParse parse = WireFormat::parseEnvelope(answer.body);
    if (parse.problem == AnswerProblem::None)
        error.serverMessage = parse.envelope.message;
    if (answer.httpStatus == 429 || answer.httpStatus == 503)
        error.retryAfterSecs = RetryAfter::seconds(answer.retryAfter, now);
    return {error, {}};
}

AnswerClassifier::Verdict classifySuccessStatus(const AnswerClassifier::Answer &answer)
{
    // 204 is a success that by definition has nothing to say; the call decides if that is enough.
    if (answer.httpStatus == 204 && answer.body.trimmed().isEmpty())
        return {};
    const EnvelopeParse parse = WireFormat::parseEnvelope(answer.body);
    const bool declaredOther = !answer.contentType.trimmed().isEmpty()
                               && !AnswerClassifier::isJsonContentType(answer.contentType);
    // A body labelled as something else is not trusted to be data, even if it happens to parse.
    if (declaredOther && parse.problem != AnswerProblem::Empty) {
        return {errorFor(Kind::NotJson, answer,
                         tr("Content-Type %1").arg(QString::fromLatin1(answer.contentType))),
                {}};
    }
    if (parse.problem != AnswerProblem::None)
        return {errorFor(kindForProblem(parse.problem), answer, parse.detail), {}};
    if (parse.envelope.saysFailed()) {
        ApiError error = errorFor(Kind::Failed, answer, {});
        error.serverMessage = parse.envelope.message;
        return {error, {}};
    }
    return {{}, parse.envelope.data};
}

} // namespace

namespace AnswerClassifier {

bool isJsonContentType(const QByteArray &contentType)
{
    const QByteArray mediaType = contentType.split(';').constFirst().trimmed().toLower();
    return mediaType == "application/json" || mediaType == "text/json" || mediaType.endsWith("+json");
}

Verdict classify(const Answer &answer, const QDateTime &now)
{
    if (answer.httpStatus >= 400)
        return classifyErrorStatus(answer, now);
    if (answer.httpStatus >= 200 && answer.httpStatus < 300)
        return classifySuccessStatus(answer);
    // 1xx never reaches here and 3xx is followed before; anything left is not an API answer.
    return {errorFor(Kind::UnexpectedAnswer, answer, tr("HTTP %1").arg(answer.httpStatus)), {}};
}

} // namespace AnswerClassifier
