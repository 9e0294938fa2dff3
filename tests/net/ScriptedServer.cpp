#include "ScriptedServer.h"

#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace {

QByteArray reasonFor(int status)
{
    switch (status) {
    case 200: return "OK";
    case 204: return "No Content";
    case 301: return "Moved Permanently";
    case 302: return "Found";
    case 303: return "See Other";
    case 307: return "Temporary Redirect";
    case 308: return "Permanent Redirect";
    case 400: return "Bad Request";
    case 401: return "Unauthorized";
    case 403: return "Forbidden";
    case 404: return "Not Found";
    case 429: return "Too Many Requests";
    case 500: return "Internal Server Error";
    case 502: return "Bad Gateway";
    case 503: return "Service Unavailable";
    case 504: return "Gateway Timeout";
    default: return "Whatever";
    }
}

QByteArray statusLine(int status)
{
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonFor(status);
}

ScriptedServer::Answer withBody(int status, const QByteArray &contentType, const QByteArray &body)
{
    ScriptedServer::Answer answer;
    answer.statusLine = statusLine(status);
    answer.headers = {{"Content-Type", contentType}};
    answer.body = body;
    return answer;
}

QByteArray headOf(const ScriptedServer::Answer &answer)
{
    QByteArray head = answer.statusLine + "\r\n";
    for (const auto &[name, value] : answer.headers)
        head += name + ": " + value + "\r\n";
    if (answer.announceLength)
        head += "Content-Length: " + QByteArray::number(answer.announcedLength.value_or(answer.body.size())) + "\r\n";
    return head + "Connection: close\r\n\r\n";
}

// Closing with a zero linger time makes the kernel send RST instead of FIN.
void resetConnection(QTcpSocket *socket)
{
#ifdef Q_OS_UNIX
    const linger hard{1, 0};
    ::setsockopt(static_cast<int>(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
#endif
    socket->abort();
}

std::optional<ScriptedServer::Request> parseRequest(const QByteArray &buffer)
{
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return std::nullopt;
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.constFirst().trimmed().split(' ');
    ScriptedServer::Request request;
    request.method = requestLine.value(0);
    request.target = requestLine.value(1);
    qsizetype length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray name = lines[i].left(colon).trimmed();
        const QByteArray value = lines[i].mid(colon + 1).trimmed();
        request.headers.append({name, value});
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
            length = value.toLongLong();
    }
    if (buffer.size() < headEnd + 4 + length)
        return std::nullopt;
    request.body = buffer.mid(headEnd + 4, length);
    return request;
}

} // namespace

bool ScriptedServer::Request::hasHeader(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QByteArray ScriptedServer::Request::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

ScriptedServer::Answer ScriptedServer::json(int status, const QByteArray &body)
{
    return withBody(status, "application/json", body);
}

ScriptedServer::Answer ScriptedServer::html(int status, const QByteArray &body)
{
    return withBody(status, "text/html; charset=utf-8", body);
}

ScriptedServer::Answer ScriptedServer::redirect(int status, const QUrl &location)
{
    Answer answer;
    answer.statusLine = statusLine(status);
    answer.headers = {{"Location", location.toEncoded()}};
    return answer;
}

ScriptedServer::Answer ScriptedServer::silent(Ending ending)
{
    Answer answer;
    answer.ending = ending;
    return answer;
}

ScriptedServer::ScriptedServer(QObject *parent)
    : QObject(parent)
{
}

ScriptedServer::~ScriptedServer() = default;

bool ScriptedServer::listen()
{
    return listenOn(std::make_unique<QTcpServer>(), false);
}

bool ScriptedServer::listenTls(const QSslConfiguration &configuration)
{
    auto server = std::make_unique<QSslServer>();
    server->setSslConfiguration(configuration);
    return listenOn(std::move(server), true);
}

bool ScriptedServer::listenOn(std::unique_ptr<QTcpServer> server, bool tls)
{
    m_server = std::move(server);
    m_tls = tls;
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &ScriptedServer::acceptPending);
    return m_server->listen(QHostAddress::LocalHost);
}

quint16 ScriptedServer::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl ScriptedServer::url(const QString &path, const QString &host) const
{
    QUrl url;
    url.setScheme(m_tls ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(host);
    url.setPort(port());
    url.setPath(path);
    return url;
}

void ScriptedServer::setAnswers(const QList<Answer> &answers)
{
    m_answers = answers;
}

void ScriptedServer::acceptPending()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_connections;
        socket->setParent(this);
        auto buffer = std::make_shared<QByteArray>();
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] { readFrom(socket, buffer); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        readFrom(socket, buffer);
    }
}

void ScriptedServer::readFrom(QTcpSocket *socket, const std::shared_ptr<QByteArray> &buffer)
{
    buffer->append(socket->readAll());
    const std::optional<Request> request = parseRequest(*buffer);
    if (!request)
        return;
    // One request per connection: whatever else arrives on it is not read.
    disconnect(socket, &QTcpSocket::readyRead, this, nullptr);
    m_requests.append(*request);
    answer(socket);
    emit requestReceived();
}

void ScriptedServer::answer(QTcpSocket *socket)
{
    const Answer script = nextAnswer();
    switch (script.ending) {
    case Ending::Complete:
        socket->write(headOf(script) + script.body);
        socket->disconnectFromHost();
        break;
    case Ending::CloseMidBody:
        socket->write(headOf(script) + script.body.left(script.bodyBytesSent));
        socket->disconnectFromHost();
        break;
    case Ending::StallMidBody:
        socket->write(headOf(script) + script.body.left(script.bodyBytesSent));
        break;
    case Ending::Reset:
        resetConnection(socket);
        break;
    case Ending::CloseWithoutAnswer:
        socket->disconnectFromHost();
        break;
    case Ending::NeverAnswer:
        break;
    case Ending::StreamForever:
        socket->write(headOf(script));
        connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { stream(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this] { m_streamStopped = true; });
        stream(socket);
        break;
    }
}

void ScriptedServer::stream(QTcpSocket *socket)
{
    static const QByteArray chunk(64 * 1024, 'x');
    while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 4 * chunk.size()) {
        socket->write(chunk);
        m_streamedBytes += chunk.size();
    }
}

ScriptedServer::Answer ScriptedServer::nextAnswer()
{
    if (m_answers.isEmpty())
        return json(500, R"({"status":"Failed","message":"no answer scripted"})");
    return m_answers.size() > 1 ? m_answers.takeFirst() : m_answers.constFirst();
}
