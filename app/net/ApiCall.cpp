#include "ApiCall.h"

#include "NetworkFailure.h"
#include "TransportPolicy.h"
#include "UnrepeatableBody.h"
#include "VideographClient.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <algorithm>
#include <limits>

using Kind = ApiError::Kind;

namespace {

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

QString shown(const QUrl &url)
{
    return url.toString(QUrl::RemoveUserInfo);
}

} // namespace

ApiCall::ApiCall(QObject *parent)
    : QObject(parent)
{
}

ApiCall::~ApiCall()
{
    dropReply();
}

void ApiCall::abort()
{
    if (m_finished)
        return;
    dropReply();
    fail(Kind::Cancelled, tr("Cancelled before the answer arrived."));
}

void ApiCall::completeWith(int httpStatus, const QByteArray &body, const QByteArray &contentType,
                           const QByteArray &retryAfter)
{
    if (m_finished)
        return;
    dropReply();
    finishWithAnswer({httpStatus, contentType, body, retryAfter});
}

void ApiCall::prepare(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                      QNetworkAccessManager *network, const Credentials &credentials,
                      std::chrono::milliseconds timeout)
{
    m_verb = verb;
    m_url = url;
    m_origin = url;
    m_requestBody = body;
    m_network = network;
    m_credentials = credentials;
    m_timeout = timeout;
    m_redactor = VideographClient::redactorFor(credentials);
    // Queued, so whoever asked for the call can connect to it (or complete it) first.
    QMetaObject::invokeMethod(this, &ApiCall::start, Qt::QueuedConnection);
}

void ApiCall::start()
{
    if (!m_finished)
        send();
}

void ApiCall::send()
{
    if (const Kind refusal = TransportPolicy::refusalFor(m_url); refusal != Kind::None)
        return fail(refusal, shown(m_url));
    if (!m_network)
        return fail(Kind::Network, tr("No network access manager is available."));
    m_body.clear();
    m_tlsProblems.clear();
    QNetworkRequest request = VideographClient::requestFor(m_url, m_origin, m_credentials, m_timeout,
                                                           !m_requestBody.isEmpty());
    if (m_requestBody.isEmpty())
        return watch(m_network->sendCustomRequest(request, m_verb));
    // Streamed, not buffered by Qt: a buffered copy could be rewound and sent twice.
    request.setHeader(QNetworkRequest::ContentLengthHeader, m_requestBody.size());
    request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
    auto *body = new UnrepeatableBody(m_requestBody);
    QNetworkReply *reply = m_network->sendCustomRequest(request, m_verb, body);
    body->setParent(reply);
    watch(reply);
}

void ApiCall::watch(QNetworkReply *reply)
{
    m_reply = reply;
    connect(reply, &QNetworkReply::metaDataChanged, this, &ApiCall::onMetaDataChanged);
    connect(reply, &QNetworkReply::readyRead, this, &ApiCall::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    // Recorded so the details can say what is wrong with the certificate; never ignored.
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            m_tlsProblems.append(error.errorString());
    });
    // A manager deleted under a running call takes the reply with it, without finished().
    connect(reply, &QObject::destroyed, this, [this] {
        if (!m_finished)
            fail(Kind::Network, tr("The network access manager went away during the request."));
    });
}

void ApiCall::onMetaDataChanged()
{
    m_httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QVariant announced = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (announced.isValid())
        refuseIfTooLarge(announced.toLongLong());
}

void ApiCall::onReadyRead()
{
    // Drained as it arrives, so the cap is checked before the reply can hoard the rest.
    m_body += m_reply->readAll();
    refuseIfTooLarge(m_body.size());
}

