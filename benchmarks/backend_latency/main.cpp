// Benchmark (not a test): how closely the backend's injected latency matches what a client
// observes with many concurrent delayed requests, and requests per second with no latency, each
// measured against a bare QHttpServer in the same run. See docs/performance.md ("Backend").
//
// Usage: backend_latency_bench [--delay-ms 100] [--concurrency 500] [--bursts 3] [--runs 2]
//                              [--seconds 5] [--connections 32] [--embedded]
//
// By default every server runs in a child process of its own (this program, started with
// --serve bare|backend), so the client's work never shares an event loop or a process with the
// server; --embedded runs them in a thread of this process instead (EmbeddedBackend for the
// backend). The client is plain POSIX sockets and poll(): no Qt event loop, no HTTP library, so
// what it adds is small and the same for both servers.

#include "mock_backend/config/backendconfig.h"
#include "mock_backend/server/backendserver.h"
#include "mock_backend/server/embeddedbackend.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <memory>
#include <optional>
#include <vector>

#include <arpa/inet.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace mock;

namespace {

enum class ServerKind { Bare, Backend };

const char *kindName(ServerKind kind)
{
    return kind == ServerKind::Bare ? "bare QHttpServer" : "BackendServer";
}

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

// ----- servers ------------------------------------------------------------------------------

// The same accept-side settings BackendServer uses (a listen backlog that holds a burst of
// connects, TCP_NODELAY on every socket), so the baseline differs only in what a request costs.
class TunedTcpServer : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QTcpSocket(this);
        socket->setSocketDescriptor(descriptor);
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        addPendingConnection(socket);
    }
};

// What a route handler is handed: Qt 6.8 passes the responder by reference (it may still be
// moved out to answer later), the 6.4 preview by rvalue reference.
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
using RouteResponder = QHttpServerResponder &;
#else
using RouteResponder = QHttpServerResponder &&;
#endif

// A bare QHttpServer: GET /health answers a small JSON body after delayMs (a precise
// single-shot timer per request, as in /work/shared/QHTTPSERVER-NOTES.md) or at once.
std::unique_ptr<QHttpServer> startBare(int delayMs, quint16 *port)
{
    auto server = std::make_unique<QHttpServer>();
    server->route(QStringLiteral("/health"),
                  [delayMs](const QHttpServerRequest &, RouteResponder responder) {
                      static const QByteArray body = R"({"status":"ok"})";
                      if (delayMs <= 0) {
                          responder.write(body, "application/json");
                          return;
                      }
                      auto shared = std::make_shared<QHttpServerResponder>(std::move(responder));
                      QTimer::singleShot(std::chrono::milliseconds(delayMs), Qt::PreciseTimer,
                                         [shared] { shared->write(body, "application/json"); });
                  });
    auto *tcp = new TunedTcpServer;
    tcp->setListenBacklogSize(1024);
    if (!tcp->listen(QHostAddress::LocalHost, 0)) {
        delete tcp;
        return {};
    }
    *port = tcp->serverPort();
    server->bind(tcp); // takes ownership
    return server;
}

BackendConfig backendConfig(int delayMs)
{
    BackendConfig config = BackendConfig::instant();
    config.reads.distribution = LatencyModel::Distribution::Fixed;
    config.reads.baseMs = delayMs;
    config.reads.jitterMs = 0;
    return config;
}

// Child process mode: serve until killed; the first line on stdout is "port <n>".
int serve(ServerKind kind, int delayMs)
{
    quint16 port = 0;
    std::unique_ptr<QHttpServer> bare;
    std::unique_ptr<BackendServer> backend;
    if (kind == ServerKind::Bare) {
        bare = startBare(delayMs, &port);
    } else {
        backend = std::make_unique<BackendServer>(backendConfig(delayMs));
        if (backend->listen(QHostAddress::LocalHost, 0))
            port = backend->port();
    }
    if (port == 0) {
        std::fprintf(stderr, "could not listen\n");
        return 1;
    }
    std::printf("port %u\n", static_cast<unsigned>(port));
    std::fflush(stdout);
    return QCoreApplication::exec();
}

