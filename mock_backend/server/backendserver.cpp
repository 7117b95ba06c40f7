#include "mock_backend/server/backendserver.h"

#include "mock_backend/postgres/postgresstore.h"

#include "core/clock.h"
#include "mock_backend/http/apitypes.h"
#include "mock_backend/http/httpapi.h"
#include "mock_backend/server/connection.h"
#include "mock_backend/server/httpcompat.h"
#include "mock_backend/server/listener.h"
#include "mock_backend/sim/backendtime.h"
#include "mock_backend/sim/simulation.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMetaMethod>
#include <QPointer>
#include <QTcpSocket>

#include <vector>

namespace mock {

struct BackendServer::Pending
{
    enum class State { Delayed, Parked, Hung };
    State state = State::Delayed;
    ApiRequest request;
    HttpApi::Admission admission;
    std::unique_ptr<QHttpServerResponder> responder;
    // The server deletes a socket when its client leaves; never touch the responder then.
    QPointer<QTcpSocket> socket;
    QPointer<Connection> connection; // null only when the client has already gone
    quint64 ticket = 0; // this answer's place in the connection's line
    QElapsedTimer elapsed;
    bool deadlineArmed = false;
    qint64 pollDeadlineMs = -1; // a long poll's entry in m_pollDeadlines
    qint64 waitsForEventAfter = -1; // a parked long poll's: see HttpApi::Execution
    QMetaObject::Connection clientGoneWatch; // while its answer is held
};

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

bool socketAlive(const QPointer<QTcpSocket> &socket)
{
    return socket && socket->state() == QAbstractSocket::ConnectedState;
}

void abortLater(QTcpSocket *socket)
{
    // Deferred: the server may still be inside this socket's readyRead handler.
    if (socket)
        QTimer::singleShot(0, socket, [socket] { socket->abort(); });
}

} // namespace

BackendServer::BackendServer(QObject *parent)
    : QObject(parent)
{
    init(BackendConfig::defaults());
}

BackendServer::BackendServer(const BackendConfig &config, QObject *parent)
    : QObject(parent)
{
    init(config);
}

BackendServer::BackendServer(const QJsonObject &config, QObject *parent)
    : QObject(parent)
{
    ApiError error;
    const auto parsed = BackendConfig::fromJson(config, &error);
    if (!parsed)
        m_configError = error.message;
    init(parsed.value_or(BackendConfig::defaults()));
}

BackendServer::BackendServer(const BackendConfig &config, const Clock &wallClock, QObject *parent)
    : QObject(parent)
{
    init(config, &wallClock);
}

BackendServer::~BackendServer()
{
    // Responders first (they only hold a socket pointer), then the server and its sockets.
    m_pending.clear();
    m_held.clear();
    m_http.reset();
}

void BackendServer::init(const BackendConfig &config, const Clock *wallClock)
{
    if (!wallClock) {
        m_ownWallClock = std::make_unique<SteadyClock>();
        wallClock = m_ownWallClock.get();
    }
    m_time = std::make_unique<BackendTime>(*wallClock);
    m_simulation = std::make_unique<Simulation>(config, m_time->clock());
    m_api = std::make_unique<HttpApi>(*m_simulation);
    m_api->setBackendTime(m_time.get());
    m_http = std::make_unique<QHttpServer>();
    httpcompat::setRequestHandler(
        *m_http, this, [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            onRequest(request, std::move(responder));
        });
    m_wakeTimer.setSingleShot(true);
    m_wakeTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_wakeTimer, &QTimer::timeout, this, &BackendServer::timeMoved);
    m_wallElapsed.start();
    m_pollDeadlineTimer.setSingleShot(true);
    m_pollDeadlineTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_pollDeadlineTimer, &QTimer::timeout, this, &BackendServer::pollDeadlinesDue);
}

bool BackendServer::listen(const QHostAddress &address, quint16 port)
{
    auto *tcp = new Listener([this] { return effectiveLimits(); });
    if (!tcp->listen(address, port)) {
        delete tcp;
        return false;
    }
    m_address = address;
    m_port = tcp->serverPort();
    m_listener = tcp;
    m_http->bind(tcp); // takes ownership
    m_api->setListenAddress(address, m_port);
    return true;
}

QUrl BackendServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    const bool any = m_address == QHostAddress::Any || m_address == QHostAddress::AnyIPv4
        || m_address == QHostAddress::AnyIPv6;
    url.setHost(any ? QStringLiteral("127.0.0.1") : m_address.toString());
    url.setPort(m_port);
    return url;
}

