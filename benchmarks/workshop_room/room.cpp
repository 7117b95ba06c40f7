#include "room.h"

#include "httpwire.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <deque>
#include <optional>
#include <queue>
#include <random>
#include <set>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

double processCpuSeconds()
{
    rusage usage {};
    ::getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval &t) {
        return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
    };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

// A call and what to do with its answer (status 0: no answer, the connection failed).
struct Call
{
    QByteArray route; // "GET /health": the key its latency is reported under
    httpwire::Request request;
    std::function<void(const httpwire::Response &)> done;
};

struct Connection
{
    int fd = -1;
    QByteArray in;
    QByteArray out;
    bool connecting = false;
    std::optional<Call> call; // in flight
    qint64 sentNs = 0; // when its first byte was written
    qint64 lastUsedNs = 0;
};

struct Participant
{
    int index = 0;
    QByteArray clientId;
    Connection events; // the event channel, on a connection of its own
    qint64 after = 0;
    bool open = false; // the first (handshake) poll answered
    std::vector<std::unique_ptr<Connection>> connections;
    std::deque<Call> queue;
    qint64 calls = 0;
    int writes = 0; // markers issued
    bool lagChartBusy = false;
    bool inspectorBusy = false;
    std::set<QByteArray> pendingTransfers;
    // heardMs[w][n]: when this participant heard participant w's write n (ms since the start,
    // negative: not yet)
    std::vector<std::vector<double>> heardMs;
};

struct Timer
{
    qint64 dueNs;
    qint64 order; // ties: first armed, first run
    std::function<void()> run;
    bool operator>(const Timer &other) const
    {
        return dueNs != other.dueNs ? dueNs > other.dueNs : order > other.order;
    }
};

struct Ready
{
    Connection *connection;
    Participant *participant;
    std::optional<httpwire::Response> response; // nothing: the connection failed
};

} // namespace

struct Room::Impl
{
    quint16 port;
    RoomSettings s;
    std::mt19937_64 random;
    std::vector<Participant> participants;
    std::priority_queue<Timer, std::vector<Timer>, std::greater<>> timers;
    qint64 timerOrder = 0;
    qint64 startNs = 0;
    bool loadRunning = false;
    RoomResult result;
    // ackMs[w][n]: when participant w got the 2xx answer to its write n (ms since start; < 0: not)
    std::vector<std::vector<double>> ackMs;

    Impl(quint16 backendPort, RoomSettings settings)
        : port(backendPort)
        , s(std::move(settings))
        , random(s.seed)
        , participants(static_cast<size_t>(s.clients)) // in place: never copied or moved
    {
        ackMs.resize(participants.size());
        for (size_t i = 0; i < participants.size(); ++i) {
            Participant &p = participants[i];
            p.index = static_cast<int>(i);
            p.clientId = "room-client-"_ba + QByteArray::number(p.index);
            p.heardMs.resize(participants.size());
        }
    }

    ~Impl()
    {
        for (Participant &p : participants) {
            closeConnection(p.events);
            for (auto &c : p.connections)
                closeConnection(*c);
        }
    }

    double msSinceStart(qint64 ns) const { return static_cast<double>(ns - startNs) / 1e6; }

    // ----- timers ----------------------------------------------------------------------------

    void after(double ms, std::function<void()> run)
    {
        timers.push({nowNs() + static_cast<qint64>(ms * 1e6), timerOrder++, std::move(run)});
    }

    // A person's pause: uniformly 0.5–1.5 times the mean.
    double personMs(int meanMs)
    {
        return std::uniform_real_distribution<double>(0.5, 1.5)(random) * meanMs;
    }

    double phaseMs(int intervalMs)
    {
        return std::uniform_real_distribution<double>(0, intervalMs)(random);
    }

    int pick(int from, int to) { return std::uniform_int_distribution<int>(from, to)(random); }

    // Runs fn every intervalMs while the load runs.
    void every(int intervalMs, const std::function<void()> &fn)
    {
        if (intervalMs <= 0)
            return;
        after(phaseMs(intervalMs), [this, intervalMs, fn] { repeat(intervalMs, fn); });
    }
    void repeat(int intervalMs, const std::function<void()> &fn)
    {
        if (!loadRunning)
            return;
        fn();
        after(intervalMs, [this, intervalMs, fn] { repeat(intervalMs, fn); });
    }
    // Runs fn after a person's pause around meanMs, again and again while the load runs.
    void nowAndThen(int meanMs, const std::function<void()> &fn)
    {
        if (meanMs <= 0)
            return;
        after(personMs(meanMs), [this, meanMs, fn] {
            if (!loadRunning)
                return;
            fn();
            nowAndThen(meanMs, fn);
        });
    }

