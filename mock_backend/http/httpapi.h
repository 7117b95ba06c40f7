#pragma once

#include "mock_backend/http/accesstoken.h"
#include "mock_backend/http/apitypes.h"
#include "mock_backend/http/browserguard.h"

#include <QStringList>

#include <optional>

namespace mock {

class BackendTime;
class Simulation;

// The API's routes and rules, independent of sockets and timers: decides what a request gets
// (an immediate answer, a dropped connection, a hang, or execution after a latency delay) and
// executes it against the Simulation. BackendServer carries out the decisions with real
// sockets and timers; unit tests call this class directly.
class HttpApi
{
public:
    enum class RouteClass { Reads, Writes, Transfers, Events, Admin };
    struct Route
    {
        QByteArray method;
        QString pattern;
        RouteClass routeClass;
        QString key() const { return QString::fromLatin1(method) + u' ' + pattern; }
    };
    struct Admission
    {
        enum class Kind { Respond, Drop, Hang, Proceed };
        Kind kind = Kind::Respond;
        ApiResponse response; // for Respond
        qint64 delayMs = 0; // for Respond and Proceed
        bool loseAfterCommit = false;
        bool errorAfterCommit = false; // commit, then answer 503 (fault mode error_after_commit)
        int route = -1;
        QStringList params;
        QString routeLabel; // route pattern, or "unmatched", for logs and metrics
        QString correlationId;
        QString clientId;
        QString idempotencyKey; // set when a key was reserved
        std::optional<ApiResponse> replay;
        // /health and /events: housekeeping, timed on the wall clock, never slowed or frozen.
        bool onWallTime = false;
    };
    struct Execution
    {
        bool parked = false;
        qint64 parkUntilMs = 0;
        ApiResponse response;
        // A parked long poll: nothing can change its answer until an event with a higher
        // sequence number is published (or its deadline passes). -1 for other parked reads.
        qint64 waitsForEventAfter = -1;
    };

    explicit HttpApi(Simulation &simulation);

    // Required on admin and unknown routes, and on every route off loopback; an unset token
    // requires nothing.
    void setAccessToken(const AccessToken &token) { m_token = token; }
    // Where the server listens: decides whether data routes need the token and which Host
    // names are this server's (BrowserGuard).
    void setListenAddress(const QHostAddress &address, quint16 port)
    {
        m_loopbackOnly = address.isLoopback();
        m_browserGuard = BrowserGuard(address, port);
    }

    // The server's time (GET/PUT /admin/time, POST /admin/time/step); without it those routes
    // answer 404.
    void setBackendTime(BackendTime *time) { m_time = time; }

    Admission admit(const ApiRequest &request);
    // finalAttempt: a parked request's deadline has passed; answer with what there is.
    Execution execute(const ApiRequest &request, const Admission &admission, bool finalAttempt);

    static const QList<Route> &routes();
    static bool isKnownRouteKey(const QString &key);
    // Routes whose answers the backend can hold back (PUT /admin/hold).
    static bool isHoldableRouteKey(const QString &key);

private:
    Execution dispatch(const ApiRequest &request, const Admission &admission, bool finalAttempt);
    Execution read(const ApiRequest &request, const Admission &admission, bool finalAttempt);
    Execution events(const ApiRequest &request, bool finalAttempt);
    ApiResponse favorite(const ApiRequest &request, const Admission &admission);
    ApiResponse photo(const ApiRequest &request, const Admission &admission);
    ApiResponse transfer(const ApiRequest &request, const Admission &admission);
    ApiResponse admin(const ApiRequest &request, const Admission &admission);
    ApiResponse hold(const QJsonObject &body, const Admission &admission);
    ApiResponse postFaults(const QJsonObject &body, const Admission &admission);
    ApiResponse time(const QJsonObject &body, const Admission &admission);
    QJsonObject timeJson() const;
    void decorate(ApiResponse &response, const Admission &admission) const;

    Simulation &m_simulation;
    BackendTime *m_time = nullptr;
    AccessToken m_token;
    BrowserGuard m_browserGuard;
    bool m_loopbackOnly = true;
    qint64 m_nextCorrelation = 1;
};

} // namespace mock
