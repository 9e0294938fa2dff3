#pragma once

#include "Credentials.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <chrono>

class ApiCall;
class CreatePortraitCall;
class DeleteContentCall;
class GetContentCall;
class ListContentsCall;
class QNetworkAccessManager;
class QNetworkRequest;
class SecretRedactor;
struct PortraitRequest;

// One per endpoint profile: where the API lives, whose token pair to use, how long to wait.
// The network manager is handed in, never global, so tests and the app can each bring their own.
// Every call it makes is its child and starts once control returns to the event loop, which
// leaves room to connect to finished() (or to answer it with completeWith in a test).
class VideographClient : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds defaultTimeout{30000};

    explicit VideographClient(QNetworkAccessManager *network, QObject *parent = nullptr);

    // The server root, e.g. https://api.videograph.ai; a URL that already ends in
    // /video/services/api/v1 is accepted too. endpoint() gives the root back without it.
    void setEndpoint(const QUrl &baseUrl);
    QUrl endpoint() const;

    void setCredentials(const Credentials &credentials);
    Credentials credentials() const;

    // The transfer timeout: how long a call may go without any byte moving.
    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const;

    // Where createPortrait posts to; the request preview shows the same address.
    QUrl createPortraitUrl() const;

    CreatePortraitCall *createPortrait(const PortraitRequest &request); // POST /contents/portrait_pro
    GetContentCall *getContent(const QString &contentId);              // GET /contents/{id}
    ListContentsCall *listContents(int start, int limit);               // GET /contents?start=&limit=
    DeleteContentCall *deleteContent(const QString &contentId);        // DELETE /contents/{id}

private:
    friend class ApiCall;

    // The one place the Authorization header is made. It goes only to `origin` (the endpoint
    // the call started from): a redirect elsewhere must not learn the token pair.
    static QNetworkRequest requestFor(const QUrl &target, const QUrl &origin,
                                      const Credentials &credentials,
                                      std::chrono::milliseconds timeout, bool hasBody);
    static QByteArray basicToken(const Credentials &credentials);
    static SecretRedactor redactorFor(const Credentials &credentials);

    QUrl apiUrl(const QString &encodedRoute) const;
    QUrl contentUrl(const QString &contentId) const;
    void prepare(ApiCall *call, const QByteArray &verb, const QUrl &url, const QByteArray &body = {});

    QPointer<QNetworkAccessManager> m_network;
    QUrl m_endpoint;
    Credentials m_credentials;
    std::chrono::milliseconds m_timeout = defaultTimeout;
};