    // ----- connections -----------------------------------------------------------------------

    bool openConnection(Connection &c)
    {
        c = Connection {};
        c.fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK, 0);
        if (c.fd < 0)
            return false;
        const int one = 1;
        ::setsockopt(c.fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_port = htons(port);
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        // NOLINTNEXTLINE: the POSIX socket API takes a sockaddr pointer.
        const auto *raw = reinterpret_cast<const sockaddr *>(&address);
        if (::connect(c.fd, raw, sizeof address) < 0) {
            if (errno != EINPROGRESS) {
                closeConnection(c);
                return false;
            }
            c.connecting = true;
        }
        return true;
    }

    static void closeConnection(Connection &c)
    {
        if (c.fd >= 0)
            ::close(c.fd);
        c.fd = -1;
    }

    // Writes what the connection still has to send; false when the connection failed.
    static bool flush(Connection &c)
    {
        while (!c.out.isEmpty() && !c.connecting) {
            const ssize_t n =
                ::send(c.fd, c.out.constData(), static_cast<size_t>(c.out.size()), MSG_NOSIGNAL);
            if (n > 0) {
                if (c.sentNs == 0)
                    c.sentNs = nowNs();
                c.out.remove(0, n);
            } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
                return true;
            } else if (n < 0 && errno == EINTR) {
                continue;
            } else {
                return false;
            }
        }
        return true;
    }

    void start(Connection &c, Call call)
    {
        c.out = httpwire::serialize(call.request);
        c.call = std::move(call);
        c.sentNs = 0;
        c.lastUsedNs = nowNs();
        if (!flush(c))
            closeConnection(c); // seen as failed by the next poll pass
    }

    // Gives queued calls to idle connections, opening new ones up to the participant's limit.
    void dispatch(Participant &p)
    {
        while (!p.queue.empty()) {
            Connection *idle = nullptr;
            // The most recently used idle connection, so that spare ones go quiet and close.
            for (auto &c : p.connections) {
                if (c->fd >= 0 && !c->call && (!idle || c->lastUsedNs > idle->lastUsedNs))
                    idle = c.get();
            }
            if (!idle) {
                std::erase_if(p.connections, [](const auto &c) { return c->fd < 0; });
                if (static_cast<int>(p.connections.size()) >= s.maxConnections - 1)
                    return; // waits, as QNetworkAccessManager's queue does
                auto fresh = std::make_unique<Connection>();
                if (!openConnection(*fresh)) {
                    Call failed = std::move(p.queue.front());
                    p.queue.pop_front();
                    failed.done({});
                    continue;
                }
                idle = fresh.get();
                p.connections.push_back(std::move(fresh));
            }
            Call call = std::move(p.queue.front());
            p.queue.pop_front();
            start(*idle, std::move(call));
        }
    }

    void send(Participant &p, QByteArray method, QByteArray target,
              std::function<void(const httpwire::Response &)> done = {}, QByteArray body = {},
              QByteArray contentType = {}, QByteArray marker = {})
    {
        Call call;
        const qsizetype query = target.indexOf('?');
        call.route = method + ' ' + routePattern(query < 0 ? target : target.left(query));
        call.request.method = std::move(method);
        call.request.target = std::move(target);
        call.request.clientId = p.clientId;
        call.request.correlationId = marker.isEmpty()
            ? "read-"_ba + QByteArray::number(p.index) + '-' + QByteArray::number(++p.calls)
            : marker;
        call.request.idempotencyKey = marker;
        call.request.body = std::move(body);
        call.request.contentType = std::move(contentType);
        call.done = std::move(done);
        if (!p.queue.empty() || busyConnections(p) >= s.maxConnections - 1)
            ++result.queuedCalls;
        p.queue.push_back(std::move(call));
        dispatch(p);
    }

    static int busyConnections(const Participant &p)
    {
        return static_cast<int>(std::count_if(p.connections.begin(), p.connections.end(),
                                              [](const auto &c) { return c->call.has_value(); }));
    }

    // "/items/7/favorite" → "/items/{id}/favorite", as docs/api.md names routes.
    static QByteArray routePattern(const QByteArray &path)
    {
        QList<QByteArray> parts = path.split('/');
        for (QByteArray &part : parts) {
            if (!part.isEmpty()
                && (std::isdigit(static_cast<unsigned char>(part.at(0))) || part.startsWith("t-")))
                part = "{id}";
        }
        return parts.join('/');
    }

    // ----- the event channel (EventStream) ---------------------------------------------------

    void pollEvents(Participant &p)
    {
        if (!p.events.call && p.events.fd >= 0 && !p.events.in.isEmpty())
            p.events.in.clear();
        if (p.events.fd < 0 && !openConnection(p.events)) {
            after(250, [this, &p] { pollEvents(p); });
            return;
        }
        Call call;
        call.route = "GET /events";
        call.request.target = "/events?after="_ba + QByteArray::number(p.after) + "&waitMs="_ba
            + QByteArray::number(p.open ? s.eventWaitMs : 0);
        call.request.clientId = p.clientId;
        call.request.correlationId =
            "events-"_ba + QByteArray::number(p.index) + '-' + QByteArray::number(++p.calls);
        call.done = [this, &p](const httpwire::Response &r) { onEvents(p, r); };
        start(p.events, std::move(call));
    }

    void onEvents(Participant &p, const httpwire::Response &r)
    {
        if (r.status != 200) {
            after(250, [this, &p] { pollEvents(p); });
            return;
        }
        ++result.eventAnswers;
        const qint64 at = nowNs();
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        if (!p.open) {
            // startFromNow(): only what happens from here on.
            p.after = body.value(QStringLiteral("lastSeq")).toInteger();
            p.open = true;
            pollEvents(p);
            return;
        }
        if (body.value(QStringLiteral("reset")).toBool())
            ++result.eventResets;
        const QJsonArray events = body.value(QStringLiteral("events")).toArray();
        for (const QJsonValue &value : events) {
            const QJsonObject event = value.toObject();
            const QString type = event.value(QStringLiteral("type")).toString();
            if (type == QStringLiteral("write.accepted")) {
                heard(p, event.value(QStringLiteral("correlationId")).toString(), at);
            } else if (type == QStringLiteral("transfer.settled")
                       || type == QStringLiteral("transfer.failed")) {
                const QByteArray id = event.value(QStringLiteral("data"))
                                          .toObject()
                                          .value(QStringLiteral("transfer"))
                                          .toObject()
                                          .value(QStringLiteral("id"))
                                          .toString()
                                          .toUtf8();
                if (p.pendingTransfers.erase(id) > 0 && loadRunning)
                    send(p, "GET", "/account?consistency=primary");
            }
        }
        p.after = std::max(p.after, body.value(QStringLiteral("next")).toInteger());
        pollEvents(p);
    }

    // A write marker "room-<writer>-<n>" heard by participant p.
    void heard(Participant &p, const QString &marker, qint64 at)
    {
        const QStringList parts = marker.split(u'-');
        if (parts.size() != 3 || parts.at(0) != QStringLiteral("room"))
            return;
        const int writer = parts.at(1).toInt();
        const int n = parts.at(2).toInt();
        if (writer < 0 || writer >= s.clients || n < 0)
            return;
        auto &row = p.heardMs[static_cast<size_t>(writer)];
        if (row.size() <= static_cast<size_t>(n))
            row.resize(static_cast<size_t>(n) + 1, -1);
        if (row[static_cast<size_t>(n)] < 0)
            row[static_cast<size_t>(n)] = msSinceStart(at);
    }

    // ----- what the screens do ---------------------------------------------------------------

    QByteArray newMarker(Participant &p)
    {
        const int n = p.writes++;
        auto &acks = ackMs[static_cast<size_t>(p.index)];
        acks.resize(static_cast<size_t>(p.writes), -1);
        return "room-"_ba + QByteArray::number(p.index) + '-' + QByteArray::number(n);
    }

    std::function<void(const httpwire::Response &)>
    acknowledged(Participant &p, const QByteArray &marker,
                 std::function<void(const httpwire::Response &)> then = {})
    {
        const int n = marker.mid(marker.lastIndexOf('-') + 1).toInt();
        return [this, &p, n, then](const httpwire::Response &r) {
            if (r.status / 100 == 2 && r.header("Idempotent-Replayed").isEmpty()) {
                ackMs[static_cast<size_t>(p.index)][static_cast<size_t>(n)] = msSinceStart(nowNs());
                ++result.writesAcknowledged;
            }
            if (then)
                then(r);
        };
    }

    void toggleFavorite(Participant &p)
    {
        const QByteArray marker = newMarker(p);
        const QByteArray body = pick(0, 1) ? R"({"favorite":true})" : R"({"favorite":false})";
        send(p, "PUT", "/items/"_ba + QByteArray::number(pick(1, 48)) + "/favorite"_ba,
             acknowledged(p, marker), body, "application/json", marker);
    }

    void sendTransfer(Participant &p)
    {
        const QByteArray marker = newMarker(p);
        const QByteArray body = R"({"payeeId":"p-)"_ba + QByteArray::number(pick(1, 4))
            + R"(","amount":1,"note":")"_ba + marker + R"("})"_ba;
        send(p, "POST", "/transfers",
             acknowledged(p, marker,
                          [this, &p](const httpwire::Response &r) {
                              if (r.status != 202)
                                  return;
                              const QByteArray id = QJsonDocument::fromJson(r.body)
                                                        .object()
                                                        .value(QStringLiteral("transfer"))
                                                        .toObject()
                                                        .value(QStringLiteral("id"))
                                                        .toString()
                                                        .toUtf8();
                              p.pendingTransfers.insert(id);
                              send(p, "GET", "/account?consistency=primary");
                              pollTransfer(p, id);
                          }),
             body, "application/json", marker);
    }

    // Until the event says it settled, or a read does (TransferModel's fallback poll).
    void pollTransfer(Participant &p, const QByteArray &id)
    {
        after(s.settlePollMs, [this, &p, id] {
            if (!loadRunning || !p.pendingTransfers.count(id))
                return;
            send(p, "GET", "/transfers/"_ba + id + "?consistency=primary"_ba,
                 [this, &p, id](const httpwire::Response &r) {
                     const QString state = QJsonDocument::fromJson(r.body)
                                               .object()
                                               .value(QStringLiteral("transfer"))
                                               .toObject()
                                               .value(QStringLiteral("state"))
                                               .toString();
                     if (r.status == 200 && state != QStringLiteral("pending")) {
                         if (p.pendingTransfers.erase(id) > 0 && loadRunning)
                             send(p, "GET", "/account?consistency=primary");
                         return;
                     }
                     pollTransfer(p, id);
                 });
        });
    }

    void uploadPhoto(Participant &p)
    {
        const QByteArray marker = newMarker(p);
        send(p, "PUT", "/profile/photo",
             acknowledged(p, marker,
                          [this, &p](const httpwire::Response &r) {
                              if (r.status != 200 || !loadRunning)
                                  return;
                              const QJsonObject body = QJsonDocument::fromJson(r.body).object();
                              const qint64 lsn = body.value(QStringLiteral("lsn")).toInteger();
                              const qint64 version = body.value(QStringLiteral("photo"))
                                                         .toObject()
                                                         .value(QStringLiteral("version"))
                                                         .toInteger();
                              // The page reads its own write back, then shows the new photo.
                              send(p, "GET", "/profile?minLsn="_ba + QByteArray::number(lsn),
                                   [this, &p, version](const httpwire::Response &) {
                                       if (loadRunning)
                                           send(p, "GET",
                                                "/profile/photo/"_ba + QByteArray::number(version)
                                                    + "?consistency=primary"_ba);
                                   });
                          }),
             s.photo, "image/png", marker);
    }

    void startScreens(Participant &p)
    {
        if (!loadRunning)
            return;
        // What the app reads when its screens start.
        send(p, "GET", "/items");
        send(p, "GET", "/profile");
        send(p, "GET", "/account?consistency=primary");
        send(p, "GET", "/transfers?consistency=primary");
        every(s.healthEveryMs, [this, &p] {
            if (p.lagChartBusy)
                return;
            p.lagChartBusy = true;
            send(p, "GET", "/health", [&p](const httpwire::Response &) { p.lagChartBusy = false; });
        });
        every(s.inspectorEveryMs, [this, &p] {
            if (p.inspectorBusy)
                return;
            p.inspectorBusy = true;
            send(p, "GET", "/health",
                 [&p](const httpwire::Response &) { p.inspectorBusy = false; });
        });
        every(s.itemsEveryMs, [this, &p] { send(p, "GET", "/items"); });
        every(s.profileEveryMs, [this, &p] { send(p, "GET", "/profile"); });
        every(s.accountEveryMs, [this, &p] {
            send(p, "GET", "/account?consistency=primary");
            send(p, "GET", "/transfers?consistency=primary");
        });
        nowAndThen(s.toggleEveryMs, [this, &p] { toggleFavorite(p); });
        nowAndThen(s.transferEveryMs, [this, &p] { sendTransfer(p); });
        if (!s.photo.isEmpty())
            nowAndThen(s.photoEveryMs, [this, &p] { uploadPhoto(p); });
    }

    // ----- the loop --------------------------------------------------------------------------

    // One poll() pass: what is writable is written, what is readable is read and answered.
    void pass()
    {
        const qint64 now = nowNs();
        while (!timers.empty() && timers.top().dueNs <= now) {
            std::function<void()> run = timers.top().run;
            timers.pop();
            run();
        }
        std::vector<pollfd> fds;
        std::vector<std::pair<Connection *, Participant *>> owners;
        for (Participant &p : participants) {
            const auto watch = [&](Connection &c) {
                if (c.fd < 0 && c.call) {
                    fds.push_back({-1, 0, 0}); // failed on send: answered below
                } else if (c.fd >= 0) {
                    const short wanted = static_cast<short>(
                        POLLIN | (c.connecting || !c.out.isEmpty() ? POLLOUT : 0));
                    fds.push_back({c.fd, wanted, 0});
                } else {
                    return;
                }
                owners.emplace_back(&c, &p);
            };
            watch(p.events);
            for (auto &c : p.connections)
                watch(*c);
        }
        qint64 waitNs = 50'000'000;
        if (!timers.empty())
            waitNs = std::clamp<qint64>(timers.top().dueNs - nowNs(), 0, waitNs);
        const timespec timeout {static_cast<time_t>(waitNs / 1'000'000'000),
                                static_cast<long>(waitNs % 1'000'000'000)};
        const int ready = ::ppoll(fds.data(), fds.size(), &timeout, nullptr);
        if (ready < 0 && errno != EINTR)
            return;
        // First read everything that arrived, then act on it, so that answers that arrived
        // together are timed together and not behind each other's handling.
        const qint64 at = nowNs();
        std::vector<Ready> done;
        for (size_t i = 0; i < fds.size(); ++i) {
            auto [c, p] = owners[i];
            if (fds[i].fd < 0) {
                done.push_back({c, p, std::nullopt});
                continue;
            }
            if (fds[i].revents == 0)
                continue;
            bool failed = false;
            if (c->connecting && (fds[i].revents & (POLLOUT | POLLERR | POLLHUP))) {
                int error = 0;
                socklen_t length = sizeof error;
                ::getsockopt(c->fd, SOL_SOCKET, SO_ERROR, &error, &length);
                c->connecting = false;
                failed = error != 0;
            }
            if (!failed && (fds[i].revents & POLLOUT))
                failed = !flush(*c);
            if (!failed && (fds[i].revents & (POLLIN | POLLHUP | POLLERR))) {
                char chunk[65536];
                for (;;) {
                    const ssize_t n = ::recv(c->fd, chunk, sizeof chunk, 0);
                    if (n > 0) {
                        c->in.append(chunk, n);
                        continue;
                    }
                    if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR))
                        failed = true;
                    break;
                }
            }
            if (c->call) {
                if (auto response = httpwire::takeResponse(c->in))
                    done.push_back({c, p, std::move(response)});
                else if (failed)
                    done.push_back({c, p, std::nullopt});
            }
            if (failed && !c->call)
                closeConnection(*c); // an idle keep-alive connection the server closed
            else if (failed)
                c->connecting = false;
        }
        for (Ready &r : done)
            complete(r, at);
    }

    void complete(Ready &r, qint64 at)
    {
        Connection &c = *r.connection;
        Call call = std::move(*c.call);
        c.call.reset();
        c.lastUsedNs = at;
        httpwire::Response response;
        if (r.response) {
            response = std::move(*r.response);
        } else {
            closeConnection(c);
        }
        const bool measured = call.route != "GET /events";
        if (measured) {
            if (response.status / 100 == 2 && c.sentNs > 0) {
                const double error = static_cast<double>(at - c.sentNs) / 1e6 - s.latencyMs;
                result.errors.push_back(error);
                result.errorsByRoute[call.route].push_back(error);
                ++result.answered;
            } else {
                ++result.otherStatuses[response.status];
            }
        }
        if (response.header("Connection").toLower() == "close")
            closeConnection(c);
        if (call.done)
            call.done(response);
        if (measured)
            dispatch(*r.participant);
    }

    // ----- deliveries --------------------------------------------------------------------------

    // Acknowledged writes that some other participant has not heard yet.
    qint64 countMissing(QStringList *examples)
    {
        qint64 missing = 0;
        for (size_t w = 0; w < ackMs.size(); ++w) {
            for (size_t n = 0; n < ackMs[w].size(); ++n) {
                if (ackMs[w][n] < 0)
                    continue;
                for (const Participant &reader : participants) {
                    if (static_cast<size_t>(reader.index) == w)
                        continue;
                    const auto &row = reader.heardMs[w];
                    if (n < row.size() && row[n] >= 0)
                        continue;
                    ++missing;
                    if (examples && examples->size() < 10)
                        examples->append(QStringLiteral("room-%1-%2 not heard by client %3")
                                             .arg(w)
                                             .arg(n)
                                             .arg(reader.index));
                }
            }
        }
        return missing;
    }

    void collectDeliveries()
    {
        for (size_t w = 0; w < ackMs.size(); ++w) {
            for (size_t n = 0; n < ackMs[w].size(); ++n) {
                if (ackMs[w][n] < 0)
                    continue;
                for (const Participant &reader : participants) {
                    if (static_cast<size_t>(reader.index) == w)
                        continue;
                    ++result.deliveriesExpected;
                    const auto &row = reader.heardMs[w];
                    if (n < row.size() && row[n] >= 0)
                        result.deliveryMs.push_back(row[n] - ackMs[w][n]);
                }
            }
        }
        result.deliveriesMissing = countMissing(&result.missingExamples);
    }

    bool callsInFlight() const
    {
        return std::any_of(participants.begin(), participants.end(), [](const Participant &p) {
            return !p.queue.empty()
                || std::any_of(p.connections.begin(), p.connections.end(),
                               [](const auto &c) { return c->call.has_value(); });
        });
    }

    // Closes call connections nobody used for a while, as the app's network stack does.
    void closeIdle()
    {
        const qint64 now = nowNs();
        for (Participant &p : participants) {
            for (auto &c : p.connections) {
                if (c->fd >= 0 && !c->call && now - c->lastUsedNs > 30'000'000'000LL)
                    closeConnection(*c);
            }
        }
    }

    RoomResult run(const Observer &observe)
    {
        startNs = nowNs();
        for (Participant &p : participants)
            pollEvents(p);
        const qint64 openBy = nowNs() + 30'000'000'000LL;
        while (nowNs() < openBy
               && !std::all_of(participants.begin(), participants.end(),
                               [](const Participant &p) { return p.open; }))
            pass();

        loadRunning = true;
        observe(Moment::Started, 0);
        const qint64 loadStart = nowNs();
        const double cpuBefore = processCpuSeconds();
        for (Participant &p : participants)
            after(phaseMs(1000), [this, &p] { startScreens(p); });
        const qint64 loadEnd = loadStart + static_cast<qint64>(s.durationS) * 1'000'000'000LL;
        qint64 nextTick = loadStart + static_cast<qint64>(s.sampleEveryMs) * 1'000'000;
        qint64 nextSweep = loadStart + 5'000'000'000LL;
        while (nowNs() < loadEnd) {
            pass();
            const qint64 now = nowNs();
            if (now >= nextTick) {
                observe(Moment::Tick, static_cast<double>(now - loadStart) / 1e9);
                nextTick += static_cast<qint64>(s.sampleEveryMs) * 1'000'000;
            }
            if (now >= nextSweep) {
                closeIdle();
                nextSweep += 5'000'000'000LL;
            }
        }
        loadRunning = false;
        result.loadSeconds = static_cast<double>(nowNs() - loadStart) / 1e9;
        result.clientCpuSeconds = processCpuSeconds() - cpuBefore;
        observe(Moment::Ended, result.loadSeconds);

        // What was sent is answered; then every acknowledged write has drainMs to be heard.
        const qint64 drainEnd = nowNs() + static_cast<qint64>(s.drainMs) * 1'000'000;
        while (nowNs() < drainEnd && callsInFlight())
            pass();
        const qint64 heardEnd = nowNs() + static_cast<qint64>(s.drainMs) * 1'000'000;
        qint64 nextCheck = 0;
        while (nowNs() < heardEnd) {
            pass();
            if (nowNs() >= nextCheck) {
                if (countMissing(nullptr) == 0)
                    break;
                nextCheck = nowNs() + 100'000'000;
            }
        }
        collectDeliveries();
        return std::move(result);
    }
};

Room::Room(quint16 port, RoomSettings settings)
    : d(std::make_unique<Impl>(port, std::move(settings)))
{
}

Room::~Room() = default;

RoomResult Room::run(const Observer &observe)
{
    return d->run(observe);
}
