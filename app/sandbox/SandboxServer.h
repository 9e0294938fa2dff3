#pragma once

#include "SandboxCredentials.h"
#include "SandboxOptions.h"
#include "SandboxStore.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <optional>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;
class QTcpServer;

// A Videograph-compatible contents API on the loopback interface: the endpoint behind the
// offline "Sandbox" profile and the server the end-to-end tests talk to over real TCP.
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(SandboxOptions options = {}, QObject *parent = nullptr);
    ~SandboxServer() override;

    // Listens on 127.0.0.1; port 0 picks a free one. Returns the bound port, or 0 with
    // errorString() set.
    quint16 listen(quint16 port = 0);

    quint16 port() const;
    QUrl baseUrl() const; // e.g. http://127.0.0.1:PORT/video/services/api/v1
    QString errorString() const;

    int contentCount() const;
    int requestCount() const; // every request received, whatever its route or outcome

private:
    void registerRoutes();
    QHttpServerResponse handleCreate(const QHttpServerRequest &request);
    QHttpServerResponse handleFetch(const QString &contentId, const QHttpServerRequest &request);
    QHttpServerResponse handleList(const QHttpServerRequest &request);
    QHttpServerResponse handleDelete(const QString &contentId, const QHttpServerRequest &request);
    QHttpServerResponse handleUnknownRoute(const QHttpServerRequest &request);

    // Empty when the request may proceed, otherwise the refusal to send.
    std::optional<QHttpServerResponse> refuseUnauthorized(const QHttpServerRequest &request) const;
    std::optional<QHttpServerResponse> refuseNonJsonBody(const QHttpServerRequest &request) const;
    static QHttpServerResponse contentNotFound(const QString &contentId);

    SandboxCredentials m_credentials;
    SandboxStore m_store;
    QHttpServer *m_http;
    QTcpServer *m_tcp = nullptr;
    QString m_errorString;
    int m_requestCount = 0;
};
