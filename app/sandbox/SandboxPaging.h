#pragma once

#include <QString>

class QUrlQuery;

// Reads ?start=<offset>&limit=<n> of the list route. Bounds are the sandbox's own choice (the
// docs give none): a strict reading here catches a client that sends pages it never meant to.
class SandboxPaging
{
public:
    static constexpr int defaultLimit = 20;
    static constexpr int maxLimit = 100;

    struct Page
    {
        int start = 0;
        int limit = defaultLimit;
        QString problem; // empty when the query is acceptable
    };

    static Page fromQuery(const QUrlQuery &query);

private:
    static bool readCount(const QString &text, int *value);
};
