#include "CallRecorder.h"

#include "ApiCall.h"
#include "ContentCardCall.h"
#include "ListContentsCall.h"

#include <QSignalSpy>

CallRecorder::CallRecorder(ApiCall *call, QObject *parent)
    : QObject(parent)
{
    connect(call, &ApiCall::finished, this, [this, call] { record(call); });
}

bool CallRecorder::wait(int timeoutMs)
{
    if (timesFinished > 0)
        return true;
    QSignalSpy spy(this, &CallRecorder::recorded);
    return spy.wait(timeoutMs);
}

CallOutcome CallRecorder::completed(ApiCall *call, int httpStatus, const QByteArray &body,
                                    const QByteArray &contentType, const QByteArray &retryAfter)
{
    CallRecorder recorder(call);
    call->completeWith(httpStatus, body, contentType, retryAfter);
    return recorder;
}

void CallRecorder::record(ApiCall *call)
{
    ++timesFinished;
    succeeded = call->succeeded();
    error = call->error();
    httpStatus = call->httpStatus();
    rawBody = call->rawBody();
    if (auto *single = qobject_cast<ContentCardCall *>(call))
        card = single->card();
    if (auto *list = qobject_cast<ListContentsCall *>(call))
        cards = list->cards();
    emit recorded();
}
