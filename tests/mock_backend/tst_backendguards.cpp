// The server's connection layer over raw sockets: HEAD has no body, pipelined answers keep
// request order, limits apply before a request is buffered, and slow or stuck clients are closed
// while everyone else is still served.

#include "mock_backend/config/backendconfig.h"
#include "mock_backend/server/backendserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpSocket>
#include <QTest>

#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

using namespace mock;

namespace {

constexpr int generousMs = 10000;

struct RawAnswer
{
    int status = 0;
    QByteArray head;
    QByteArray body;
    QByteArray code() const
    {
        return QJsonDocument::fromJson(body)
            .object()[QStringLiteral("error")][QStringLiteral("code")]
            .toString()
            .toUtf8();
    }
};

// Reads one answer off a raw connection. The body is read by Content-Length, except after HEAD,
// which (like any HTTP client) expects none.
std::optional<RawAnswer> readAnswer(QTcpSocket &socket, bool afterHead = false)
{
    QByteArray head;
    if (!QTest::qWaitFor(
            [&] {
                while (socket.canReadLine()) {
                    const QByteArray line = socket.readLine();
                    head += line;
                    if (line == "\r\n")
                        return true;
                }
                return false;
            },
            generousMs))
        return std::nullopt;
    RawAnswer answer;
    answer.head = head;
    answer.status = head.mid(9, 3).toInt();
    qint64 length = 0;
    for (const QByteArray &line : head.split('\n')) {
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    }
    if (afterHead)
        return answer;
    if (!QTest::qWaitFor([&] { return socket.bytesAvailable() >= length; }, generousMs))
        return std::nullopt;
    answer.body = socket.read(length);
    return answer;
}

bool waitClosed(QTcpSocket &socket)
{
    return QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::UnconnectedState; },
                           generousMs);
}

} // namespace

class TestBackendGuards : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void headAnswerHasNoBody();
    void pipelinedAnswersKeepRequestOrder();
    void oversizedHeaderIs431BeforeItEnds();
    void tooManyHeadersIs431();
    void hugeDeclaredBodyIs413WithoutWaitingForIt();
    void oversizedChunkedBodyIs413BeforeItEnds();
    void stuckHeadersTimeOut_data();
    void stuckHeadersTimeOut();
    void bodyThatStopsTimesOut();
    void idleConnectionIsClosed();
    void waitingForTheServerIsNotIdleness();
    void slowClientsDoNotSlowHealth();

private:
    void start(const ConnectionLimits &limits = {},
               const BackendConfig &config = BackendConfig::instant());
    std::unique_ptr<QTcpSocket> connectRaw();

    std::unique_ptr<BackendServer> m_server;
};

void TestBackendGuards::start(const ConnectionLimits &limits, const BackendConfig &config)
{
    m_server = std::make_unique<BackendServer>(config);
    m_server->setConnectionLimits(limits);
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
}

std::unique_ptr<QTcpSocket> TestBackendGuards::connectRaw()
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress::LocalHost, m_server->port());
    if (!socket->waitForConnected(generousMs))
        return nullptr;
    return socket;
}

void TestBackendGuards::cleanup()
{
    m_server.reset();
}

void TestBackendGuards::headAnswerHasNoBody()
{
    start();
    auto socket = connectRaw();
    QVERIFY(socket);
    socket->write("HEAD /health HTTP/1.1\r\nHost: localhost\r\n\r\n"
                  "GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n");
    const auto head = readAnswer(*socket, true);
    QVERIFY(head);
    QVERIFY(head->status > 0);
    // With a body after the HEAD answer, these bytes would be that body, not the next answer.
    const auto get = readAnswer(*socket);
    QVERIFY(get);
    QVERIFY2(get->head.startsWith("HTTP/1.1 200"), get->head.constData());
    QVERIFY(get->body.contains("primaryLsn"));
}

void TestBackendGuards::pipelinedAnswersKeepRequestOrder()
{
    BackendConfig config = BackendConfig::instant();
    config.reads.baseMs = 150; // the data read is slow, the unknown route answers at once
    start({}, config);
    auto socket = connectRaw();
    QVERIFY(socket);
    socket->write("GET /items HTTP/1.1\r\nHost: localhost\r\n\r\n"
                  "GET /no-such-route HTTP/1.1\r\nHost: localhost\r\n\r\n"
                  "GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n");
    const auto first = readAnswer(*socket);
    const auto second = readAnswer(*socket);
    const auto third = readAnswer(*socket);
    QVERIFY(first && second && third);
    QCOMPARE(first->status, 200);
    QVERIFY(first->body.contains("items"));
    QCOMPARE(second->status, 404);
    QCOMPARE(third->status, 200);
    QVERIFY(third->body.contains("primaryLsn"));
}

void TestBackendGuards::oversizedHeaderIs431BeforeItEnds()
{
    start({.maxHeaderBytes = 4096});
    auto socket = connectRaw();
    QVERIFY(socket);
    // A header line far over the limit, never finished: answered without waiting for its end.
    socket->write("GET /health HTTP/1.1\r\nHost: localhost\r\nX-Big: "
                  + QByteArray(64 * 1024, 'a'));
    const auto answer = readAnswer(*socket);
    QVERIFY(answer);
    QCOMPARE(answer->status, 431);
    QCOMPARE(answer->code(), "headers_too_large");
    QVERIFY(waitClosed(*socket));
}

