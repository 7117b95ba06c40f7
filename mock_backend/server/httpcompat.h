#pragma once

#include "mock_backend/http/apitypes.h"

#include <functional>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QObject;
class QTcpSocket;

namespace mock {

class Listener;

// The only place that knows which QHttpServer it is built against: Qt 6.4's technology preview
// (answers written in pieces, the responder knows its socket) or Qt 6.5 and later (QHttpHeaders,
// whole answers, no socket).
namespace httpcompat {

using RequestHandler = std::function<void(const QHttpServerRequest &, QHttpServerResponder &&)>;

// Every request reaches handler; the server registers no routes of QHttpServer's own.
void setRequestHandler(QHttpServer &server, QObject *context, RequestHandler handler);

HeaderList requestHeaders(const QHttpServerRequest &request);

// The connection a request arrived on, or nullptr when it has gone.
QTcpSocket *socketOf(const QHttpServerRequest &request, QHttpServerResponder &responder,
                     const Listener &listener);

// One complete answer. With headOnly (a HEAD request) the headers carry the length a GET would
// have, and no body follows: on a kept-alive connection a body would be read as the next answer.
void writeAnswer(QHttpServerResponder &responder, int status, const QByteArray &contentType,
                 const HeaderList &headers, const QByteArray &body, bool headOnly);

} // namespace httpcompat
} // namespace mock