void BackendServer::setConnectionLimits(const ConnectionLimits &limits)
{
    m_limits = limits;
}

ConnectionLimits BackendServer::effectiveLimits() const
{
    ConnectionLimits limits = m_limits;
    if (limits.maxBodyBytes <= 0) {
        const BackendConfig::Limits &config = m_simulation->config().limits;
        limits.maxBodyBytes = std::max(config.maxBodyBytes, config.maxPhotoBytes);
    }
    return limits;
}

bool BackendServer::setAccessToken(const QString &token, QString *error)
{
    if (token.isEmpty()) {
        m_api->setAccessToken(AccessToken());
        return true;
    }
    const auto parsed = AccessToken::fromText(token, error);
    if (parsed)
        m_api->setAccessToken(*parsed);
    return parsed.has_value();
}

void BackendServer::setAccessToken(const AccessToken &token)
{
    m_api->setAccessToken(token);
}

BackendConfig BackendServer::config() const
{
    return m_simulation->config();
}

bool BackendServer::setConfig(const BackendConfig &config)
{
    if (m_simulation->refusedByStore(config))
        return false;
    m_simulation->setConfig(config);
    stateChanged();
    return true;
}

bool BackendServer::applyConfigPatch(const QJsonObject &patch, QString *error)
{
    ApiError apiError;
    const auto config = m_simulation->config().patched(patch, &apiError);
    if (!config) {
        if (error)
            *error = apiError.message;
        return false;
    }
    if (const auto refused = m_simulation->refusedByStore(*config)) {
        if (error)
            *error = refused->message;
        return false;
    }
    return setConfig(*config);
}

bool BackendServer::usePostgres(const PostgresSettings &settings, QString *error)
{
    auto store = PostgresStore::connect(settings, error);
    if (!store || !m_simulation->attachPostgres(std::move(store), error))
        return false;
    stateChanged();
    return true;
}

void BackendServer::reset()
{
    m_simulation->reset();
    stateChanged();
}

void BackendServer::setReplicaPaused(int replicaId, bool paused)
{
    if (m_simulation->replicas().contains(replicaId))
        m_simulation->setReplicaPaused(replicaId, paused);
    stateChanged();
}

void BackendServer::failNext(int count)
{
    m_simulation->faults().failNext(count, FaultInjector::Action::Error);
}

void BackendServer::timeMoved()
{
    m_simulation->advance();
    for (const auto &[kind, id] : m_time->takeDue())
        runPending(id, kind == BackendTime::Kind::WaitDeadline);
    stateChanged();
}

void BackendServer::onRequest(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    auto pending = std::make_unique<Pending>();
    pending->elapsed.start();
    pending->socket = m_listener ? httpcompat::socketOf(request, responder, *m_listener) : nullptr;
    pending->connection = Connection::of(pending->socket);
    if (pending->connection) {
        // A connection past a limit answers its own error and closes; nothing more is served.
        if (pending->connection->isRejected())
            return;
        pending->ticket = pending->connection->expectAnswer();
    }
    pending->responder = std::make_unique<QHttpServerResponder>(std::move(responder));
    ApiRequest &r = pending->request;
    r.method = methodName(request.method());
    r.path = request.url().path();
    r.query = request.query();
    r.headers = httpcompat::requestHeaders(request);
    r.body = request.body();
    r.fromLoopback = request.remoteAddress().isLoopback();

    m_simulation->advance();
    const qint64 seqBefore = m_simulation->events().lastSeq();
    pending->admission = m_api->admit(r);
    const HttpApi::Admission &a = pending->admission;
    // Admission can publish an event (a one-shot fault used up) that long polls wait for.
    if (m_simulation->events().lastSeq() != seqBefore)
        stateChanged();
    switch (a.kind) {
    case HttpApi::Admission::Kind::Drop:
        finish(*pending, 0, {}, QStringLiteral("dropped (offline)"));
        return;
    case HttpApi::Admission::Kind::Hang: {
        pending->state = Pending::State::Hung;
        const quint64 id = m_nextPendingId++;
        if (pending->socket) {
            // Nothing is ever written; forget the request when its client gives up.
            connect(pending->socket, &QTcpSocket::disconnected, this,
                    [this, id] { m_pending.erase(id); });
        }
        m_pending.emplace(id, std::move(pending));
        stateChanged();
        return;
    }
    case HttpApi::Admission::Kind::Respond:
    case HttpApi::Admission::Kind::Proceed:
        break;
    }
    if (a.delayMs <= 0 && a.kind == HttpApi::Admission::Kind::Respond) {
        ApiResponse response = a.response;
        pending->admission.response = response;
        finish(*pending, response.status, QString::fromUtf8(response.header("X-Served-By")), {});
        return;
    }
    const quint64 id = m_nextPendingId++;
    const qint64 delay = a.delayMs;
    m_pending.emplace(id, std::move(pending));
    if (delay <= 0) {
        runPending(id, false);
    } else if (m_pending.at(id)->admission.onWallTime) {
        QTimer::singleShot(std::chrono::milliseconds(delay), Qt::PreciseTimer, this,
                           [this, id] { runPending(id, false); });
    } else {
        m_time->schedule(m_simulation->nowMs() + delay, BackendTime::Kind::Answer, id);
        scheduleWake();
    }
}

