#pragma once

#include <QHash>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

#include <chrono>

class QTcpSocket;

// A loopback HTTP/1.1 server for the benchmark: GET /items answers at once with a catalogue of
// any size; PUT /items/{id}/favorite answers only after a fixed delay. The in-process backend
// has a fixed, small catalogue, so the benchmark brings its own.
class SlowCatalogueServer final : public QObject
{
    Q_OBJECT

public:
    SlowCatalogueServer(int itemCount, std::chrono::milliseconds writeDelay,
                        QObject *parent = nullptr);
    QUrl url() const;
    int writesReceived() const { return m_writes; }

private:
    void onReadyRead(QTcpSocket *socket);
    void handle(QTcpSocket *socket, const QByteArray &method, const QByteArray &path,
                const QByteArray &body);
    static QByteArray response(const QByteArray &json, const QByteArray &extraHeaders = {});

    // Before the server: its sockets still report "disconnected" while it is destroyed.
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QTcpServer m_server;
    int m_itemCount;
    std::chrono::milliseconds m_writeDelay;
    qint64 m_lsn = 0;
    int m_writes = 0;
};
