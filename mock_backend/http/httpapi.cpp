// Over 500 lines on purpose for now: the admission stages (authentication, cross-site and Host
// checks, faults, idempotency) and every route handler read as one pipeline here. Splitting the
// handlers into per-feature route files is the next step of the HTTP-layer work (issue 11).
#include "mock_backend/http/httpapi.h"

#include "core/wire.h"
#include "mock_backend/http/detailsroute.h"
#include "mock_backend/http/eventsbody.h"
#include "mock_backend/http/healthbody.h"
#include "mock_backend/http/jsonfields.h"
#include "mock_backend/http/mergeroute.h"
#include "mock_backend/sim/backendtime.h"
#include "mock_backend/sim/photovalidator.h"
#include "mock_backend/sim/simulation.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringTokenizer>

#include <vector>

namespace mock {

using namespace JsonFields;

namespace {

constexpr qint64 maxReadWaitMs = 5000;
constexpr qint64 maxEventWaitMs = 30000;

const QList<HttpApi::Route> kRoutes = {
    {"GET", QStringLiteral("/health"), HttpApi::RouteClass::Reads},
    {"GET", QStringLiteral("/items"), HttpApi::RouteClass::Reads},
    {"GET", QStringLiteral("/items/{id}"), HttpApi::RouteClass::Reads},
    {"PUT", QStringLiteral("/items/{id}/favorite"), HttpApi::RouteClass::Writes},
    {"GET", QStringLiteral("/profile"), HttpApi::RouteClass::Reads},
    {"PUT", QStringLiteral("/profile/photo"), HttpApi::RouteClass::Writes},
    {"GET", QStringLiteral("/profile/photo/{version}"), HttpApi::RouteClass::Reads},
    {"GET", QStringLiteral("/account"), HttpApi::RouteClass::Reads},
    {"GET", QStringLiteral("/transfers"), HttpApi::RouteClass::Reads},
    {"POST", QStringLiteral("/transfers"), HttpApi::RouteClass::Transfers},
    {"GET", QStringLiteral("/transfers/{id}"), HttpApi::RouteClass::Reads},
    {"GET", QStringLiteral("/events"), HttpApi::RouteClass::Events},
    {"GET", QStringLiteral("/metrics"), HttpApi::RouteClass::Admin},
    {"GET", QStringLiteral("/admin/config"), HttpApi::RouteClass::Admin},
    {"PUT", QStringLiteral("/admin/config"), HttpApi::RouteClass::Admin},
    {"PATCH", QStringLiteral("/admin/config"), HttpApi::RouteClass::Admin},
    {"GET", QStringLiteral("/admin/faults"), HttpApi::RouteClass::Admin},
    {"POST", QStringLiteral("/admin/faults"), HttpApi::RouteClass::Admin},
    {"POST", QStringLiteral("/admin/replicas/{k}/pause"), HttpApi::RouteClass::Admin},
    {"POST", QStringLiteral("/admin/replicas/{k}/resume"), HttpApi::RouteClass::Admin},
    {"POST", QStringLiteral("/admin/reset"), HttpApi::RouteClass::Admin},
    {"POST", QStringLiteral("/admin/simulate-device"), HttpApi::RouteClass::Admin},
    {"GET", QStringLiteral("/transfers/by-key/{key}"), HttpApi::RouteClass::Reads},
    {"GET", QStringLiteral("/admin/hold"), HttpApi::RouteClass::Admin},
    {"PUT", QStringLiteral("/admin/hold"), HttpApi::RouteClass::Admin},
    {"POST", QStringLiteral("/admin/hold/release"), HttpApi::RouteClass::Admin},
    {"POST", QStringLiteral("/admin/hold/{id}/release"), HttpApi::RouteClass::Admin},
    {"POST", QStringLiteral("/admin/hold/{id}/drop"), HttpApi::RouteClass::Admin},
    {"POST", QStringLiteral("/admin/hold/{id}/twice"), HttpApi::RouteClass::Admin},
    {"GET", QStringLiteral("/admin/time"), HttpApi::RouteClass::Admin},
    {"PUT", QStringLiteral("/admin/time"), HttpApi::RouteClass::Admin},
    {"POST", QStringLiteral("/admin/time/step"), HttpApi::RouteClass::Admin},
    {"PUT", QStringLiteral("/profile/details"), HttpApi::RouteClass::Writes},
    {"POST", QStringLiteral("/admin/simulate-device/details"), HttpApi::RouteClass::Admin},
    {"POST", QStringLiteral("/favorites/merge"), HttpApi::RouteClass::Writes},
};

// Route indices used by dispatch (kept in step with kRoutes above).
enum RouteIndex {
    Health,
    Items,
    Item,
    Favorite,
    Profile,
    Photo,
    PhotoVersion,
    Account,
    Transfers,
    TransferCreate,
    Transfer,
    Events,
    MetricsRoute,
    ConfigGet,
    ConfigPut,
    ConfigPatch,
    FaultsGet,
    FaultsPost,
    ReplicaPause,
    ReplicaResume,
    Reset,
    SimulateDevice,
    TransferByKey,
    HoldGet,
    HoldPut,
    HoldReleaseAll,
    HeldRelease,
    HeldDrop,
    HeldTwice,
    TimeGet,
    TimePut,
    TimeStep,
    Details,
    SimulateDeviceDetails,
    FavoritesMerge,
};

// Each route's number of '/', counted once: a path with another count cannot match it.
const std::vector<qsizetype> &routeSlashCounts()
{
    static const std::vector<qsizetype> counts = [] {
        std::vector<qsizetype> c;
        for (const HttpApi::Route &route : kRoutes)
            c.push_back(route.pattern.count(u'/'));
        return c;
    }();
    return counts;
}

// Both have the same number of '/'.
bool matchPattern(const QString &pattern, const QString &path, QStringList *params)
{
    // The same as splitting both on '/' and comparing segment by segment, but without
    // allocating: admit() tries every route for every request.
    QStringList captured;
    const auto want = QStringView(pattern).tokenize(u'/');
    const auto have = QStringView(path).tokenize(u'/');
    auto h = have.begin();
    for (const QStringView w : want) {
        const QStringView segment = *h;
        ++h;
        if (w.startsWith(u'{')) {
            if (segment.isEmpty())
                return false;
            captured.append(segment.toString());
        } else if (w != segment) {
            return false;
        }
    }
    *params = captured;
    return true;
}

ApiResponse errorResponse(int status, const QString &code, const QString &message,
                          const QString &field = {})
{
    return ApiResponse::error({status, code, message, field});
}

bool parseJsonObject(const QByteArray &body, QJsonObject *out, ApiResponse *error)
{
    ApiError apiError;
    if (JsonFields::parseObject(body, out, &apiError))
        return true;
    *error = ApiResponse::error(apiError);
    return false;
}

// A positive id in a URL segment; anything else names no resource.
std::optional<int> parseId(const QString &segment)
{
    bool ok = false;
    const int id = segment.toInt(&ok);
    if (!ok || id <= 0 || QString::number(id) != segment)
        return std::nullopt;
    return id;
}

bool isJsonType(const QByteArray &contentType)
{
    const QByteArray type = contentType.split(';').first().trimmed().toLower();
    return type == "application/json";
}

bool hasJsonBody(int route)
{
    return route == Favorite || route == TransferCreate || route == ConfigPut
        || route == ConfigPatch || route == FaultsPost || route == SimulateDevice
        || route == HoldPut || route == HoldReleaseAll || route == TimePut || route == Details
        || route == SimulateDeviceDetails;
}

bool isMutating(int route)
{
    return route == Favorite || route == Photo || route == TransferCreate || route == Details;
}

// The routes a one-shot fault can be aimed at: data routes other than the app's housekeeping.
// Admin routes and the event stream never draw faults, and /health never fails (see
// FaultInjector), so a shot aimed there would wait forever.
bool takesOneShots(const QString &routeKey)
{
    for (qsizetype i = 0; i < kRoutes.size(); ++i) {
        const HttpApi::Route &route = kRoutes.at(i);
        if (route.key() == routeKey)
            return i != Health && route.routeClass != HttpApi::RouteClass::Admin
                && route.routeClass != HttpApi::RouteClass::Events;
    }
    return false;
}

bool queryInt(const QUrlQuery &query, const QString &name, qint64 min, qint64 max, qint64 *out,
              ApiResponse *error)
{
    if (!query.hasQueryItem(name))
        return true;
    bool ok = false;
    const qint64 value = query.queryItemValue(name).toLongLong(&ok);
    if (!ok || value < min || value > max) {
        *error = errorResponse(400, QStringLiteral("invalid_field"),
                               QStringLiteral("Query parameter %1 must be a whole number from %2 "
                                              "to %3.")
                                   .arg(name)
                                   .arg(min)
                                   .arg(max),
                               name);
        return false;
    }
    *out = value;
    return true;
}

} // namespace

HttpApi::HttpApi(Simulation &simulation)
    : m_simulation(simulation)
{
}

const QList<HttpApi::Route> &HttpApi::routes()
{
    return kRoutes;
}

bool HttpApi::isHoldableRouteKey(const QString &key)
{
    return takesOneShots(key); // the same data routes: admin, events and /health answer always
}

bool HttpApi::isKnownRouteKey(const QString &key)
{
    for (const auto &route : kRoutes) {
        if (route.key() == key)
            return true;
    }
    return false;
}

HttpApi::Admission HttpApi::admit(const ApiRequest &request)
{
    Admission a;
    a.correlationId = QString::fromUtf8(request.header("X-Correlation-Id")).left(128);
    if (a.correlationId.isEmpty())
        a.correlationId = QStringLiteral("srv-") + QString::number(m_nextCorrelation++);
    a.clientId = QString::fromUtf8(request.header("X-Client-Id")).left(128);
    const BackendConfig &config = m_simulation.config();
    const bool offline = config.faults.offline;

    QList<QByteArray> allowed;
    const qsizetype pathSlashes = request.path.count(u'/');
    for (qsizetype i = 0; i < kRoutes.size(); ++i) {
        if (routeSlashCounts()[i] != pathSlashes)
            continue;
        QStringList params;
        if (!matchPattern(kRoutes.at(i).pattern, request.path, &params))
            continue;
        if (kRoutes.at(i).method == request.method) {
            a.route = static_cast<int>(i);
            a.params = params;
            a.routeLabel = kRoutes.at(i).pattern;
        } else {
            allowed.append(kRoutes.at(i).method);
        }
    }
    const auto respond = [&a](ApiResponse response) {
        a.kind = Admission::Kind::Respond;
        a.response = std::move(response);
        return a;
    };
    const auto refuse = [&](const ApiError &error) {
        ApiResponse r = ApiResponse::error(error);
        decorate(r, a);
        return respond(r);
    };
    if (a.route < 0)
        a.routeLabel = QStringLiteral("unmatched");
    if (const auto misdirected = m_browserGuard.checkHost(request))
        return refuse(*misdirected);
    // Before routing: without the token, a 404 or 405 would tell which routes exist. On
    // loopback the data routes stay open (the app's embedded backend needs no token).
    const bool isAdmin = a.route >= 0 && kRoutes.at(a.route).routeClass == RouteClass::Admin;
    if (m_token.isSet() && (a.route < 0 || isAdmin || !m_loopbackOnly)
        && !m_token.matches(request.header("Authorization"))) {
        ApiResponse r = errorResponse(401, QStringLiteral("unauthorized"),
                                      QStringLiteral("This server needs an access token: "
                                                     "send Authorization: Bearer <token>."));
        r.setHeader("WWW-Authenticate", "Bearer");
        decorate(r, a);
        return respond(r);
    }
    if (a.route < 0) {
        if (offline) {
            a.kind = Admission::Kind::Drop;
            return a;
        }
        if (allowed.isEmpty()) {
            ApiResponse r =
                errorResponse(404, QStringLiteral("route_not_found"),
                              QStringLiteral("There is no route %1 %2.")
                                  .arg(QString::fromLatin1(request.method), request.path));
            decorate(r, a);
            return respond(r);
        }
        ApiResponse r = errorResponse(405, QStringLiteral("method_not_allowed"),
                                      QStringLiteral("%1 is not allowed on %2; use %3.")
                                          .arg(QString::fromLatin1(request.method), request.path,
                                               QString::fromLatin1(allowed.join(", "))));
        r.setHeader("Allow", allowed.join(", "));
        decorate(r, a);
        return respond(r);
    }
    if (const auto crossSite = m_browserGuard.checkStateChanging(request))
        return refuse(*crossSite);

    const Route &route = kRoutes.at(a.route);
    if (!isAdmin && offline) {
        a.kind = Admission::Kind::Drop;
        return a;
    }

    const qint64 limit =
        a.route == Photo ? config.limits.maxPhotoBytes : config.limits.maxBodyBytes;
    bool lengthOk = true;
    const qint64 declared = request.header("Content-Length").toLongLong(&lengthOk);
    if (request.body.size() > limit || (lengthOk && declared > limit)) {
        ApiResponse r = errorResponse(413, QStringLiteral("payload_too_large"),
                                      QStringLiteral("The request body is larger than the limit "
                                                     "of %1 bytes.")
                                          .arg(limit));
        decorate(r, a);
        return respond(r);
    }
    const QByteArray contentType = request.header("Content-Type");
    const bool jsonRequired = hasJsonBody(a.route)
        && !(route.routeClass == RouteClass::Admin && request.body.isEmpty() && a.route != ConfigPut
             && a.route != ConfigPatch);
    bool mediaOk = true;
    if (a.route == Photo) {
        const QByteArray type = contentType.split(';').first().trimmed().toLower();
        mediaOk = type == "image/png" || type == "image/jpeg";
    } else if (jsonRequired) {
        mediaOk = isJsonType(contentType);
    }
    if (!mediaOk) {
        ApiResponse r = errorResponse(
            415, QStringLiteral("unsupported_media_type"),
            a.route == Photo
                ? QStringLiteral("Photos must be sent as image/png or image/jpeg.")
                : QStringLiteral("The request body must be sent as application/json."));
        decorate(r, a);
        return respond(r);
    }

    a.onWallTime = a.route == Health || a.route == Events;
    if (isAdmin || route.routeClass == RouteClass::Events) {
        a.kind = Admission::Kind::Proceed;
        return a;
    }

    const QByteArray rawKey = request.header("Idempotency-Key");
    if (a.route == TransferCreate && rawKey.isEmpty()) {
        ApiResponse r = errorResponse(400, QStringLiteral("idempotency_key_required"),
                                      QStringLiteral("A transfer needs an Idempotency-Key header "
                                                     "so that a retry cannot pay twice."));
        decorate(r, a);
        return respond(r);
    }
    if (rawKey.size() > 255) {
        ApiResponse r = errorResponse(400, QStringLiteral("invalid_field"),
                                      QStringLiteral("Idempotency-Key must be at most 255 "
                                                     "characters."),
                                      QStringLiteral("Idempotency-Key"));
        decorate(r, a);
        return respond(r);
    }
    // Keys are kept as text. Decoding invalid UTF-8 replaces each bad byte with U+FFFD, so two
    // different keys would become one and the second request would get a false 422.
    if (!rawKey.isValidUtf8()) {
        ApiResponse r = errorResponse(400, QStringLiteral("invalid_field"),
                                      QStringLiteral("Idempotency-Key must be UTF-8 text."),
                                      QStringLiteral("Idempotency-Key"));
        decorate(r, a);
        return respond(r);
    }

    // One fault draw, then one latency draw, for every data request: the seeded stream only
    // depends on the sequence of requests.
    const bool isWrite = isMutating(a.route);
    FaultInjector::Request faultRequest;
    faultRequest.routeKey = route.key();
    faultRequest.path = request.path;
    faultRequest.isWrite = isWrite;
    faultRequest.housekeeping = a.route == Health;
    faultRequest.atMs = m_simulation.nowMs();
    faultRequest.correlationId = a.correlationId;
    faultRequest.clientId = a.clientId;
    const FaultInjector::Action fault = m_simulation.drawFault(faultRequest).action;
    const int latencyClass = route.routeClass == RouteClass::Writes ? 1
        : route.routeClass == RouteClass::Transfers                 ? 2
                                                                    : 0;
    a.delayMs = config.latencyFor(latencyClass).sample(m_simulation.random());

    if (fault == FaultInjector::Action::Hang) {
        m_simulation.metrics().countFault(QStringLiteral("hang"));
        a.kind = Admission::Kind::Hang;
        return a;
    }
    if (fault == FaultInjector::Action::Error) {
        m_simulation.metrics().countFault(QStringLiteral("error"));
        ApiResponse r = errorResponse(503, QStringLiteral("injected_failure"),
                                      QStringLiteral("The service is temporarily unavailable "
                                                     "(injected failure). Try again."));
        r.setHeader("Retry-After", "1");
        decorate(r, a);
        a.kind = Admission::Kind::Respond;
        a.response = r;
        return a;
    }
    a.loseAfterCommit = fault == FaultInjector::Action::LoseResponse;
    a.errorAfterCommit = fault == FaultInjector::Action::ErrorAfterCommit;

    if (isWrite && !rawKey.isEmpty()) {
        const QString key = QString::fromUtf8(rawKey);
        QByteArray canonical = request.body;
        const QJsonDocument doc = QJsonDocument::fromJson(request.body);
        if (doc.isObject())
            canonical = doc.toJson(QJsonDocument::Compact); // key order and spacing ignored
        // The same details with another base version is another request, not a resend.
        if (a.route == Details && request.hasHeader("If-Match"))
            canonical += "\nIf-Match: " + request.header("If-Match").trimmed();
        const QByteArray fingerprint = QCryptographicHash::hash(
            QByteArray(request.method + ' ' + request.path.toUtf8() + '\n' + canonical),
            QCryptographicHash::Sha256);
        IdempotencyStore::StoredResponse stored;
        switch (m_simulation.idempotency().begin(key, fingerprint, m_simulation.nowMs(), &stored)) {
        case IdempotencyStore::Outcome::New:
            a.idempotencyKey = key;
            break;
        case IdempotencyStore::Outcome::Mismatch: {
            ApiResponse r = errorResponse(422, QStringLiteral("idempotency_key_reused"),
                                          QStringLiteral("This Idempotency-Key was already used "
                                                         "with a different request."));
            decorate(r, a);
            a.loseAfterCommit = false;
            a.errorAfterCommit = false;
            a.kind = Admission::Kind::Respond;
            a.response = r;
            return a;
        }
        case IdempotencyStore::Outcome::InFlight: {
            ApiResponse r = errorResponse(409, QStringLiteral("idempotency_in_flight"),
                                          QStringLiteral("A request with this Idempotency-Key is "
                                                         "still being processed."));
            decorate(r, a);
            a.loseAfterCommit = false;
            a.errorAfterCommit = false;
            a.kind = Admission::Kind::Respond;
            a.response = r;
            return a;
        }
        case IdempotencyStore::Outcome::Replay: {
            ApiResponse r;
            r.status = stored.status;
            r.body = stored.body;
            r.headers = stored.headers;
            r.setHeader("Idempotent-Replayed", "true");
            r.setHeader("X-Correlation-Id", a.correlationId.toUtf8());
            a.replay = r;
            a.loseAfterCommit = false; // nothing is committed by a replay
            a.errorAfterCommit = false;
            break;
        }
        }
    }
    // Counted only now: a replay or a refused key above drew the fault but does not lose its
    // answer, and the metric says how many answers were lost.
    if (a.loseAfterCommit)
        m_simulation.metrics().countFault(QStringLiteral("lost_response"));
    if (a.errorAfterCommit)
        m_simulation.metrics().countFault(QStringLiteral("error_after_commit"));
    a.kind = Admission::Kind::Proceed;
    return a;
}

HttpApi::Execution HttpApi::execute(const ApiRequest &request, const Admission &admission,
                                    bool finalAttempt)
{
    m_simulation.advance();
    if (admission.replay) {
        m_simulation.metrics().countReplay();
        return {false, 0, *admission.replay};
    }
    m_simulation.setWriteKey(admission.idempotencyKey);
    Execution e = dispatch(request, admission, finalAttempt);
    m_simulation.setWriteKey({});
    if (e.parked)
        return e;
    decorate(e.response, admission);
    if (!admission.idempotencyKey.isEmpty()) {
        // A 412 is as definite as a 2xx: nothing was written, and a resend must learn that,
        // not be judged again against a version its own earlier success may have made.
        if ((e.response.status >= 200 && e.response.status < 300) || e.response.status == 412)
            m_simulation.completeIdempotent(
                admission.idempotencyKey, {e.response.status, e.response.body, e.response.headers});
        else
            m_simulation.releaseIdempotent(admission.idempotencyKey);
    }
    if (admission.errorAfterCommit) {
        // The change stays committed (and its answer stored under the key); the client only
        // learns that something went wrong.
        e.response = errorResponse(503, QStringLiteral("injected_failure"),
                                   QStringLiteral("The service is temporarily unavailable "
                                                  "(injected failure after commit)."));
        decorate(e.response, admission);
    }
    return e;
}

void HttpApi::decorate(ApiResponse &response, const Admission &admission) const
{
    response.setHeader("X-Correlation-Id", admission.correlationId.toUtf8());
    if (response.header("X-Served-By").isEmpty()) {
        response.setHeader("X-Served-By", "primary");
        response.setHeader("X-LSN", QByteArray::number(m_simulation.primary().appliedLsn()));
    }
}

HttpApi::Execution HttpApi::dispatch(const ApiRequest &request, const Admission &admission,
                                     bool finalAttempt)
{
    switch (admission.route) {
    case Health:
    case Items:
    case Item:
    case Profile:
    case PhotoVersion:
    case Account:
    case Transfers:
    case Transfer:
    case TransferByKey:
        return read(request, admission, finalAttempt);
    case Events:
        return events(request, finalAttempt);
    case Favorite:
        return {false, 0, favorite(request, admission)};
    case Photo:
        return {false, 0, photo(request, admission)};
    case TransferCreate:
        return {false, 0, transfer(request, admission)};
    case Details:
        return {
            false, 0,
            DetailsRoute::put(m_simulation, request, admission.correlationId, admission.clientId)};
    case FavoritesMerge:
        return {
            false, 0,
            MergeRoute::post(m_simulation, request, admission.correlationId, admission.clientId)};
    default:
        return {false, 0, admin(request, admission)};
    }
}

HttpApi::Execution HttpApi::read(const ApiRequest &request, const Admission &admission,
                                 bool finalAttempt)
{
    ApiResponse error;
    Simulation::Node node = m_simulation.primaryNode();
    if (admission.route != Health) {
        const QUrlQuery &q = request.query;
        const QString consistency = q.hasQueryItem(QStringLiteral("consistency"))
            ? q.queryItemValue(QStringLiteral("consistency"))
            : QStringLiteral("any");
        if (consistency != QLatin1String("any") && consistency != QLatin1String("primary"))
            return {false, 0,
                    errorResponse(400, QStringLiteral("invalid_field"),
                                  QStringLiteral("Query parameter consistency must be any or "
                                                 "primary."),
                                  QStringLiteral("consistency"))};
        qint64 minLsn = -1;
        qint64 waitMs = 0;
        qint64 replica = 0;
        if (!queryInt(q, QStringLiteral("minLsn"), 0, 9007199254740992LL, &minLsn, &error)
            || !queryInt(q, QStringLiteral("waitMs"), 0, maxReadWaitMs, &waitMs, &error)
            || !queryInt(q, QStringLiteral("replica"), 1, BackendConfig::maxReplicas, &replica,
                         &error))
            return {false, 0, error};
        if (replica > m_simulation.replicas().count())
            return {false, 0,
                    errorResponse(400, QStringLiteral("invalid_field"),
                                  QStringLiteral("There is no replica %1; this server has %2.")
                                      .arg(replica)
                                      .arg(m_simulation.replicas().count()),
                                  QStringLiteral("replica"))};
        if (replica > 0) {
            node = m_simulation.replicaNode(static_cast<int>(replica));
        } else if (consistency == QLatin1String("primary")) {
            node = m_simulation.primaryNode();
        } else if (minLsn >= 0) {
            const auto caughtUp = m_simulation.nodeWithLsn(minLsn);
            if (caughtUp) {
                node = *caughtUp;
            } else if (waitMs > 0 && !finalAttempt
                       && minLsn <= m_simulation.primary().appliedLsn()) {
                return {true, m_simulation.nowMs() + waitMs, {}};
            } else {
                node = m_simulation.primaryNode();
            }
        } else {
            node = m_simulation.anyNode();
        }
    }

    if (!node.store)
        return {false, 0,
                errorResponse(503, QStringLiteral("store_unavailable"),
                              QStringLiteral("The database's %1 cannot be reached: %2")
                                  .arg(node.name(), m_simulation.storeError()))};
    const DataStore &store = *node.store;
    const qint64 lsn = store.appliedLsn();
    ApiResponse r;
    switch (admission.route) {
    case Health:
        r.body = healthBody(m_simulation.health());
        break;
    case Items:
        r = ApiResponse::json(
            200, {{QStringLiteral("items"), store.itemsJson()}, {QStringLiteral("lsn"), lsn}});
        break;
    case Item: {
        const auto id = parseId(admission.params.value(0));
        const DataStore::Item *item = id ? store.item(*id) : nullptr;
        if (!item)
            r = errorResponse(
                404, QStringLiteral("not_found"),
                QStringLiteral("There is no item %1.").arg(admission.params.value(0)));
        else
            r = ApiResponse::json(200,
                                  {{QStringLiteral("item"), DataStore::itemToJson(*item)},
                                   {QStringLiteral("lsn"), lsn}});
        break;
    }
    case Profile: {
        QJsonObject profile = store.profileJson();
        QJsonObject body {{QStringLiteral("lsn"), lsn}};
        PhotoCache &cache = m_simulation.photoCache();
        std::optional<PhotoCache::Answer> cached;
        if (cache.isActive()) {
            // The cache answers for the photo before the database: the rest of the profile is
            // the node's, the photo is the copy's, whatever the node holds now.
            cached = cache.read(store.photo(), m_simulation.nowMs());
            profile.insert(QStringLiteral("photo"), DataStore::photoToJson(cached->photo));
            body.insert(QStringLiteral("cache"),
                        QJsonObject {{QStringLiteral("strategy"),
                                      PhotoCache::strategyName(cache.strategy())},
                                     {QStringLiteral("hit"), cached->hit},
                                     {QStringLiteral("ageMs"), cached->ageMs},
                                     {QStringLiteral("version"), cached->photo.version},
                                     {QStringLiteral("nodeVersion"), store.photo().version}});
        }
        body.insert(QStringLiteral("profile"), profile);
        r = ApiResponse::json(200, body);
        r.setHeader("ETag", DetailsRoute::etag(store.details().version));
        if (cached) {
            r.setHeader(Wire::Header::cache, cached->hit ? "hit" : "miss");
            r.setHeader(Wire::Header::cacheAge, QByteArray::number(cached->ageMs));
            r.setHeader(Wire::Header::cacheVersion, QByteArray::number(cached->photo.version));
            r.setHeader(Wire::Header::cacheStrategy,
                        PhotoCache::strategyName(cache.strategy()).toUtf8());
        }
        break;
    }
    case PhotoVersion: {
        const auto version = parseId(admission.params.value(0));
        const auto blob = version ? m_simulation.photoOn(node, *version) : std::nullopt;
        if (!blob) {
            r = errorResponse(404, QStringLiteral("not_found"),
                              QStringLiteral("There is no photo version %1 on %2.")
                                  .arg(admission.params.value(0), node.name()));
        } else {
            r.status = 200;
            r.body = blob->bytes;
            r.contentType = blob->contentType.toLatin1();
            r.setHeader("Cache-Control", "public, max-age=31536000, immutable");
        }
        break;
    }
    case Account:
        r = ApiResponse::json(
            200,
            {{QStringLiteral("account"),
              store.accountJson(m_simulation.config().transfers.perTransferLimit)},
             {QStringLiteral("lsn"), lsn}});
        break;
    case Transfers:
        r = ApiResponse::json(
            200,
            {{QStringLiteral("transfers"), store.transfersJson()}, {QStringLiteral("lsn"), lsn}});
        break;
    case Transfer: {
        const DataStore::Transfer *t = store.transfer(admission.params.value(0));
        if (!t)
            r = errorResponse(404, QStringLiteral("not_found"),
                              QStringLiteral("There is no transfer %1 on %2.")
                                  .arg(admission.params.value(0), node.name()));
        else
            r = ApiResponse::json(200,
                                  {{QStringLiteral("transfer"), DataStore::transferToJson(*t)},
                                   {QStringLiteral("lsn"), lsn}});
        break;
    }
    case TransferByKey: {
        const DataStore::Transfer *t = store.transferByKey(admission.params.value(0));
        if (!t)
            r = errorResponse(404, QStringLiteral("not_found"),
                              QStringLiteral("There is no transfer with that Idempotency-Key on "
                                             "%1.")
                                  .arg(node.name()));
        else
            r = ApiResponse::json(200,
                                  {{QStringLiteral("transfer"), DataStore::transferToJson(*t)},
                                   {QStringLiteral("lsn"), lsn}});
        break;
    }
    default:
        break;
    }
    r.setHeader("X-Served-By", node.name().toUtf8());
    r.setHeader("X-LSN", QByteArray::number(lsn));
    return {false, 0, r};
}

HttpApi::Execution HttpApi::events(const ApiRequest &request, bool finalAttempt)
{
    ApiResponse error;
    qint64 after = 0;
    qint64 waitMs = 0;
    qint64 limit = 100;
    if (!queryInt(request.query, QStringLiteral("after"), 0, 9007199254740992LL, &after, &error)
        || !queryInt(request.query, QStringLiteral("waitMs"), 0, maxEventWaitMs, &waitMs, &error)
        || !queryInt(request.query, QStringLiteral("limit"), 1, 1000, &limit, &error))
        return {false, 0, error};
    bool reset = false;
    const QList<EventBus::Event> found =
        m_simulation.events().after(after, static_cast<int>(limit), &reset);
    if (found.isEmpty() && !reset && waitMs > 0 && !finalAttempt)
        return {true, m_simulation.nowMs() + waitMs, {}, after};
    const qint64 next =
        found.isEmpty() ? (reset ? m_simulation.events().lastSeq() : after) : found.constLast().seq;
    return {
        false, 0,
        ApiResponse::bytes(200, eventsBody(found, next, reset, m_simulation.events().lastSeq()))};
}

ApiResponse HttpApi::favorite(const ApiRequest &request, const Admission &admission)
{
    const auto id = parseId(admission.params.value(0));
    if (!id || !m_simulation.primary().item(*id))
        return errorResponse(404, QStringLiteral("not_found"),
                             QStringLiteral("There is no item %1.").arg(admission.params.value(0)));
    QJsonObject body;
    ApiResponse r;
    if (!parseJsonObject(request.body, &body, &r))
        return r;
    ApiError error;
    bool favorite = false;
    if (!checkKnown(body, {QStringLiteral("favorite")}, {}, &error)
        || !readBool(body, QStringLiteral("favorite"), {}, &favorite, &error, true))
        return ApiResponse::error(error);
    const qint64 lsn =
        m_simulation.setFavorite(*id, favorite, admission.correlationId, admission.clientId);
    if (lsn < 0)
        return ApiResponse::error(m_simulation.storeUnavailable());
    r = ApiResponse::json(
        200,
        {{QStringLiteral("item"), DataStore::itemToJson(*m_simulation.primary().item(*id))},
         {QStringLiteral("lsn"), lsn}});
    r.setHeader("X-Write-LSN", QByteArray::number(lsn));
    return r;
}

ApiResponse HttpApi::photo(const ApiRequest &request, const Admission &admission)
{
    const QString type =
        QString::fromLatin1(request.header("Content-Type").split(';').first().trimmed().toLower());
    ApiError error;
    if (!PhotoValidator::validate(request.body, type, m_simulation.config().limits.maxPhotoPixels,
                                  &error))
        return ApiResponse::error(error);
    const qint64 lsn =
        m_simulation.uploadPhoto(request.body, type, admission.correlationId, admission.clientId);
    if (lsn < 0)
        return ApiResponse::error(m_simulation.storeUnavailable());
    ApiResponse r = ApiResponse::json(
        200,
        {{QStringLiteral("photo"), DataStore::photoToJson(m_simulation.primary().photo())},
         {QStringLiteral("lsn"), lsn}});
    r.setHeader("X-Write-LSN", QByteArray::number(lsn));
    return r;
}

ApiResponse HttpApi::transfer(const ApiRequest &request, const Admission &admission)
{
    QJsonObject body;
    ApiResponse r;
    if (!parseJsonObject(request.body, &body, &r))
        return r;
    ApiError error;
    QString payeeId;
    qint64 amount = 0;
    QString note;
    if (!checkKnown(body,
                    {QStringLiteral("payeeId"), QStringLiteral("amount"), QStringLiteral("note")},
                    {}, &error)
        || !readString(body, QStringLiteral("payeeId"), {}, 64, &payeeId, &error, true)
        || !readInt(body, QStringLiteral("amount"), {}, 1, 9007199254740992LL, &amount, &error,
                    true)
        || !readString(body, QStringLiteral("note"), {}, 140, &note, &error))
        return ApiResponse::error(error);
    if (!m_simulation.primary().payee(payeeId))
        return errorResponse(422, QStringLiteral("unknown_payee"),
                             QStringLiteral("There is no payee %1.").arg(payeeId),
                             QStringLiteral("payeeId"));
    const auto created =
        m_simulation.createTransfer(payeeId, amount, note, admission.correlationId,
                                    admission.clientId, &error, admission.idempotencyKey);
    if (!created)
        return ApiResponse::error(error);
    r = ApiResponse::json(202,
                          {{QStringLiteral("transfer"), DataStore::transferToJson(*created)},
                           {QStringLiteral("lsn"), created->lsn}});
    r.setHeader("X-Write-LSN", QByteArray::number(created->lsn));
    r.setHeader("Location", "/transfers/" + created->id.toUtf8());
    return r;
}

ApiResponse HttpApi::postFaults(const QJsonObject &body, const Admission &admission)
{
    ApiError error;
    qint64 failNext = -1;
    qint64 failTimes = -1;
    QString route;
    QString mode = QStringLiteral("error");
    QString target = QStringLiteral("writes");
    bool clear = false;
    if (!checkKnown(body,
                    {QStringLiteral("failNext"), QStringLiteral("failTimes"),
                     QStringLiteral("route"), QStringLiteral("mode"), QStringLiteral("target"),
                     QStringLiteral("clear")},
                    {}, &error)
        || !readInt(body, QStringLiteral("failNext"), {}, 0, 10000, &failNext, &error)
        || !readInt(body, QStringLiteral("failTimes"), {}, 0, 10000, &failTimes, &error)
        || !readString(body, QStringLiteral("route"), {}, 128, &route, &error)
        || !readEnum(body, QStringLiteral("mode"), {},
                     {QStringLiteral("error"), QStringLiteral("hang"), QStringLiteral("lost"),
                      QStringLiteral("error_after_commit")},
                     &mode, &error)
        || !readEnum(body, QStringLiteral("target"), {},
                     {FaultInjector::targetName(FaultInjector::Target::Writes),
                      FaultInjector::targetName(FaultInjector::Target::AnyRequest)},
                     &target, &error)
        || !readBool(body, QStringLiteral("clear"), {}, &clear, &error))
        return ApiResponse::error(error);
    if (failTimes >= 0 && !takesOneShots(route))
        return errorResponse(400, QStringLiteral("invalid_field"),
                             QStringLiteral("route must name a data route other than GET /health "
                                            "and GET /events, such as "
                                            "\"PUT /items/{id}/favorite\"."),
                             QStringLiteral("route"));
    if (failNext < 0 && body.contains(QStringLiteral("target")))
        return errorResponse(400, QStringLiteral("invalid_field"),
                             QStringLiteral("target is only used together with failNext."),
                             QStringLiteral("target"));
    if (failTimes < 0 && body.contains(QStringLiteral("route")))
        return errorResponse(400, QStringLiteral("invalid_field"),
                             QStringLiteral("route is only used together with failTimes."),
                             QStringLiteral("route"));
    if (failNext < 0 && failTimes < 0 && !clear)
        return errorResponse(400, QStringLiteral("missing_field"),
                             QStringLiteral("Send failNext, failTimes with route, or clear."),
                             QStringLiteral("failNext"));
    FaultInjector::Action action = FaultInjector::Action::Error;
    FaultInjector::actionFromName(mode, &action);
    FaultInjector::Target aim = FaultInjector::Target::Writes;
    FaultInjector::targetFromName(target, &aim);
    FaultInjector &faults = m_simulation.faults();
    if (clear)
        faults.clearOneShots();
    if (failNext >= 0)
        faults.failNext(static_cast<int>(failNext), action, aim);
    if (failTimes >= 0)
        faults.failTimes(route, static_cast<int>(failTimes), action);
    m_simulation.publishFaults(admission.correlationId, admission.clientId);
    return ApiResponse::json(200, {{QStringLiteral("oneShots"), m_simulation.oneShotsJson()}});
}

ApiResponse HttpApi::admin(const ApiRequest &request, const Admission &admission)
{
    const QString &correlationId = admission.correlationId;
    QJsonObject body;
    ApiResponse r;
    if (hasJsonBody(admission.route) && !request.body.isEmpty()
        && !parseJsonObject(request.body, &body, &r))
        return r;
    ApiError error;
    switch (admission.route) {
    case MetricsRoute:
        r.status = 200;
        r.body = m_simulation.metricsText();
        r.contentType = "text/plain; version=0.0.4; charset=utf-8";
        return r;
    case ConfigGet:
        return ApiResponse::json(200, m_simulation.config().toJson());
    case ConfigPut:
    case ConfigPatch: {
        if (request.body.isEmpty())
            return errorResponse(400, QStringLiteral("malformed_json"),
                                 QStringLiteral("Send the configuration as a JSON object."));
        BackendConfig base = BackendConfig::defaults();
        // A whole configuration that names no replicas (a scenario's) keeps the cluster's real
        // ones, whose number and fixed delays the defaults could not express.
        if (m_simulation.postgres())
            base.replicas = m_simulation.config().replicas;
        const auto config = admission.route == ConfigPut
            ? BackendConfig::fromJson(body, &error, base)
            : m_simulation.config().patched(body, &error);
        if (!config)
            return ApiResponse::error(error);
        if (const auto refused = m_simulation.refusedByStore(*config))
            return ApiResponse::error(*refused);
        m_simulation.setConfig(*config, correlationId);
        return ApiResponse::json(200, m_simulation.config().toJson());
    }
    case FaultsGet:
        return ApiResponse::json(
            200,
            {{QStringLiteral("oneShots"), m_simulation.oneShotsJson()},
             {QStringLiteral("rates"),
              m_simulation.config().toJson().value(QStringLiteral("faults"))}});
    case FaultsPost:
        return postFaults(body, admission);
    case ReplicaPause:
    case ReplicaResume: {
        const auto id = parseId(admission.params.value(0));
        if (!id || !m_simulation.replicas().contains(*id))
            return errorResponse(
                404, QStringLiteral("not_found"),
                QStringLiteral("There is no replica %1.").arg(admission.params.value(0)));
        m_simulation.setReplicaPaused(*id, admission.route == ReplicaPause, correlationId);
        const Simulation::ReplicaHealth replica = m_simulation.replicaHealth(*id);
        return ApiResponse::json(200,
                                 {{QStringLiteral("replica"),
                                   QJsonObject {{QStringLiteral("id"), *id},
                                                {QStringLiteral("appliedLsn"), replica.appliedLsn},
                                                {QStringLiteral("paused"), replica.paused}}}});
    }
    case Reset:
        m_simulation.reset(correlationId);
        return ApiResponse::bytes(200, healthBody(m_simulation.health()));
    case SimulateDevice: {
        qint64 itemId = 0;
        bool favorite = false;
        if (!checkKnown(body, {QStringLiteral("itemId"), QStringLiteral("favorite")}, {}, &error)
            || !readInt(body, QStringLiteral("itemId"), {}, 1, 1000000, &itemId, &error, true)
            || !readBool(body, QStringLiteral("favorite"), {}, &favorite, &error, true))
            return ApiResponse::error(error);
        if (!m_simulation.primary().item(static_cast<int>(itemId)))
            return errorResponse(404, QStringLiteral("not_found"),
                                 QStringLiteral("There is no item %1.").arg(itemId),
                                 QStringLiteral("itemId"));
        const qint64 lsn =
            m_simulation.setFavorite(static_cast<int>(itemId), favorite, correlationId,
                                     QLatin1String(Simulation::otherDeviceClientId));
        if (lsn < 0)
            return ApiResponse::error(m_simulation.storeUnavailable());
        r = ApiResponse::json(
            200,
            {{QStringLiteral("item"),
              DataStore::itemToJson(*m_simulation.primary().item(static_cast<int>(itemId)))},
             {QStringLiteral("lsn"), lsn},
             {QStringLiteral("clientId"), QLatin1String(Simulation::otherDeviceClientId)}});
        r.setHeader("X-Write-LSN", QByteArray::number(lsn));
        return r;
    }
    case SimulateDeviceDetails:
        return DetailsRoute::simulateOtherDevice(m_simulation, body, correlationId);
    case HoldGet:
    case HoldPut:
    case HoldReleaseAll:
    case HeldRelease:
    case HeldDrop:
    case HeldTwice:
        return hold(body, admission);
    case TimeGet:
    case TimePut:
    case TimeStep:
        return time(body, admission);
    default:
        return errorResponse(404, QStringLiteral("route_not_found"), QStringLiteral("No route."));
    }
}

ApiResponse HttpApi::hold(const QJsonObject &body, const Admission &admission)
{
    AnswerHold &hold = m_simulation.hold();
    ApiError error;
    switch (admission.route) {
    case HoldPut: {
        qint64 capacity = AnswerHold::defaultCapacity;
        if (!checkKnown(body, {QStringLiteral("routes"), QStringLiteral("capacity")}, {}, &error)
            || !readInt(body, QStringLiteral("capacity"), {}, 1, AnswerHold::maxCapacity, &capacity,
                        &error))
            return ApiResponse::error(error);
        const QJsonValue routes = body.value(QStringLiteral("routes"));
        if (!routes.isArray())
            return errorResponse(400, QStringLiteral("missing_field"),
                                 QStringLiteral("Send routes: a list of route keys such as "
                                                "\"PUT /items/{id}/favorite\" ([] holds "
                                                "nothing)."),
                                 QStringLiteral("routes"));
        QStringList keys;
        for (const QJsonValue &route : routes.toArray()) {
            if (!isHoldableRouteKey(route.toString()))
                return errorResponse(400, QStringLiteral("invalid_field"),
                                     QStringLiteral("routes must name data routes other than "
                                                    "GET /health and GET /events, such as "
                                                    "\"PUT /items/{id}/favorite\"."),
                                     QStringLiteral("routes"));
            keys.append(route.toString());
        }
        hold.setRoutes(keys, static_cast<int>(capacity));
        break;
    }
    case HoldReleaseAll: {
        if (!checkKnown(body, {QStringLiteral("ids")}, {}, &error))
            return ApiResponse::error(error);
        if (!body.contains(QStringLiteral("ids"))) {
            hold.resolveAll(AnswerHold::Outcome::Released);
            break;
        }
        // All or nothing: a wrong id releases none, so the order asked for is kept whole.
        std::vector<quint64> ids;
        const QJsonValue list = body.value(QStringLiteral("ids"));
        for (const QJsonValue &value : list.toArray()) {
            const qint64 id = value.toInteger(-1);
            if (id <= 0 || !hold.contains(quint64(id)))
                return errorResponse(
                    404, QStringLiteral("not_found"),
                    QStringLiteral("No answer %1 is held.").arg(value.toVariant().toString()),
                    QStringLiteral("ids"));
            ids.push_back(quint64(id));
        }
        if (!list.isArray())
            return errorResponse(400, QStringLiteral("invalid_field"),
                                 QStringLiteral("ids must be a list of held answers' ids."),
                                 QStringLiteral("ids"));
        for (quint64 id : ids)
            hold.resolve(id, AnswerHold::Outcome::Released);
        break;
    }
    case HeldRelease:
    case HeldDrop:
    case HeldTwice: {
        const auto id = parseId(admission.params.value(0));
        const AnswerHold::Outcome outcome = admission.route == HeldRelease
            ? AnswerHold::Outcome::Released
            : admission.route == HeldDrop ? AnswerHold::Outcome::Dropped
                                          : AnswerHold::Outcome::Twice;
        if (!id || !hold.resolve(quint64(*id), outcome))
            return errorResponse(
                404, QStringLiteral("not_found"),
                QStringLiteral("No answer %1 is held.").arg(admission.params.value(0)));
        break;
    }
    default:
        break;
    }
    return ApiResponse::json(200, hold.takeListing(m_simulation.nowMs()));
}

ApiResponse HttpApi::time(const QJsonObject &body, const Admission &admission)
{
    // PostgreSQL replicates in real time: a slowed or frozen clock would show replication that
    // is not happening.
    if (m_simulation.postgres() && admission.route != TimeGet) {
        const double scale = body.value(QStringLiteral("scale")).toDouble(1);
        if (admission.route == TimeStep || scale != 1)
            return errorResponse(400, QStringLiteral("not_supported_by_store"),
                                 QStringLiteral("On PostgreSQL the replicas replay in real time, "
                                                "so the backend's time cannot slow down, freeze "
                                                "or step. Use a replica's lag or pause instead."),
                                 QStringLiteral("scale"));
    }
    if (!m_time)
        return errorResponse(404, QStringLiteral("route_not_found"),
                             QStringLiteral("This backend keeps no time of its own."));
    ApiError error;
    QJsonObject extra;
    switch (admission.route) {
    case TimePut: {
        double scale = 1;
        if (!checkKnown(body, {QStringLiteral("scale")}, {}, &error)
            || !readDouble(body, QStringLiteral("scale"), {}, 0, ScaledClock::maxScale, &scale,
                           &error, true))
            return ApiResponse::error(error);
        if (!ScaledClock::isValidScale(scale))
            return errorResponse(400, QStringLiteral("invalid_field"),
                                 QStringLiteral("scale must be 0 (frozen) or from 0.000001 to %1.")
                                     .arg(ScaledClock::maxScale),
                                 QStringLiteral("scale"));
        // What fell due at the old pace happens before the new one starts.
        m_simulation.advance();
        m_time->clock().setScale(scale);
        break;
    }
    case TimeStep: {
        m_simulation.advance();
        std::optional<BackendTime::Due> wake;
        if (const auto at = m_simulation.nextWakeMs())
            wake = BackendTime::Due {*at, m_simulation.nextWakeKind()};
        const auto to = m_time->step(wake);
        m_simulation.advance();
        extra.insert(QStringLiteral("stepped"),
                     to ? QJsonValue(QJsonObject {{QStringLiteral("kind"), to->kind},
                                                  {QStringLiteral("atMs"), to->atMs}})
                        : QJsonValue(QJsonValue::Null));
        break;
    }
    default:
        return ApiResponse::json(200, timeJson());
    }
    QJsonObject data = timeJson();
    for (auto it = extra.begin(); it != extra.end(); ++it)
        data.insert(it.key(), it.value());
    m_simulation.events().publish(QStringLiteral("time.changed"), admission.correlationId,
                                  admission.clientId, m_simulation.log().lastLsn(), data,
                                  m_simulation.nowMs());
    return ApiResponse::json(200, data);
}

QJsonObject HttpApi::timeJson() const
{
    std::optional<BackendTime::Due> wake;
    if (const auto at = m_simulation.nextWakeMs())
        wake = BackendTime::Due {*at, m_simulation.nextWakeKind()};
    const auto next = m_time->next(wake);
    const ScaledClock &clock = m_time->clock();
    return {{QStringLiteral("scale"), clock.scale()},
            {QStringLiteral("frozen"), clock.isFrozen()},
            {QStringLiteral("nowMs"), clock.nowMs()},
            {QStringLiteral("next"),
             next ? QJsonValue(QJsonObject {{QStringLiteral("kind"), next->kind},
                                            {QStringLiteral("atMs"), next->atMs}})
                  : QJsonValue(QJsonValue::Null)}};
}

} // namespace mock