// A running server: a child process, or a thread of this process.
class ServerHandle
{
public:
    ServerHandle(ServerKind kind, int delayMs, bool embedded)
    {
        if (embedded)
            startEmbedded(kind, delayMs);
        else
            startProcess(kind, delayMs);
    }
    ~ServerHandle()
    {
        if (m_process) {
            m_process->kill(); // our own child, by pid
            m_process->waitForFinished(5000);
        }
        m_backend.reset();
        if (m_context) {
            QMetaObject::invokeMethod(
                m_context, [this] { delete m_context; }, Qt::BlockingQueuedConnection);
            m_thread.quit();
            m_thread.wait();
        }
    }
    quint16 port() const { return m_port; }
    // CPU time (user + system) the server process has used so far, in seconds; for a child
    // process only, so that its cost per request can be compared on a busy machine.
    std::optional<double> cpuSeconds() const
    {
        if (!m_process)
            return {};
        QFile stat(QStringLiteral("/proc/%1/stat").arg(m_process->processId()));
        if (!stat.open(QIODevice::ReadOnly))
            return {};
        const QByteArray text = stat.readAll();
        // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
        const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 13)
            return {};
        const auto ticks =
            static_cast<double>(fields.at(11).toLongLong() + fields.at(12).toLongLong());
        return ticks / static_cast<double>(::sysconf(_SC_CLK_TCK));
    }

private:
    void startProcess(ServerKind kind, int delayMs)
    {
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process->start(
            QCoreApplication::applicationFilePath(),
            {QStringLiteral("--serve"),
             kind == ServerKind::Bare ? QStringLiteral("bare") : QStringLiteral("backend"),
             QStringLiteral("--delay-ms"), QString::number(delayMs)});
        while (m_process->waitForReadyRead(10000)) {
            if (m_process->canReadLine())
                break;
        }
        const QByteArray line = m_process->readLine().trimmed();
        if (line.startsWith("port "))
            m_port = static_cast<quint16>(line.mid(5).toUInt());
    }
    void startEmbedded(ServerKind kind, int delayMs)
    {
        if (kind == ServerKind::Backend) {
            m_backend = std::make_unique<EmbeddedBackend>(backendConfig(delayMs));
            QEventLoop loop;
            QObject::connect(m_backend.get(), &EmbeddedBackend::ready, &loop, &QEventLoop::quit);
            QObject::connect(m_backend.get(), &EmbeddedBackend::failed, &loop, &QEventLoop::quit);
            QTimer::singleShot(10000, &loop, &QEventLoop::quit);
            m_backend->start();
            loop.exec();
            if (m_backend->isReady())
                m_port = static_cast<quint16>(m_backend->url().port());
            return;
        }
        m_context = new QObject;
        m_context->moveToThread(&m_thread);
        m_thread.start();
        QMetaObject::invokeMethod(
            m_context,
            [this, delayMs] {
                quint16 port = 0;
                auto server = startBare(delayMs, &port);
                if (server) {
                    server.release()->setParent(m_context);
                    m_port = port;
                }
            },
            Qt::BlockingQueuedConnection);
    }

    std::unique_ptr<QProcess> m_process;
    std::unique_ptr<EmbeddedBackend> m_backend;
    QThread m_thread;
    QObject *m_context = nullptr;
    quint16 m_port = 0;
};

// ----- client -------------------------------------------------------------------------------

const QByteArray kRequest = "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";

struct Connection
{
    int fd = -1;
    QByteArray buffer;
    qint64 sentNs = 0;
    bool waiting = false;
};

// Removes one complete response from the buffer; false when it is not all there yet.
bool takeResponse(QByteArray &buffer)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    qsizetype length = 0;
    const QByteArray head = buffer.left(end).toLower();
    const qsizetype at = head.indexOf("content-length:");
    if (at >= 0) {
        const qsizetype eol = head.indexOf("\r\n", at);
        length = head.mid(at + 15, eol < 0 ? -1 : eol - at - 15).trimmed().toLongLong();
    }
    if (buffer.size() < end + 4 + length)
        return false;
    buffer.remove(0, end + 4 + length);
    return true;
}

class Client
{
public:
    ~Client() { closeAll(); }