void BackendServer::runPending(quint64 id, bool finalAttempt)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    Pending &p = *it->second;
    if (p.admission.kind == HttpApi::Admission::Kind::Respond) {
        p.admission.response.setHeader("X-Correlation-Id", p.admission.correlationId.toUtf8());
        finish(p, p.admission.response.status,
               QString::fromUtf8(p.admission.response.header("X-Served-By")), {});
        m_pending.erase(it);
        return;
    }
    // A parked request whose client left has nobody to answer.
    if (p.state == Pending::State::Parked && !socketAlive(p.socket)) {
        unpark(id, p);
        m_pending.erase(it);
        return;
    }
    const HttpApi::Execution e = m_api->execute(p.request, p.admission, finalAttempt);
    if (e.parked) {
        p.waitsForEventAfter = e.waitsForEventAfter;
        if (!p.deadlineArmed) {
            p.state = Pending::State::Parked;
            p.deadlineArmed = true;
            m_parked.insert(id);
            if (p.admission.onWallTime) {
                // A long poll: its deadline is housekeeping, so a frozen backend still answers.
                const qint64 wait = std::max<qint64>(0, e.parkUntilMs - m_simulation->nowMs());
                p.pollDeadlineMs = m_wallElapsed.elapsed() + wait;
                m_pollDeadlines.emplace(p.pollDeadlineMs, id);
                if (m_pollDeadlines.begin()->second == id)
                    armPollDeadlineTimer();
            } else {
                m_time->schedule(e.parkUntilMs, BackendTime::Kind::WaitDeadline, id);
            }
        }
        scheduleWake();
        return;
    }
    p.admission.response = e.response;
    unpark(id, p);
    if (!p.admission.loseAfterCommit && holdAnswer(it->second)) {
        m_pending.erase(it);
        stateChanged();
        return;
    }
    const QString servedBy = QString::fromUtf8(e.response.header("X-Served-By"));
    if (p.admission.loseAfterCommit) {
        finish(p, -e.response.status, servedBy, QStringLiteral("response lost after commit"));
    } else {
        finish(p, e.response.status, servedBy, {});
    }
    m_parked.erase(id);
    m_pending.erase(it);
    stateChanged();
}

bool BackendServer::holdAnswer(std::unique_ptr<Pending> &pending)
{
    Pending &p = *pending;
    AnswerHold &hold = m_simulation->hold();
    const QString routeKey = QString::fromLatin1(p.request.method) + u' ' + p.admission.routeLabel;
    if (p.admission.route < 0 || !hold.holds(routeKey) || !socketAlive(p.socket))
        return false;
    AnswerHold::Entry entry;
    entry.routeKey = routeKey;
    entry.method = p.request.method;
    entry.path = p.request.path;
    entry.correlationId = p.admission.correlationId;
    entry.clientId = p.admission.clientId;
    entry.status = p.admission.response.status;
    entry.heldAtMs = m_simulation->nowMs();
    const quint64 holdId = hold.add(entry);
    m_simulation->publishHold(QStringLiteral("answer.held"), *hold.entry(holdId));
    // A client that gives up (its timeout, a closed connection) resolves the answer.
    p.clientGoneWatch = connect(p.socket, &QTcpSocket::disconnected, this, [this, holdId] {
        const auto it = m_held.find(holdId);
        if (it == m_held.end())
            return;
        std::unique_ptr<Pending> gone = std::move(it->second);
        m_held.erase(it);
        const AnswerHold::Entry left = m_simulation->hold().finish(
            holdId, AnswerHold::Outcome::ClientGone, m_simulation->nowMs());
        m_simulation->publishHold(
            QStringLiteral("answer.dropped"), left,
            {{QStringLiteral("reason"), AnswerHold::outcomeName(AnswerHold::Outcome::ClientGone)}});
        finish(*gone, 0, {}, QStringLiteral("held; client gave up"));
        stateChanged();
    });
    m_held.emplace(holdId, std::move(pending));
    return true;
}

