#include "mock_backend/server/connection.h"

#include "mock_backend/http/apierror.h"

#include <QJsonDocument>
#include <QTcpSocket>

#include <algorithm>

namespace mock {

Connection::Connection(QTcpSocket *socket, LimitsProvider limits)
    : QObject(socket)
    , m_socket(socket)
    , m_limitsProvider(std::move(limits))
{
    setObjectName(QStringLiteral("converge-connection"));
    m_headerTimer.setSingleShot(true);
    m_idleTimer.setSingleShot(true);
    connect(&m_headerTimer, &QTimer::timeout, this, [this] {
        reject(408, "Request Timeout", QStringLiteral("request_timeout"),
               QStringLiteral("The request's headers did not arrive in time."));
    });
    connect(&m_idleTimer, &QTimer::timeout, this, &Connection::onIdleTimer);
    startRequest();
    // Queued bytes beyond one request's worth wait in the kernel, not in memory.
    socket->setReadBufferSize(m_limits.maxHeaderBytes + m_limits.maxBodyBytes + 64 * 1024);
    connect(socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
    noteActivity();
}

Connection *Connection::of(QTcpSocket *socket)
{
    return socket ? socket->findChild<Connection *>(QStringLiteral("converge-connection"),
                                                    Qt::FindDirectChildrenOnly)
                  : nullptr;
}

quint64 Connection::expectAnswer()
{
    startRequest(); // the parser is done with this request; the next byte starts another
    return m_nextTicket++;
}

void Connection::startRequest()
{
    m_limits = m_limitsProvider();
    m_scanner.start({m_limits.maxHeaderBytes, m_limits.maxHeaderCount, m_limits.maxBodyBytes});
    m_headerTimer.stop();
}

void Connection::onReadyRead()
{
    if (m_rejected) {
        m_socket->skip(m_socket->bytesAvailable());
        return;
    }
    // QHttpServer keeps a transaction open while it reads a request and has consumed every byte
    // it was given so far; with none open, the unread bytes start a new request.
    if (!m_socket->isTransactionStarted())
        startRequest();
    const bool wasStarted = m_scanner.started();
    // Only header bytes are looked at; body bytes are counted.
    const qint64 available = m_socket->bytesAvailable();
    const qint64 shown =
        m_scanner.headersDone() ? 0 : std::min(available, m_limits.maxHeaderBytes + 1);
    const RequestScanner::Verdict verdict =
        m_scanner.feed(m_socket->peek(shown), available - shown);
    switch (verdict) {
    case RequestScanner::Verdict::Fine:
        break;
    case RequestScanner::Verdict::HeadersTooLarge:
        reject(431, "Request Header Fields Too Large", QStringLiteral("headers_too_large"),
               QStringLiteral("The request line and headers exceed %1 bytes.")
                   .arg(m_limits.maxHeaderBytes));
        return;
    case RequestScanner::Verdict::TooManyHeaders:
        reject(
            431, "Request Header Fields Too Large", QStringLiteral("too_many_headers"),
            QStringLiteral("The request has more than %1 headers.").arg(m_limits.maxHeaderCount));
        return;
    case RequestScanner::Verdict::BodyTooLarge:
        reject(413, "Payload Too Large", QStringLiteral("payload_too_large"),
               QStringLiteral("The request body exceeds %1 bytes.").arg(m_limits.maxBodyBytes));
        return;
    }
    if (!wasStarted && m_scanner.started() && !m_scanner.headersDone())
        m_headerTimer.start(m_limits.headerTimeoutMs);
    else if (m_scanner.headersDone())
        m_headerTimer.stop();
    noteActivity();
}

void Connection::noteActivity()
{
    // Restarting a timer for every read and answer costs more than the rest of the guard; the
    // timer runs on and, when it fires, waits out whatever remains since the last activity.
    m_lastActivity.start();
    if (!m_idleTimer.isActive())
        m_idleTimer.start(m_limits.idleTimeoutMs);
}

void Connection::onIdleTimer()
{
    const qint64 quiet = m_lastActivity.elapsed();
    if (quiet < m_limits.idleTimeoutMs) {
        m_idleTimer.start(static_cast<int>(m_limits.idleTimeoutMs - quiet));
        return;
    }
    onIdle();
}

void Connection::reject(int status, const char *reason, const QString &code, const QString &message)
{
    if (m_rejected || !m_socket)
        return;
    m_rejected = true;
    m_headerTimer.stop();
    m_idleTimer.stop();
    // Nothing more of this connection reaches the parser.
    m_socket->skip(m_socket->bytesAvailable());
    const QByteArray body =
        QJsonDocument(ApiError {status, code, message, {}}.toJson()).toJson(QJsonDocument::Compact);
    QByteArray raw = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n\r\n" + body;
    answer(m_nextTicket++, [socket = m_socket, raw = std::move(raw)] {
        if (socket && socket->state() == QAbstractSocket::ConnectedState) {
            socket->write(raw);
            socket->disconnectFromHost(); // after the answer is sent
        }
    });
}

void Connection::onIdle()
{
    if (owed() > 0)
        return; // waiting for the server is not the client's idleness; rearmed when answered
    if (m_scanner.started()) {
        reject(408, "Request Timeout", QStringLiteral("request_timeout"),
               QStringLiteral("The request stopped arriving."));
    } else if (m_socket) {
        m_socket->disconnectFromHost();
    }
}

void Connection::answer(quint64 ticket, Answer answer)
{
    if (ticket == m_nextWritten) { // nothing earlier is outstanding: the usual case
        ++m_nextWritten;
        answer();
    } else {
        m_ready.emplace(ticket, std::move(answer));
    }
    writeReady();
}

void Connection::writeReady()
{
    for (auto it = m_ready.find(m_nextWritten); it != m_ready.end();
         it = m_ready.find(m_nextWritten)) {
        Answer answer = std::move(it->second);
        m_ready.erase(it);
        ++m_nextWritten;
        answer();
    }
    if (owed() == 0 && !m_rejected)
        noteActivity();
}

} // namespace mock
