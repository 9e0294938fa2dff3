#pragma once

#include "AnswerClassifier.h"
#include "ApiError.h"
#include "Credentials.h"
#include "SecretRedactor.h"

#include <QByteArray>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <chrono>

class QNetworkAccessManager;
class QNetworkReply;

// The shared base of every API call: it sends the request its VideographClient prepared,
// follows redirects itself (so the Authorization header never reaches another origin), caps
// the answer size, reads the envelope and classifies failures.
// A call starts once control returns to the event loop, emits finished() exactly once, and
// is owned by its client. It deletes itself after finished() has been delivered, so keep a
// QPointer if you hold on to one.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    ~ApiCall() override;

    bool isRunning() const { return !m_finished; }
    bool succeeded() const { return !m_finished ? false : !m_error.isError(); }
    const ApiError &error() const { return m_error; }
    int httpStatus() const { return m_httpStatus; }
    QByteArray rawBody() const { return m_body; }

    // Stops the call; finished() follows, before this returns, with ApiError::Kind::Cancelled.
    void abort();

    // Completes the call as if the server had answered this, without any network: lets unit
    // tests check every answer path with canned JSON. finished() is emitted before this
    // returns; a request already on its way is dropped.
    void completeWith(int httpStatus, const QByteArray &body,
                      const QByteArray &contentType = "application/json",
                      const QByteArray &retryAfter = {});

signals:
    void finished();

protected:
    explicit ApiCall(QObject *parent = nullptr);

    // Reads the envelope's data; returns false when what the call needs is missing.
    virtual bool readData(const QJsonValue &data) = 0;

private:
    friend class VideographClient;

    void prepare(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                 QNetworkAccessManager *network, const Credentials &credentials,
                 std::chrono::milliseconds timeout);
    void start();
    void send();
    void watch(QNetworkReply *reply);
    void onMetaDataChanged();
    void onReadyRead();
    void onReplyFinished();
    bool refuseIfTooLarge(qint64 bytes);
    void followRedirect(const QByteArray &location);
    void failFromTransport(QNetworkReply *reply);
    QString transportDetails(QNetworkReply *reply, ApiError::Kind kind) const;
    void failInterrupted(QNetworkReply *reply);
    void finishWithAnswer(const AnswerClassifier::Answer &answer);
    void fail(ApiError::Kind kind, const QString &details);
    void finish(ApiError error);
    void dropReply();

    QPointer<QNetworkAccessManager> m_network;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_verb;
    QUrl m_url;    // where the current hop goes
    QUrl m_origin; // where the call started: the only origin that gets the Authorization header
    QByteArray m_requestBody;
    Credentials m_credentials;
    std::chrono::milliseconds m_timeout{};
    SecretRedactor m_redactor;
    QStringList m_tlsProblems;
    int m_redirects = 0;

    QByteArray m_body;
    ApiError m_error;
    int m_httpStatus = 0;
    bool m_finished = false;
};
