#pragma once

#include <QHash>
#include <QHostAddress>
#include <QTcpServer>

#include <utility>

class QTcpSocket;

namespace mock {

// The listening socket QHttpServer is bound to. Accepts with a backlog that holds a burst of
// simultaneous connects, sets TCP_NODELAY on every connection, and knows each open connection
// by its peer address and port (newer QHttpServer no longer hands a route its socket).
class Listener : public QTcpServer
{
    Q_OBJECT

public:
    explicit Listener(QObject *parent = nullptr);

    QTcpSocket *socketFor(const QHostAddress &peer, quint16 peerPort) const;
    qsizetype connectionCount() const { return m_sockets.size(); }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    using Peer = std::pair<QHostAddress, quint16>;
    QHash<Peer, QTcpSocket *> m_sockets;
};

} // namespace mock
