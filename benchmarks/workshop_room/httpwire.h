#pragma once

#include <QByteArray>
#include <QStringBuilder>

#include <optional>

// Just enough HTTP/1.1 for a light client on keep-alive connections to converge-backend: one
// request at a time per connection, answers framed by Content-Length (as QHttpServer sends them).
namespace httpwire {

struct Request
{
    QByteArray method = "GET";
    QByteArray target; // path and query
    QByteArray clientId;
    QByteArray correlationId;
    QByteArray idempotencyKey;
    QByteArray contentType;
    QByteArray body;
};

struct Response
{
    int status = 0;
    QByteArray head; // status line and headers
    QByteArray body;

    // The value of a header (case-insensitive name), empty when absent.
    QByteArray header(const QByteArray &name) const;
};

// The request as bytes, with the headers the app's ApiClient sends.
QByteArray serialize(const Request &request);

// Removes one complete answer from the front of buffer; nothing while it is not all there.
std::optional<Response> takeResponse(QByteArray &buffer);

} // namespace httpwire
