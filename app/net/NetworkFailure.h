#pragma once

#include "ApiError.h"

#include <QNetworkReply>

// What a QNetworkReply's transport error means for the person waiting.
namespace NetworkFailure {

// Errors from the connection itself, as opposed to those Qt derives from an HTTP status;
// only these can interrupt an answer whose status line already arrived.
bool isTransportError(QNetworkReply::NetworkError error);

// OperationCanceledError is read as a timeout: the call detaches from its reply before it
// aborts it itself, so the only canceller left is the transfer timeout.
ApiError::Kind kindOf(QNetworkReply::NetworkError error);

} // namespace NetworkFailure
