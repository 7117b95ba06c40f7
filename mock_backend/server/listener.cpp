#include "mock_backend/server/listener.h"

#include <QTcpSocket>

namespace mock {

Listener::Listener(Connection::LimitsProvider limits, QObject *parent)
    : QTcpServer(parent)
    , m_limits(std::move(limits))
{
    // QTcpServer's default of 50 makes the kernel drop the rest of a burst, and those clients
    // retry only after a 1 s SYN timeout. The kernel caps it at net.core.somaxconn.
    setListenBacklogSize(1024);
}

QTcpSocket *Listener::socketFor(const QHostAddress &peer, quint16 peerPort) const
{
    return m_sockets.value(Peer(peer, peerPort), nullptr);
}

void Listener::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    // QHttpServerResponder's pieces must not wait for the client's delayed ACK (~40 ms).
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    new Connection(socket, m_limits); // a child of the socket
    const Peer peer(socket->peerAddress(), socket->peerPort());
    m_sockets.insert(peer, socket);
    // QHttpServer reparents and deletes the socket; forget it then.
    connect(socket, &QObject::destroyed, this, [this, peer, socket] {
        const auto it = m_sockets.constFind(peer);
        if (it != m_sockets.cend() && it.value() == socket)
            m_sockets.erase(it);
    });
    addPendingConnection(socket);
}

} // namespace mock