void BackendServer::carryOutHoldCommands()
{
    AnswerHold &hold = m_simulation->hold();
    for (const AnswerHold::Command &command : hold.takeCommands()) {
        const auto it = m_held.find(command.id);
        std::unique_ptr<Pending> p;
        if (it != m_held.end()) {
            p = std::move(it->second);
            m_held.erase(it);
        }
        const AnswerHold::Entry entry =
            hold.finish(command.id, command.outcome, m_simulation->nowMs());
        if (!p)
            continue;
        disconnect(p->clientGoneWatch);
        const QString outcome = AnswerHold::outcomeName(command.outcome);
        switch (command.outcome) {
        case AnswerHold::Outcome::Released:
        case AnswerHold::Outcome::Twice: {
            if (command.outcome == AnswerHold::Outcome::Twice)
                deliverAgain(*p);
            const int status = p->admission.response.status;
            m_simulation->publishHold(
                QStringLiteral("answer.released"), entry,
                {{QStringLiteral("outcome"), outcome}, {QStringLiteral("status"), status}});
            if (status > 0)
                finish(*p, status, QString::fromUtf8(p->admission.response.header("X-Served-By")),
                       QStringLiteral("held, ") + outcome);
            else
                finish(*p, 0, {}, QStringLiteral("held, delivered twice, second lost"));
            break;
        }
        case AnswerHold::Outcome::Dropped:
        case AnswerHold::Outcome::ClientGone:
        case AnswerHold::Outcome::Reset:
        case AnswerHold::Outcome::Overflow:
            m_simulation->publishHold(QStringLiteral("answer.dropped"), entry,
                                      {{QStringLiteral("reason"), outcome}});
            finish(*p, 0, {}, QStringLiteral("held, ") + outcome);
            break;
        }
    }
}

// "Deliver twice" (docs/api.md): the request reaches the API a second time, byte for byte with
// the same headers and Idempotency-Key, as a proxy's retransmission would; the client gets the
// second delivery's answer, the first one's is discarded.
void BackendServer::deliverAgain(Pending &p)
{
    m_simulation->advance();
    HttpApi::Admission again = m_api->admit(p.request);
    switch (again.kind) {
    case HttpApi::Admission::Kind::Respond:
        break;
    case HttpApi::Admission::Kind::Drop:
    case HttpApi::Admission::Kind::Hang:
        again.response = {};
        again.response.status = 0;
        break;
    case HttpApi::Admission::Kind::Proceed: {
        // The wait is over: a read that would park answers with what there is now.
        const HttpApi::Execution e = m_api->execute(p.request, again, true);
        again.response = e.response;
        if (again.loseAfterCommit)
            again.response.status = 0;
        break;
    }
    }
    p.admission = std::move(again);
}

void BackendServer::finish(Pending &p, int status, const QString &servedBy, const QString &note)
{
    const bool write = status > 0;
    const bool clientGone = !socketAlive(p.socket);
    // Written (or, for a dropped or lost response, aborted) once every earlier answer on the
    // connection is out: pipelined answers leave in request order.
    Connection::Answer out;
    if (write) {
        out = [socket = p.socket, responder = std::shared_ptr(std::move(p.responder)), status,
               response = std::move(p.admission.response), headOnly = p.request.method == "HEAD"] {
            if (!socketAlive(socket))
                return;
            httpcompat::writeAnswer(*responder, status, response.contentType, response.headers,
                                    response.body, headOnly);
            // Send now rather than when control returns to the event loop: when many timers
            // expire in one pass, every answer would otherwise wait until the last was computed.
            socket->flush();
        };
    } else {
        out = [socket = p.socket] { abortLater(socket); };
    }
    if (p.connection)
        p.connection->answer(p.ticket, std::move(out));
    else
        out();
    const double seconds = static_cast<double>(p.elapsed.nsecsElapsed()) / 1e9;
    const int shownStatus = status < 0 ? -status : status;
    m_simulation->metrics().observeRequest(p.admission.routeLabel, p.request.method, shownStatus,
                                           seconds);
    // The log line costs a few string formats per request; build it only for a listener.
    static const QMetaMethod logSignal = QMetaMethod::fromSignal(&BackendServer::requestLogged);
    if (!isSignalConnected(logSignal))
        return;
    QString line = QStringLiteral("%1 %2 %3 %4 %5ms corr=%6")
                       .arg(QString::fromLatin1(p.request.method), p.request.path,
                            status == 0 ? QStringLiteral("-") : QString::number(shownStatus),
                            servedBy.isEmpty() ? QStringLiteral("-") : servedBy)
                       .arg(p.elapsed.elapsed())
                       .arg(p.admission.correlationId);
    if (!note.isEmpty())
        line += QStringLiteral(" (") + note + u')';
    if (write && clientGone)
        line += QStringLiteral(" (client gone)");
    emit requestLogged(line);
}

