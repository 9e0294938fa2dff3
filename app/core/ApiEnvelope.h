#pragma once

#include <QJsonValue>
#include <QString>
#include <optional>

// Every answer of the API is wrapped in {code, status, message, data}.
struct ApiEnvelope
{
    std::optional<int> code;
    QString status;
    QString message;
    QJsonValue data;

    // "Failed" in the envelope is a failure even under HTTP 200; a missing status is trusted
    // to the HTTP code alone.
    bool saysFailed() const { return status.compare(u"Failed", Qt::CaseInsensitive) == 0; }
};

// Why an answer body could not be read as an envelope.
enum class AnswerProblem {
    None,
    Empty,      // no bytes at all
    Truncated,  // JSON that stops part way
    NotJson,    // HTML error pages, plain text, binary
    NotObject,  // valid JSON, but not an object
};

struct EnvelopeParse
{
    AnswerProblem problem = AnswerProblem::None;
    ApiEnvelope envelope;
    QString detail; // the parser's own words, for the details view
};
