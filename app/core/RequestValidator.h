#pragma once

#include "FieldError.h"
#include "PortraitRequest.h"

// Every rule a request must meet before anything is sent, in form order, so that the first
// error is the first field a person meets when reading the form from the top.
namespace RequestValidator {

FieldErrors validate(const PortraitRequest &request);

// One row's time text: an error message when it is typed but not a time, empty otherwise.
QString timeProblem(const QString &text);

} // namespace RequestValidator
