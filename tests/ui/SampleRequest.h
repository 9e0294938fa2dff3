#pragma once

#include "PortraitRequest.h"

// Source video URLs for tests that only need a few that differ; `using namespace SampleUrls;`
// lets a test call them a(), b() and c().
namespace SampleUrls {
inline QString a() { return QStringLiteral("https://example.com/a.mp4"); }
inline QString b() { return QStringLiteral("https://example.com/b.mp4"); }
inline QString c() { return QStringLiteral("https://example.com/c.mp4"); }
} // namespace SampleUrls

// A request with every field filled, in the form the wire format gives back unchanged (clip
// times as TimeCode::format writes them), so a save and a load compare equal.
inline PortraitRequest sampleRequest(const QString &title, const QString &url = SampleUrls::a())
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
