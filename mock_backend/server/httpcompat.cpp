#include "mock_backend/server/httpcompat.h"

#include "mock_backend/server/listener.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpSocket>
#include <QtGlobal>

#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QHttpHeaders>
#define CONVERGE_QHTTPSERVER_68 1
#elif QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
#error "QHttpServer 6.5 to 6.7 are not supported: use Qt 6.4 or Qt 6.8 and later"
#endif

namespace mock::httpcompat {

namespace {

auto statusCode(int status)
{
    return static_cast<QHttpServerResponder::StatusCode>(status);
}

#ifdef CONVERGE_QHTTPSERVER_68
// An empty body QHttpServerResponder sends without adding a Content-Length of its own, which
// would otherwise say 0 for a HEAD answer.
class NoBody : public QIODevice
{
public:
    NoBody() { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64) override { return -1; }
};
#endif

} // namespace

void setRequestHandler(QHttpServer &server, QObject *context, RequestHandler handler)
{
#ifdef CONVERGE_QHTTPSERVER_68
    server.setMissingHandler(context,
                             [handler = std::move(handler)](const QHttpServerRequest &request,
                                                            QHttpServerResponder &responder) {
                                 handler(request, std::move(responder));
                             });
#else
    Q_UNUSED(context);
    server.setMissingHandler(std::move(handler));
#endif
}

HeaderList requestHeaders(const QHttpServerRequest &request)
{
#ifdef CONVERGE_QHTTPSERVER_68
    const QHttpHeaders &headers = request.headers();
    HeaderList list;
    list.reserve(headers.size());
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QLatin1StringView name = headers.nameAt(i);
        list.append({QByteArray(name.data(), name.size()), headers.valueAt(i).toByteArray()});
    }
    return list;
#else
    return request.headers();
#endif
}

QTcpSocket *socketOf(const QHttpServerRequest &request, QHttpServerResponder &responder,
                     const Listener &listener)
{
#ifdef CONVERGE_QHTTPSERVER_68
    Q_UNUSED(responder);
    return listener.socketFor(request.remoteAddress(), request.remotePort());
#else
    Q_UNUSED(request);
    Q_UNUSED(listener);
    return responder.socket();
#endif
}

void writeAnswer(QHttpServerResponder &responder, int status, const QByteArray &contentType,
                 const HeaderList &headers, const QByteArray &body, bool headOnly)
{
#ifdef CONVERGE_QHTTPSERVER_68
    QHttpHeaders all;
    all.reserve(headers.size() + 2);
    all.append(QHttpHeaders::WellKnownHeader::ContentType, contentType);
    for (const auto &[name, value] : headers)
        all.append(name, value);
    if (headOnly) {
        all.append(QHttpHeaders::WellKnownHeader::ContentLength, QByteArray::number(body.size()));
        responder.write(new NoBody, all, statusCode(status)); // takes ownership
    } else {
        responder.write(body, all, statusCode(status)); // adds Content-Length
    }
#else
    responder.writeStatusLine(statusCode(status));
    // The header lines in one piece: writeHeader() makes four socket writes of each.
    QByteArray block;
    block.reserve(64 + 48 * headers.size());
    block += "Content-Type: " + contentType + "\r\nContent-Length: ";
    block += QByteArray::number(body.size());
    block += "\r\n";
    for (const auto &[name, value] : headers)
        block += name + ": " + value + "\r\n";
    responder.socket()->write(block);
    // The empty piece still ends the header block.
    responder.writeBody(headOnly ? QByteArray() : body);
#endif
}

} // namespace mock::httpcompat
