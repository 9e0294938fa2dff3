#pragma once

#include "PortraitRequest.h"

// A request with every field filled, in the form the wire format gives back unchanged (clip
// times as TimeCode::format writes them), so a save and a load compare equal.
inline PortraitRequest sampleRequest(const QString &title,
                                     const QString &url = QStringLiteral("https://example.com/a.mp4"))
{
    PortraitRequest request;
    request.title = title;
    request.description = QStringLiteral("About ") + title;
    request.tags = {QStringLiteral("one"), QStringLiteral("two")};
    request.metadata = {{QStringLiteral("campaign"), title.toLower()}};
    request.signedPolicy = true;
    request.sources = {{url, {QStringLiteral("1:05"), QStringLiteral("1:35")}}};
    return request;
}
