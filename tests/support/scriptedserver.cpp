#include "scriptedserver.h"

#include <QTcpSocket>

ScriptedServer::ScriptedServer(QObject *parent)
    : QObject(parent)
{
    m_server.listen(QHostAddress::LocalHost, 0);
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

QUrl ScriptedServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

QByteArray ScriptedServer::Received::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray ScriptedServer::response(int status, const QByteArray &body,
                                    const QByteArray &extraHeaders, qint64 declaredLength)
{
    const qint64 length = declaredLength >= 0 ? declaredLength : body.size();
    return "HTTP/1.1 " + QByteArray::number(status)
        + " Scripted\r\n"
        // It closes every connection after one answer, and says so, as HTTP asks: a client
        // must not send its next request on a connection that is going away.
        + "Connection: close\r\n" + "Content-Type: application/json\r\nContent-Length: "
        + QByteArray::number(length) + "\r\n" + extraHeaders + "\r\n" + body;
}

void ScriptedServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        socket->setProperty("buffer", buffer);
        return;
    }
    Received request;
    const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    request.method = requestLine.value(0);
    request.path = requestLine.value(1);
    qint64 contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        if (colon < 0)
            continue;
        const QByteArray key = lines.at(i).left(colon).trimmed();
        const QByteArray value = lines.at(i).mid(colon + 1).trimmed();
        request.headers.append({key, value});
        if (key.compare("Content-Length", Qt::CaseInsensitive) == 0)
            contentLength = value.toLongLong();
    }
    if (buffer.size() < headerEnd + 4 + contentLength) {
        socket->setProperty("buffer", buffer);
        return;
    }
    request.body = buffer.mid(headerEnd + 4, contentLength);
    socket->setProperty("buffer", QByteArray());
    m_received.append(request);

    const Step step = m_picker ? m_picker(request) : m_step;
    if (step.action == Action::Hold)
        m_held.append(socket);
    else
        act(socket, step);
}

void ScriptedServer::releaseHeld(const Step &step)
{
    while (!m_held.isEmpty()) {
        const QPointer<QTcpSocket> socket = m_held.takeFirst();
        if (socket) {
            act(socket, step);
            return;
        }
    }
}

void ScriptedServer::act(QTcpSocket *socket, const Step &step)
{
    switch (step.action) {
    case Action::Respond:
        socket->write(step.raw);
        socket->flush();
        // One request per connection keeps the script simple and the client honest.
        socket->disconnectFromHost();
        break;
    case Action::Close:
        socket->abort();
        break;
    case Action::Hang:
    case Action::Hold:
        break;
    }
}
