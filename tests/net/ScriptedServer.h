#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QSslConfiguration>
#include <QUrl>
#include <memory>
#include <optional>
#include <utility>

class QTcpServer;
class QTcpSocket;

// A loopback HTTP server for tests that answers each request with canned raw bytes, including
// the broken answers real servers and proxies give: cut-off bodies, resets, silence, HTML,
// endless streams and redirects. It records every request it receives, headers included.
// Each connection carries one request and is then closed, so each answer is easy to reason about.
class ScriptedServer : public QObject
{
    Q_OBJECT

public:
    enum class Ending {
        Complete,           // the whole answer, then close
        CloseMidBody,       // the head and bodyBytesSent bytes of the body, then close
        Reset,              // read the request, then reset the connection (TCP RST)
        CloseWithoutAnswer, // read the request, then close without sending a byte
        NeverAnswer,        // read the request, then stay connected and silent
        StallMidBody,       // the head and bodyBytesSent bytes of the body, then silence
        StreamForever,      // the head, then body bytes for as long as the client reads
    };

    struct Answer
    {
        QByteArray statusLine = "HTTP/1.1 200 OK";
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;
        Ending ending = Ending::Complete;
        qsizetype bodyBytesSent = 0;             // for CloseMidBody and StallMidBody
        std::optional<qint64> announcedLength;   // Content-Length to claim instead of body.size()
        bool announceLength = true;              // false: no Content-Length, body ends at close
    };

    struct Request
    {
        QByteArray method;
        QByteArray target;
        QList<std::pair<QByteArray, QByteArray>> headers;
        QByteArray body;

        bool hasHeader(const QByteArray &name) const;
        QByteArray header(const QByteArray &name) const;
    };

    static Answer json(int status, const QByteArray &body);
    static Answer html(int status, const QByteArray &body);
    static Answer redirect(int status, const QUrl &location);
    static Answer silent(Ending ending);

    explicit ScriptedServer(QObject *parent = nullptr);
    ~ScriptedServer() override;

    bool listen();
    bool listenTls(const QSslConfiguration &configuration);
    quint16 port() const;
    // http(s)://host:port/path; the host defaults to 127.0.0.1.
    QUrl url(const QString &path = {}, const QString &host = QStringLiteral("127.0.0.1")) const;

    // Answered in order; the last one answers every request after it.
    void setAnswers(const QList<Answer> &answers);

    const QList<Request> &requests() const { return m_requests; }
    int connectionCount() const { return m_connections; }
    qint64 streamedBytes() const { return m_streamedBytes; }
    bool streamStopped() const { return m_streamStopped; }

signals:
    void requestReceived();

private:
    bool listenOn(std::unique_ptr<QTcpServer> server, bool tls);
    void acceptPending();
    void readFrom(QTcpSocket *socket, const std::shared_ptr<QByteArray> &buffer);
    void answer(QTcpSocket *socket);
    void stream(QTcpSocket *socket);
    Answer nextAnswer();

    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
    QList<Answer> m_answers;
    QList<Request> m_requests;
    int m_connections = 0;
    qint64 m_streamedBytes = 0;
    bool m_streamStopped = false;
};