bool ApiCall::refuseIfTooLarge(qint64 bytes)
{
    if (bytes <= TransportPolicy::maxAnswerBytes)
        return false;
    dropReply();
    fail(Kind::TooLarge, tr("At least %1 bytes; the limit is %2.")
                             .arg(bytes)
                             .arg(TransportPolicy::maxAnswerBytes));
    return true;
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (reply->isOpen()) // not after the transfer timeout closed it
        m_body += reply->readAll();
    if (refuseIfTooLarge(m_body.size()))
        return;
    dropReply();
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid())
        return failFromTransport(reply);
    m_httpStatus = status.toInt();
    const bool interrupted = NetworkFailure::isTransportError(reply->error());
    // A 4xx/5xx status says enough on its own; a cut-off success or redirect does not.
    if (interrupted && m_httpStatus < 400)
        return failInterrupted(reply);
    if (isRedirect(m_httpStatus) && reply->hasRawHeader("Location"))
        return followRedirect(reply->rawHeader("Location"));
    finishWithAnswer({m_httpStatus, reply->rawHeader("Content-Type"), m_body,
                      reply->rawHeader("Retry-After")});
}

void ApiCall::followRedirect(const QByteArray &location)
{
    if (++m_redirects > TransportPolicy::maxRedirects)
        return fail(Kind::Network, tr("Stopped after %1 redirects at %2.")
                                       .arg(TransportPolicy::maxRedirects)
                                       .arg(shown(m_url)));
    const TransportPolicy::Hop hop = TransportPolicy::redirectTarget(m_url, location);
    if (hop.refusal != Kind::None) {
        const QString from = shown(m_url);
        if (hop.target.isValid())
            m_url = hop.target;
        return fail(hop.refusal, tr("Redirect from %1 to %2 refused.")
                                     .arg(from, QString::fromLatin1(location)));
    }
    // 303 means "look over there" (RFC 9110): the answer is fetched, the body not sent again.
    if (m_httpStatus == 303) {
        m_verb = QByteArrayLiteral("GET");
        m_requestBody.clear();
    }
    m_url = hop.target;
    send();
}

void ApiCall::failFromTransport(QNetworkReply *reply)
{
    const QNetworkReply::NetworkError error = reply->error();
    const Kind kind = m_tlsProblems.isEmpty() ? NetworkFailure::kindOf(error) : Kind::Tls;
    fail(kind, transportDetails(reply, kind));
}

QString ApiCall::transportDetails(QNetworkReply *reply, Kind kind) const
{
    // Qt's own words for these two ("Operation canceled", "Unknown error") would mislead.
    if (kind == Kind::Timeout)
        return tr("No data moved for %1 ms.").arg(m_timeout.count());
    if (reply->error() == QNetworkReply::ContentReSendError)
        return tr("The connection closed after the request was sent. It was not sent again, "
                  "so it cannot have been carried out twice.");
    QString details = reply->errorString();
    for (const QString &problem : m_tlsProblems) {
        if (!details.contains(problem))
            details += u'\n' + problem;
    }
    return details;
}

void ApiCall::failInterrupted(QNetworkReply *reply)
{
    const Kind kind = NetworkFailure::kindOf(reply->error()) == Kind::Timeout ? Kind::Timeout
                                                                              : Kind::TruncatedAnswer;
    fail(kind, tr("%1 (after %2 bytes of the answer)").arg(transportDetails(reply, kind)).arg(m_body.size()));
}

void ApiCall::finishWithAnswer(const AnswerClassifier::Answer &answer)
{
    m_httpStatus = answer.httpStatus;
    m_body = answer.body;
    const AnswerClassifier::Verdict verdict = AnswerClassifier::classify(answer);
    if (verdict.error.isError())
        return finish(verdict.error);
    if (!readData(verdict.data))
        return fail(Kind::UnexpectedAnswer, QString::fromUtf8(answer.body));
    finish({});
}

void ApiCall::fail(Kind kind, const QString &details)
{
    ApiError error;
    error.kind = kind;
    error.httpStatus = m_httpStatus;
    error.details = details;
    if (kind == Kind::Timeout)
        error.waitedMs = static_cast<int>(std::min<qint64>(m_timeout.count(), std::numeric_limits<int>::max()));
    finish(error);
}

void ApiCall::finish(ApiError error)
{
    if (m_finished)
        return;
    m_finished = true;
    if (error.isError() && error.url.isEmpty())
        error.url = m_url.adjusted(QUrl::RemoveUserInfo);
    m_error = m_redactor.scrubbed(error);
    emit finished();
    deleteLater();
}

void ApiCall::dropReply()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    // Disconnected first: an abort from here must not read as the transfer timeout firing.
    reply->disconnect(this);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}
