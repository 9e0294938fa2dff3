#pragma once

#include "ApiEnvelope.h"
#include "ContentCard.h"
#include "PortraitRequest.h"

#include <QByteArray>
#include <QJsonObject>
#include <QStringList>
#include <optional>

struct QJsonParseError;

// The only place that knows the API's JSON field names, in both directions.
namespace WireFormat {

// The request body. Empty optional fields are left out; clip times that are not valid times
// yet are left out too, so a preview of an unfinished form still shows well-formed JSON.
QJsonObject requestToJson(const PortraitRequest &request);

// Whether JSON text that failed to parse was cut off rather than malformed. Qt names the error
// after what it expected next, which says little; where the parser stopped says more: text
// that is fine up to its last byte was cut off.
bool looksCutOff(const QJsonParseError &error, const QByteArray &text);
QByteArray requestToBody(const PortraitRequest &request);

struct RequestRead
{
    std::optional<PortraitRequest> request;
    QString error;              // why nothing could be read, worded for a person
    QStringList ignoredFields;  // fields this version does not know, read past
};

// A request body read back (presets, drafts). Fields of the wrong type are an error; unknown
// fields are read past and named. Extra names accepted at top level, such as "name", are
// listed in allowedExtras.
RequestRead requestFromJson(const QJsonObject &json, const QStringList &allowedExtras = {});

EnvelopeParse parseEnvelope(const QByteArray &body);

ContentCard contentFromJson(const QJsonObject &data);

} // namespace WireFormat
