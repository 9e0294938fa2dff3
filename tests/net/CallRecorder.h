#pragma once

#include "ApiError.h"
#include "ContentCard.h"

#include <QByteArray>
#include <QList>
#include <QObject>

class ApiCall;

// What a call reported when it finished, copied out of it.
struct CallOutcome
{
    int timesFinished = 0;
    bool succeeded = false;
    ApiError error;
    int httpStatus = 0;
    QByteArray rawBody;
    ContentCard card;          // for calls that produce one
    QList<ContentCard> cards;  // for the list call
};

// Copies a call's outcome the moment it emits finished(): the call deletes itself once the
// signal has been delivered, so a test cannot read it after waiting in the event loop.
class CallRecorder : public QObject, public CallOutcome
{
    Q_OBJECT

public:
    explicit CallRecorder(ApiCall *call, QObject *parent = nullptr);

    // Waits in the event loop until the call has finished (at once if it already has).
    bool wait(int timeoutMs = 20000);

    // Answers the call with a canned answer and returns what it reported.
    static CallOutcome completed(ApiCall *call, int httpStatus, const QByteArray &body,
                                 const QByteArray &contentType = "application/json",
                                 const QByteArray &retryAfter = {});

signals:
    void recorded();

private:
    void record(ApiCall *call);
};
