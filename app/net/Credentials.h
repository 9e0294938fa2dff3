#pragma once

#include <QString>

// An access token pair from the Videograph dashboard. The secret key lives only in memory here;
// where it is stored is the store layer's business.
struct Credentials
{
    QString tokenId;
    QString secretKey;

    bool isComplete() const { return !tokenId.isEmpty() && !secretKey.isEmpty(); }

    friend bool operator==(const Credentials &, const Credentials &) = default;
};