void BackendServer::stateChanged()
{
    // Answering a parked request changes state again. Rather than a nested pass per answer
    // (with a room's 50 long polls woken by one event, 50 passes deep), the pass under way goes
    // round once more.
    if (m_inStateChanged) {
        m_stateChangedAgain = true;
        return;
    }
    m_inStateChanged = true;
    do {
        m_stateChangedAgain = false;
        m_simulation->advance();
        carryOutHoldCommands();
        // Parked requests (long polls, read-your-writes waits) look again at the new state.
        // Only the parked ones, not every pending request: this runs after each answered
        // request. A copy, in id order as before, because running one may park or finish others.
        const qint64 lastSeq = m_simulation->events().lastSeq();
        const std::vector<quint64> parked(m_parked.begin(), m_parked.end());
        for (quint64 id : parked) {
            // A long poll with no new event for it would only park again; one whose client
            // left is still run, to forget it.
            const auto it = m_pending.find(id);
            if (it != m_pending.end() && it->second->waitsForEventAfter >= lastSeq
                && socketAlive(it->second->socket))
                continue;
            runPending(id, false);
        }
    } while (m_stateChangedAgain);
    m_inStateChanged = false;
    scheduleWake();
}

void BackendServer::unpark(quint64 id, Pending &pending)
{
    m_parked.erase(id);
    if (pending.pollDeadlineMs >= 0) {
        m_pollDeadlines.erase({pending.pollDeadlineMs, id});
        pending.pollDeadlineMs = -1;
    }
}

void BackendServer::armPollDeadlineTimer()
{
    if (m_pollDeadlines.empty()) {
        m_pollDeadlineTimer.stop();
        return;
    }
    const qint64 wait = m_pollDeadlines.begin()->first - m_wallElapsed.elapsed();
    m_pollDeadlineTimer.start(std::chrono::milliseconds(std::max<qint64>(0, wait)));
}

// Long polls whose wait is over answer with what there is (nothing new); in deadline order.
void BackendServer::pollDeadlinesDue()
{
    const qint64 now = m_wallElapsed.elapsed();
    std::vector<quint64> due;
    while (!m_pollDeadlines.empty() && m_pollDeadlines.begin()->first <= now) {
        due.push_back(m_pollDeadlines.begin()->second);
        m_pollDeadlines.erase(m_pollDeadlines.begin());
    }
    for (quint64 id : due) {
        if (const auto it = m_pending.find(id); it != m_pending.end())
            it->second->pollDeadlineMs = -1;
        runPending(id, true);
    }
    armPollDeadlineTimer();
}

void BackendServer::scheduleWake()
{
    m_time->forgetLeadingUnless([this](quint64 id) { return m_pending.count(id) > 0; });
    std::optional<BackendTime::Due> wake;
    if (const auto at = m_simulation->nextWakeMs())
        wake = BackendTime::Due {*at, {}};
    const auto next = m_time->next(wake);
    const ScaledClock &clock = m_time->clock();
    // None when nothing is scheduled or the backend is frozen with nothing yet due.
    const auto wait = next ? clock.wallMsUntil(next->atMs) : std::nullopt;
    if (!wait) {
        m_wakeTimer.stop();
        return;
    }
    // Most requests leave the next wake where it was; restarting the timer costs more than them.
    if (m_wakeTimer.isActive() && m_wakeAtMs == next->atMs && m_wakeRevision == clock.revision())
        return;
    m_wakeAtMs = next->atMs;
    m_wakeRevision = clock.revision();
    m_wakeTimer.start(std::chrono::milliseconds(*wait));
}

} // namespace mock
