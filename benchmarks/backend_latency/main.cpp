// Benchmark (not a test): how closely the backend's injected latency matches what a client
// observes with 500 concurrent delayed requests, and requests per second with no latency.
// Usage: backend_latency_bench [--delay-ms 100] [--concurrency 500] [--seconds 5]

#include "mock_backend/backendconfig.h"
#include "mock_backend/embeddedbackend.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace mock;

namespace {

// A minimal keep-alive HTTP client on one socket: enough to count complete responses.
class Connection : public QObject
{
public:
    Connection(quint16 port, QObject *parent)
        : QObject(parent)
    {
        connect(&m_socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        // Without this, Nagle's algorithm and delayed ACKs dominate what is measured.
        m_socket.setSocketOption(QAbstractSocket::LowDelayOption, 1);
    }
    bool connected() const { return m_socket.state() == QAbstractSocket::ConnectedState; }
    void send()
    {
        m_timer.start();
        m_socket.write("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    }
    std::function<void(Connection *, qint64 nanoseconds)> onResponse;

private:
    void onReadyRead()
    {
        m_buffer += m_socket.readAll();
        for (;;) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            qsizetype length = 0;
            const qsizetype at = m_buffer.indexOf("Content-Length:");
            if (at >= 0 && at < end)
                length = m_buffer.mid(at + 15, m_buffer.indexOf("\r\n", at) - at - 15)
                             .trimmed()
                             .toLongLong();
            if (m_buffer.size() < end + 4 + length)
                return;
            m_buffer.remove(0, end + 4 + length);
            if (onResponse)
                onResponse(this, m_timer.nsecsElapsed());
        }
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
    QElapsedTimer m_timer;
};

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<size_t>(p * static_cast<double>(values.size() - 1));
    return values[index];
}

std::vector<std::unique_ptr<Connection>> openConnections(quint16 port, int count)
{
    std::vector<std::unique_ptr<Connection>> connections;
    for (int i = 0; i < count; ++i)
        connections.push_back(std::make_unique<Connection>(port, nullptr));
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 20000
           && !std::all_of(connections.begin(), connections.end(),
                           [](const auto &c) { return c->connected(); }))
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    return connections;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption delayOption(QStringLiteral("delay-ms"),
                                         QStringLiteral("Injected fixed read latency."),
                                         QStringLiteral("ms"), QStringLiteral("100"));
    const QCommandLineOption concurrencyOption(QStringLiteral("concurrency"),
                                               QStringLiteral("Concurrent delayed requests."),
                                               QStringLiteral("n"), QStringLiteral("500"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("Duration of the throughput run."),
                                           QStringLiteral("s"), QStringLiteral("5"));
    const QCommandLineOption connectionsOption(QStringLiteral("connections"),
                                               QStringLiteral("Connections for throughput."),
                                               QStringLiteral("n"), QStringLiteral("32"));
    parser.addOptions({delayOption, concurrencyOption, secondsOption, connectionsOption});
    parser.process(app);
    const int delayMs = parser.value(delayOption).toInt();
    const int concurrency = parser.value(concurrencyOption).toInt();
    const int seconds = parser.value(secondsOption).toInt();
    const int connectionCount = parser.value(connectionsOption).toInt();

    BackendConfig config = BackendConfig::instant();
    config.reads.baseMs = delayMs;
    EmbeddedBackend backend(config);
    QEventLoop loop;
    QObject::connect(&backend, &EmbeddedBackend::ready, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    backend.start();
    loop.exec();
    if (!backend.isReady()) {
        std::fprintf(stderr, "backend did not start\n");
        return 1;
    }
    const quint16 port = static_cast<quint16>(backend.url().port());

    // 1. Latency fidelity: connections opened first, then all requests sent at once.
    QElapsedTimer connectTimer;
    connectTimer.start();
    auto connections = openConnections(port, concurrency);
    const qint64 connectMs = connectTimer.elapsed();
    std::vector<double> errorsMs;
    for (auto &c : connections) {
        c->onResponse = [&errorsMs, delayMs](Connection *, qint64 ns) {
            errorsMs.push_back(static_cast<double>(ns) / 1e6 - delayMs);
        };
    }
    for (auto &c : connections)
        c->send();
    QElapsedTimer waited;
    waited.start();
    while (errorsMs.size() < connections.size() && waited.elapsed() < 30000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    std::printf("latency fidelity: %d concurrent GET /health, configured fixed %d ms\n",
                concurrency, delayMs);
    std::printf("  connections opened in %lld ms (before timing)\n",
                static_cast<long long>(connectMs));
    std::printf("  answered %zu/%zu; observed - configured: p50 %.2f ms, p99 %.2f ms, max %.2f "
                "ms\n",
                errorsMs.size(), connections.size(), percentile(errorsMs, 0.5),
                percentile(errorsMs, 0.99), percentile(errorsMs, 1.0));
    connections.clear();

    // 2. Throughput at zero injected latency: keep-alive connections, one request in flight each.
    QString error;
    backend.applyConfigPatch(
        QJsonObject {
            {QStringLiteral("latency"),
             QJsonObject {{QStringLiteral("reads"), QJsonObject {{QStringLiteral("baseMs"), 0}}}}}},
        &error);
    connections = openConnections(port, connectionCount);
    qint64 answered = 0;
    bool running = true;
    for (auto &c : connections) {
        c->onResponse = [&answered, &running](Connection *self, qint64) {
            ++answered;
            if (running)
                self->send();
        };
    }
    QElapsedTimer run;
    run.start();
    for (auto &c : connections)
        c->send();
    while (run.elapsed() < seconds * 1000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    running = false;
    const double rps = static_cast<double>(answered) * 1000.0 / static_cast<double>(run.elapsed());
    std::printf("throughput: %d keep-alive connections, GET /health, zero latency: %.0f "
                "requests/s over %d s\n",
                connectionCount, rps, seconds);
    connections.clear();
    return 0;
}
