#pragma once

#include "mock_backend/server/connectionlimits.h"
#include "mock_backend/server/requestscanner.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <map>

class QTcpSocket;

namespace mock {

// One client connection as the server sees it, a child of its socket. In front of QHttpServer
// it enforces the limits and timeouts before a request is buffered, and it lets answers leave
// in request order however long each took to compute (HTTP/1.1 pipelining).
class Connection : public QObject
{
    Q_OBJECT

public:
    using LimitsProvider = std::function<ConnectionLimits()>;
    using Answer = std::function<void()>;

    // Call before QHttpServer sees the socket, so the guards read each byte before its parser.
    Connection(QTcpSocket *socket, LimitsProvider limits);

    static Connection *of(QTcpSocket *socket);

    // QHttpServer has read a whole request: reserves the next place in line for its answer.
    quint64 expectAnswer();
    // Runs answer once every earlier answer has been written (it may also abort the socket).
    void answer(quint64 ticket, Answer answer);
    // A limit or timeout was hit: no further request is served on this connection.
    bool isRejected() const { return m_rejected; }

private:
    void onReadyRead();
    void startRequest();
    void reject(int status, const char *reason, const QString &code, const QString &message);
    void noteActivity();
    void onIdleTimer();
    void onIdle();
    void writeReady();
    qint64 owed() const { return static_cast<qint64>(m_nextTicket - m_nextWritten); }

    QPointer<QTcpSocket> m_socket;
    LimitsProvider m_limitsProvider;
    ConnectionLimits m_limits;
    RequestScanner m_scanner;
    QTimer m_headerTimer;
    QTimer m_idleTimer;
    QElapsedTimer m_lastActivity;
    quint64 m_nextTicket = 0;
    quint64 m_nextWritten = 0;
    std::map<quint64, Answer> m_ready;
    bool m_rejected = false;
};

} // namespace mock
