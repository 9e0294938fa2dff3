#pragma once

#include "ApiError.h"

#include <QString>

// The words a person reads for each kind of failure: a short caption and what to do about it.
namespace ApiErrorText {

QString caption(const ApiError &error);
QString explanation(const ApiError &error);

// Whether a create request that failed this way may still have created the content, so the
// window must not suggest simply sending it again.
bool outcomeUnknown(const ApiError &error);

} // namespace ApiErrorText
