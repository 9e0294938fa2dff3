#pragma once

#include "Credentials.h"
#include "PortraitRequest.h"

#include <QByteArray>

// Values shared by the net suites. The secret is chosen so its base64 holds '/' and '+',
// the characters that change spelling when a server echoes them in JSON or a URL.
namespace NetTestData {

Credentials credentials();

// "Basic " + base64(token:secret), written out here independently of the client's own code.
QByteArray expectedAuthorization();

QString expectedBase64();

// The reference page's own example request.
PortraitRequest referenceRequest();

// The reference page's own example answer (tests/golden/reference-answer.json).
QByteArray referenceAnswer();

// A loopback port nothing listens on: taken from the system, then given back.
quint16 unusedPort();

} // namespace NetTestData
