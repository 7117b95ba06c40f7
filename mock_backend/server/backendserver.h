#pragma once

#include "mock_backend/config/backendconfig.h"
#include "mock_backend/http/accesstoken.h"
#include "mock_backend/postgres/postgressettings.h"
#include "mock_backend/server/connectionlimits.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <map>
#include <memory>
#include <set>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

class Clock;

namespace mock {

class BackendTime;
class HttpApi;
class Listener;
class Simulation;

// The simulated backend as a real HTTP/1.1 server (QHttpServer). It carries out what HttpApi
// decides: answers after the sampled latency, parks long polls and read-your-writes waits,
// keeps hung requests open until the client leaves, drops connections, loses responses after
// committing, and holds answers back until the facilitator releases them (AnswerHold). Lives in the
// thread that created it; call its methods from that thread.
class BackendServer : public QObject
{
    Q_OBJECT

public:
    explicit BackendServer(QObject *parent = nullptr);
    explicit BackendServer(const BackendConfig &config, QObject *parent = nullptr);
    // An invalid JSON configuration leaves the defaults in place; see configError().
    explicit BackendServer(const QJsonObject &config, QObject *parent = nullptr);
    // Backend time runs on wallClock (scaled, see BackendTime) instead of a steady clock of its
    // own; for tests that move the wall clock themselves and then call timeMoved().
    BackendServer(const BackendConfig &config, const Clock &wallClock, QObject *parent = nullptr);
    ~BackendServer() override;

    bool listen(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    QUrl url() const;
    quint16 port() const { return m_port; }
    QString configError() const { return m_configError; }

    // For connections accepted from now on; see ConnectionLimits.
    void setConnectionLimits(const ConnectionLimits &limits);
    ConnectionLimits connectionLimits() const { return effectiveLimits(); }

    // Required on every route when listening off loopback, and on admin and unknown routes
    // always. An empty token requires none; false (nothing changes) for a token AccessToken
    // refuses, such as one of only spaces.
    bool setAccessToken(const QString &token, QString *error = nullptr);
    void setAccessToken(const AccessToken &token);

    BackendConfig config() const;
    bool setConfig(const BackendConfig &config);
    // The same merge patch as PATCH /admin/config; false (and a message) when invalid.
    bool applyConfigPatch(const QJsonObject &patch, QString *error = nullptr);
    void reset();
    // The real store instead of the simulated one (docs/postgres.md); call before listen().
    // false and a message for the person when a node is unreachable or not what it should be.
    bool usePostgres(const PostgresSettings &settings, QString *error);
    void setReplicaPaused(int replicaId, bool paused);
    void failNext(int count);
    // Runs what has fallen due in backend time and re-arms the timer: after an injected wall
    // clock moved, or the time scale changed in process.
    void timeMoved();

    // For in-process tests and inspectors; same thread only.
    Simulation &simulation() { return *m_simulation; }
    BackendTime &backendTime() { return *m_time; }

signals:
    // One line per request: method, path, status, served-by, latency, correlation id.
    void requestLogged(const QString &line);

private:
    struct Pending;
    void init(const BackendConfig &config, const Clock *wallClock = nullptr);
    void onRequest(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void runPending(quint64 id, bool finalAttempt);
    void finish(Pending &pending, int status, const QString &servedBy, const QString &note);
    // Parks an executed request's answer when its route is held; false when it is not.
    bool holdAnswer(std::unique_ptr<Pending> &pending);
    // Carries out what the facilitator asked of held answers (AnswerHold's commands).
    void carryOutHoldCommands();
    void deliverAgain(Pending &pending);
    void stateChanged();
    void scheduleWake();
    // A parked request is answered or gone: it no longer waits for new state or its deadline.
    void unpark(quint64 id, Pending &pending);
    void armPollDeadlineTimer();
    void pollDeadlinesDue();
    ConnectionLimits effectiveLimits() const;

    std::unique_ptr<Clock> m_ownWallClock; // unless one was injected
    std::unique_ptr<BackendTime> m_time;
    std::unique_ptr<Simulation> m_simulation;
    std::unique_ptr<HttpApi> m_api;
    std::unique_ptr<QHttpServer> m_http;
    QPointer<Listener> m_listener; // owned by m_http
    ConnectionLimits m_limits;
    std::map<quint64, std::unique_ptr<Pending>> m_pending;
    std::set<quint64> m_parked; // ids in m_pending whose state is Parked
    std::map<quint64, std::unique_ptr<Pending>> m_held; // by AnswerHold id

    // Long polls' deadlines on wall time (ms of m_wallElapsed, pending id), earliest first, with
    // one timer for the earliest. A single-shot timer per poll would outlive every poll that an
    // event answered first: at a room's event rate, thousands of dead timers, and Qt inserts each
    // new timer into a sorted list.
    std::set<std::pair<qint64, quint64>> m_pollDeadlines;
    QElapsedTimer m_wallElapsed;
    QTimer m_pollDeadlineTimer;

    bool m_inStateChanged = false;
    bool m_stateChangedAgain = false;

    quint64 m_nextPendingId = 1;
    QTimer m_wakeTimer;
    qint64 m_wakeAtMs = 0; // backend time m_wakeTimer is set for
    quint64 m_wakeRevision = 0; // of the scale and steps it was set under
    QHostAddress m_address;
    quint16 m_port = 0;
    QString m_configError;
};

} // namespace mock
