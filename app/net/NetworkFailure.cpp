#include "NetworkFailure.h"

namespace NetworkFailure {

bool isTransportError(QNetworkReply::NetworkError error)
{
    const int code = static_cast<int>(error);
    return (code > 0 && code < 200) || error == QNetworkReply::ProtocolUnknownError
        || error == QNetworkReply::ProtocolFailure;
}

ApiError::Kind kindOf(QNetworkReply::NetworkError error)
{
    using Kind = ApiError::Kind;
    switch (error) {
    case QNetworkReply::NoError:
        return Kind::None;
    case QNetworkReply::ConnectionRefusedError:
        return Kind::ConnectionRefused;
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError: // closed after the request went out; not sent twice
        return Kind::ConnectionReset;
    case QNetworkReply::HostNotFoundError:
        return Kind::HostNotFound;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return Kind::Timeout;
    case QNetworkReply::SslHandshakeFailedError:
        return Kind::Tls;
    default:
        return Kind::Network;
    }
}

} // namespace NetworkFailure
