#pragma once

#include "mock_backend/server/connection.h"

#include <QHash>
#include <QHostAddress>
#include <QTcpServer>

#include <utility>

class QTcpSocket;

namespace mock {

// The listening socket QHttpServer is bound to. Accepts with a backlog that holds a burst of
// simultaneous connects, sets TCP_NODELAY on every connection, puts a Connection (limits,
// timeouts, answer order) in front of QHttpServer on each, and knows each open connection by its
// peer address and port (newer QHttpServer no longer hands a route its socket).
class Listener : public QTcpServer
{
    Q_OBJECT

public:
    explicit Listener(Connection::LimitsProvider limits, QObject *parent = nullptr);

    QTcpSocket *socketFor(const QHostAddress &peer, quint16 peerPort) const;
    qsizetype connectionCount() const { return m_sockets.size(); }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    using Peer = std::pair<QHostAddress, quint16>;
    Connection::LimitsProvider m_limits;
    QHash<Peer, QTcpSocket *> m_sockets;
};

} // namespace mock