    // Opens count connections at the same moment; returns the time until all are established,
    // or nothing on failure.
    std::optional<double> open(quint16 port, int count)
    {
        closeAll();
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        const qint64 start = nowNs();
        for (int i = 0; i < count; ++i) {
            Connection c;
            c.fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
            if (c.fd < 0)
                return {};
            const int one = 1;
            ::setsockopt(c.fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            // NOLINTNEXTLINE: the POSIX socket API takes a sockaddr pointer.
            const auto *raw = reinterpret_cast<const sockaddr *>(&address);
            if (::connect(c.fd, raw, sizeof address) < 0 && errno != EINPROGRESS) {
                ::close(c.fd);
                return {};
            }
            m_connections.push_back(std::move(c));
        }
        std::vector<bool> done(m_connections.size(), false);
        size_t remaining = m_connections.size();
        while (remaining > 0) {
            if (nowNs() - start > 30'000'000'000LL)
                return {};
            std::vector<pollfd> fds;
            std::vector<size_t> index;
            for (size_t i = 0; i < m_connections.size(); ++i) {
                if (!done[i]) {
                    fds.push_back({m_connections[i].fd, POLLOUT, 0});
                    index.push_back(i);
                }
            }
            ::poll(fds.data(), fds.size(), 100);
            for (size_t k = 0; k < fds.size(); ++k) {
                if (fds[k].revents == 0)
                    continue;
                int error = 0;
                socklen_t length = sizeof error;
                ::getsockopt(fds[k].fd, SOL_SOCKET, SO_ERROR, &error, &length);
                if (error != 0)
                    return {};
                done[index[k]] = true;
                --remaining;
            }
        }
        return static_cast<double>(nowNs() - start) / 1e6;
    }

    // Sends one request on every connection at once; returns each one's observed latency (ms).
    std::vector<double> burst()
    {
        for (auto &c : m_connections)
            send(c);
        std::vector<double> latencies;
        latencies.reserve(m_connections.size());
        const qint64 start = nowNs();
        while (latencies.size() < m_connections.size() && nowNs() - start < 60'000'000'000LL)
            pollOnce(100, [&latencies](Connection &c, qint64 at) {
                latencies.push_back(static_cast<double>(at - c.sentNs) / 1e6);
            });
        return latencies;
    }

    // Keeps one request in flight on every connection for the given time; answers per second.
    double throughput(int seconds)
    {
        qint64 answered = 0;
        const qint64 end = nowNs() + static_cast<qint64>(seconds) * 1'000'000'000LL;
        const qint64 start = nowNs();
        for (auto &c : m_connections)
            send(c);
        while (nowNs() < end) {
            pollOnce(100, [this, &answered](Connection &c, qint64) {
                ++answered;
                send(c);
            });
        }
        const double elapsed = static_cast<double>(nowNs() - start) / 1e9;
        // Drain what is still in flight so the connections can be reused or closed cleanly.
        const qint64 drainUntil = nowNs() + 5'000'000'000LL;
        while (nowNs() < drainUntil
               && std::any_of(m_connections.begin(), m_connections.end(),
                              [](const Connection &c) { return c.waiting; }))
            pollOnce(100, [](Connection &, qint64) {});
        return static_cast<double>(answered) / elapsed;
    }

    void closeAll()
    {
        for (auto &c : m_connections)
            ::close(c.fd);
        m_connections.clear();
    }

private:
    static void send(Connection &c)
    {
        c.sentNs = nowNs();
        c.waiting = true;
        qsizetype sent = 0;
        while (sent < kRequest.size()) {
            const ssize_t n = ::send(c.fd, kRequest.constData() + sent,
                                     static_cast<size_t>(kRequest.size() - sent), MSG_NOSIGNAL);
            if (n > 0)
                sent += n;
            else if (n < 0 && errno != EAGAIN && errno != EINTR)
                return;
        }
    }

    template<typename OnResponse> void pollOnce(int timeoutMs, OnResponse onResponse)
    {
        m_fds.clear();
        for (const auto &c : m_connections)
            m_fds.push_back({c.fd, POLLIN, 0});
        if (::poll(m_fds.data(), m_fds.size(), timeoutMs) <= 0)
            return;
        char chunk[16384];
        for (size_t i = 0; i < m_fds.size(); ++i) {
            if (m_fds[i].revents == 0)
                continue;
            Connection &c = m_connections[i];
            for (;;) {
                const ssize_t n = ::recv(c.fd, chunk, sizeof chunk, 0);
                if (n <= 0)
                    break;
                c.buffer.append(chunk, n);
                if (n < static_cast<ssize_t>(sizeof chunk))
                    break;
            }
            const qint64 at = nowNs();
            while (takeResponse(c.buffer)) {
                c.waiting = false;
                onResponse(c, at);
            }
        }
    }

    std::vector<Connection> m_connections;
    std::vector<pollfd> m_fds;
};

// ----- reporting ----------------------------------------------------------------------------

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(index, values.size() - 1)];
}

void printErrors(const char *label, const std::vector<double> &latencies, int delayMs,
                 size_t expected)
{
    std::vector<double> errors;
    errors.reserve(latencies.size());
    for (double l : latencies)
        errors.push_back(l - delayMs);
    std::printf("    %-28s answered %zu/%zu, observed - configured: p50 %6.2f ms, p99 %6.2f ms, "
                "max %6.2f ms\n",
                label, latencies.size(), expected, percentile(errors, 0.5),
                percentile(errors, 0.99), percentile(errors, 1.0));
}

void raiseFileLimit()
{
    rlimit limit {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = std::min<rlim_t>(limit.rlim_max, 65536);
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
}

} // namespace

int main(int argc, char *argv[])
{
    raiseFileLimit();
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption delayOption(QStringLiteral("delay-ms"),
                                         QStringLiteral("Injected fixed read latency."),
                                         QStringLiteral("ms"), QStringLiteral("100"));
    const QCommandLineOption concurrencyOption(QStringLiteral("concurrency"),
                                               QStringLiteral("Concurrent delayed requests."),
                                               QStringLiteral("n"), QStringLiteral("500"));
    const QCommandLineOption burstsOption(QStringLiteral("bursts"),
                                          QStringLiteral("Timed bursts per server and run."),
                                          QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Alternating runs of both servers."),
                                        QStringLiteral("n"), QStringLiteral("2"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"),
                                           QStringLiteral("Duration of each throughput run."),
                                           QStringLiteral("s"), QStringLiteral("5"));
    const QCommandLineOption connectionsOption(QStringLiteral("connections"),
                                               QStringLiteral("Connections for throughput."),
                                               QStringLiteral("n"), QStringLiteral("32"));
    const QCommandLineOption embeddedOption(
        QStringLiteral("embedded"),
        QStringLiteral("Servers in a thread of this process instead of a child process."));
    const QCommandLineOption serveOption(QStringLiteral("serve"),
                                         QStringLiteral("Internal: be the server (bare|backend)."),
                                         QStringLiteral("kind"));
    parser.addOptions({delayOption, concurrencyOption, burstsOption, runsOption, secondsOption,
                       connectionsOption, embeddedOption, serveOption});
    parser.process(app);
    const int delayMs = parser.value(delayOption).toInt();
    const int concurrency = parser.value(concurrencyOption).toInt();
    const int bursts = parser.value(burstsOption).toInt();
    const int runs = parser.value(runsOption).toInt();
    const int seconds = parser.value(secondsOption).toInt();
    const int connectionCount = parser.value(connectionsOption).toInt();
    const bool embedded = parser.isSet(embeddedOption);

    if (parser.isSet(serveOption)) {
        const QString kind = parser.value(serveOption);
        return serve(kind == QStringLiteral("bare") ? ServerKind::Bare : ServerKind::Backend,
                     delayMs);
    }

    std::printf("servers in %s; client: POSIX sockets + poll() in this process\n",
                embedded ? "a thread of this process" : "child processes");
    const ServerKind kinds[] = {ServerKind::Bare, ServerKind::Backend};
    for (int run = 1; run <= runs; ++run) {
        std::printf("run %d/%d\n", run, runs);
        std::printf("  latency fidelity: %d concurrent GET /health, configured fixed %d ms\n",
                    concurrency, delayMs);
        for (ServerKind kind : kinds) {
            ServerHandle server(kind, delayMs, embedded);
            if (server.port() == 0) {
                std::fprintf(stderr, "%s did not start\n", kindName(kind));
                return 1;
            }
            std::printf("  %s\n", kindName(kind));
            Client client;
            const auto openMs = client.open(server.port(), concurrency);
            if (!openMs) {
                std::fprintf(stderr, "could not open %d connections\n", concurrency);
                return 1;
            }
            std::printf("    connection set-up: %d connects at once established in %.1f ms\n",
                        concurrency, *openMs);
            // The first request on a fresh connection also pays for the server's accept and
            // per-connection set-up: reported apart from the timed bursts.
            printErrors("first request (cold):", client.burst(), delayMs,
                        static_cast<size_t>(concurrency));
            for (int b = 1; b <= bursts; ++b) {
                const QByteArray label = "burst " + QByteArray::number(b) + " (pre-opened):";
                printErrors(label.constData(), client.burst(), delayMs,
                            static_cast<size_t>(concurrency));
            }
        }
        std::printf("  throughput: %d keep-alive connections, one request in flight each, zero "
                    "latency, %d s\n",
                    connectionCount, seconds);
        for (ServerKind kind : kinds) {
            ServerHandle server(kind, 0, embedded);
            Client client;
            if (server.port() == 0 || !client.open(server.port(), connectionCount)) {
                std::fprintf(stderr, "%s did not start\n", kindName(kind));
                return 1;
            }
            const auto cpuBefore = server.cpuSeconds();
            const double rps = client.throughput(seconds);
            const auto cpuAfter = server.cpuSeconds();
            std::printf("    %-18s %8.0f requests/s", kindName(kind), rps);
            if (cpuBefore && cpuAfter && rps > 0)
                std::printf(", server CPU %.1f us/request",
                            (*cpuAfter - *cpuBefore) * 1e6 / (rps * seconds));
            std::printf("\n");
        }
        std::fflush(stdout);
    }
    return 0;
}
