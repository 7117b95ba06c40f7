#include "benchmarks/favorites_repaint/slowcatalogueserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

SlowCatalogueServer::SlowCatalogueServer(int itemCount, std::chrono::milliseconds writeDelay,
                                         QObject *parent)
    : QObject(parent)
    , m_itemCount(itemCount)
    , m_writeDelay(writeDelay)
{
    m_server.listen(QHostAddress::LocalHost);
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

QUrl SlowCatalogueServer::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort()));
}

void SlowCatalogueServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    // One request at a time per connection (QNAM does not pipeline by default).
    while (true) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        qsizetype length = 0;
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < end + 4 + length)
            return;
        const QByteArray body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        handle(socket, requestLine.value(0), requestLine.value(1), body);
    }
}

void SlowCatalogueServer::handle(QTcpSocket *socket, const QByteArray &method,
                                 const QByteArray &path, const QByteArray &body)
{
    if (method == "GET" && path.startsWith("/items")) {
        QJsonArray items;
        for (int id = 1; id <= m_itemCount; ++id)
            items.append(QJsonObject {{u"id"_s, id},
                                      {u"title"_s, u"Catalogue item %1"_s.arg(id)},
                                      {u"favorite"_s, false},
                                      {u"lsn"_s, 0}});
        socket->write(response(QJsonDocument(QJsonObject {{u"items"_s, items}, {u"lsn"_s, m_lsn}})
                                   .toJson(QJsonDocument::Compact)));
        return;
    }
    if (method == "PUT" && path.startsWith("/items/")) {
        ++m_writes;
        const int id = path.split('/').value(2).toInt();
        const bool favorite = QJsonDocument::fromJson(body).object().value(u"favorite"_s).toBool();
        QPointer<QTcpSocket> guarded(socket);
        QTimer::singleShot(m_writeDelay, this, [this, guarded, id, favorite] {
            if (!guarded)
                return;
            const qint64 lsn = ++m_lsn;
            const QJsonObject item {{u"id"_s, id},
                                    {u"title"_s, u"Catalogue item %1"_s.arg(id)},
                                    {u"favorite"_s, favorite},
                                    {u"lsn"_s, lsn}};
            guarded->write(response(QJsonDocument(QJsonObject {{u"item"_s, item}, {u"lsn"_s, lsn}})
                                        .toJson(QJsonDocument::Compact),
                                    "X-Write-LSN: " + QByteArray::number(lsn) + "\r\n"));
        });
        return;
    }
    socket->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n");
}

QByteArray SlowCatalogueServer::response(const QByteArray &json, const QByteArray &extraHeaders)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(json.size()) + "\r\nX-Served-By: primary\r\n" + extraHeaders + "\r\n"
        + json;
}