void TestBackendGuards::tooManyHeadersIs431()
{
    start({.maxHeaderCount = 20});
    auto socket = connectRaw();
    QVERIFY(socket);
    QByteArray request = "GET /health HTTP/1.1\r\nHost: localhost\r\n";
    for (int i = 0; i < 40; ++i)
        request += "X-H" + QByteArray::number(i) + ": 1\r\n";
    socket->write(request + "\r\n");
    const auto answer = readAnswer(*socket);
    QVERIFY(answer);
    QCOMPARE(answer->status, 431);
    QCOMPARE(answer->code(), "too_many_headers");
    QVERIFY(waitClosed(*socket));
}

void TestBackendGuards::hugeDeclaredBodyIs413WithoutWaitingForIt()
{
    start();
    auto socket = connectRaw();
    QVERIFY(socket);
    socket->write(
        "POST /transfers HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
        "Content-Length: 17179869184\r\n\r\n");
    const auto answer = readAnswer(*socket);
    QVERIFY(answer);
    QCOMPARE(answer->status, 413);
    QCOMPARE(answer->code(), "payload_too_large");
    QVERIFY(waitClosed(*socket));
}

void TestBackendGuards::oversizedChunkedBodyIs413BeforeItEnds()
{
    start({.maxBodyBytes = 8192});
    auto socket = connectRaw();
    QVERIFY(socket);
    QByteArray request = "POST /transfers HTTP/1.1\r\nHost: localhost\r\n"
                         "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n";
    for (int i = 0; i < 8; ++i)
        request += "1000\r\n" + QByteArray(4096, ' ') + "\r\n";
    socket->write(request); // 32 KiB of body and no last chunk
    const auto answer = readAnswer(*socket);
    QVERIFY(answer);
    QCOMPARE(answer->status, 413);
    QVERIFY(waitClosed(*socket));
}

void TestBackendGuards::stuckHeadersTimeOut_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("request line without a newline") << QByteArray("GET /health HTTP/1.1");
    QTest::newRow("stops mid-header") << QByteArray("GET /health HTTP/1.1\r\nHost: local");
}

void TestBackendGuards::stuckHeadersTimeOut()
{
    QFETCH(QByteArray, bytes);
    // The idle timeout is far away: only the header timeout can close this connection.
    start({.headerTimeoutMs = 200, .idleTimeoutMs = 600000});
    auto socket = connectRaw();
    QVERIFY(socket);
    socket->write(bytes);
    const auto answer = readAnswer(*socket);
    QVERIFY(answer);
    QCOMPARE(answer->status, 408);
    QVERIFY(waitClosed(*socket));
}

void TestBackendGuards::bodyThatStopsTimesOut()
{
    start({.idleTimeoutMs = 200});
    auto socket = connectRaw();
    QVERIFY(socket);
    socket->write("PUT /items/1/favorite HTTP/1.1\r\nHost: localhost\r\n"
                  "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"favo");
    const auto answer = readAnswer(*socket);
    QVERIFY(answer);
    QCOMPARE(answer->status, 408);
    QVERIFY(waitClosed(*socket));
}

void TestBackendGuards::idleConnectionIsClosed()
{
    start({.idleTimeoutMs = 200});
    auto socket = connectRaw();
    QVERIFY(socket);
    socket->write("GET /health HTTP/1.1\r\nHost: localhost\r\n\r\n");
    const auto answer = readAnswer(*socket);
    QVERIFY(answer);
    QCOMPARE(answer->status, 200);
    // Kept alive after the answer, then silent: closed without an answer of its own.
    QVERIFY(waitClosed(*socket));
    QCOMPARE(socket->bytesAvailable(), 0);
}

void TestBackendGuards::waitingForTheServerIsNotIdleness()
{
    BackendConfig config = BackendConfig::instant();
    config.reads.baseMs = 600; // three idle timeouts
    start({.idleTimeoutMs = 200}, config);
    auto socket = connectRaw();
    QVERIFY(socket);
    socket->write("GET /items HTTP/1.1\r\nHost: localhost\r\n\r\n");
    const auto answer = readAnswer(*socket);
    QVERIFY(answer);
    QCOMPARE(answer->status, 200);
}

void TestBackendGuards::slowClientsDoNotSlowHealth()
{
    // Long enough that /health, if it is not held up by them, is answered while every slow
    // client is still connected; short enough that each 408 comes within generousMs of it.
    start({.headerTimeoutMs = 8000});
    std::vector<std::unique_ptr<QTcpSocket>> slow;
    for (int i = 0; i < 200; ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, m_server->port());
        slow.push_back(std::move(socket));
    }
    for (auto &socket : slow) {
        QVERIFY(socket->waitForConnected(generousMs));
        socket->write("GET /health HTTP/1.1\r\nHost: loc");
        QVERIFY(socket->waitForBytesWritten(generousMs));
    }
    QNetworkAccessManager network;
    std::unique_ptr<QNetworkReply> reply(
        network.get(QNetworkRequest(m_server->url().resolved(QUrl(QStringLiteral("/health"))))));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), generousMs);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    const auto stillOpen = std::count_if(slow.begin(), slow.end(), [](const auto &socket) {
        return socket->state() == QAbstractSocket::ConnectedState;
    });
    QCOMPARE(stillOpen, qsizetype(slow.size()));
    // Then each slow client gets its 408 and is closed.
    for (auto &socket : slow) {
        const auto answer = readAnswer(*socket);
        QVERIFY(answer);
        QCOMPARE(answer->status, 408);
        QVERIFY(waitClosed(*socket));
    }
}

QTEST_GUILESS_MAIN(TestBackendGuards)
#include "tst_backendguards.moc"
