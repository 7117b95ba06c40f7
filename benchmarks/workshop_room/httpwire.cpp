#include "httpwire.h"

using namespace Qt::StringLiterals;

namespace httpwire {

QByteArray Response::header(const QByteArray &name) const
{
    const QByteArray wanted = "\r\n"_ba + name.toLower() + ':';
    const QByteArray lower = head.toLower();
    const qsizetype at = lower.indexOf(wanted);
    if (at < 0)
        return {};
    const qsizetype start = at + wanted.size();
    const qsizetype end = head.indexOf("\r\n", start);
    return head.mid(start, end < 0 ? -1 : end - start).trimmed();
}

QByteArray serialize(const Request &request)
{
    QByteArray out;
    out.reserve(256 + request.body.size());
    out += request.method + ' ' + request.target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"_ba;
    out += "X-Correlation-Id: "_ba + request.correlationId + "\r\n"_ba;
    out += "X-Client-Id: "_ba + request.clientId + "\r\n"_ba;
    out += "Accept: application/json\r\n";
    if (!request.idempotencyKey.isEmpty())
        out += "Idempotency-Key: "_ba + request.idempotencyKey + "\r\n"_ba;
    if (!request.contentType.isEmpty())
        out += "Content-Type: "_ba + request.contentType + "\r\n"_ba;
    if (!request.body.isEmpty() || request.method != "GET")
        out += "Content-Length: "_ba + QByteArray::number(request.body.size()) + "\r\n"_ba;
    out += "\r\n";
    out += request.body;
    return out;
}

std::optional<Response> takeResponse(QByteArray &buffer)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return std::nullopt;
    Response response;
    response.head = buffer.left(end + 2);
    const qsizetype space = response.head.indexOf(' ');
    response.status = space < 0 ? 0 : response.head.mid(space + 1, 3).toInt();
    const qint64 length = response.header("Content-Length").toLongLong();
    if (buffer.size() < end + 4 + length)
        return std::nullopt;
    response.body = buffer.mid(end + 4, length);
    buffer.remove(0, end + 4 + length);
    return response;
}

} // namespace httpwire
