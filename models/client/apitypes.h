#pragma once

#include "core/crdt/favoritesreplica.h"
#include "models/client/dto.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <QUrlQuery>

#include <chrono>
#include <functional>
#include <variant>

// Where a read may be served from; see docs/api.md "Read consistency".
enum class ReadConsistency {
    AnyReplica, // the naive read: whichever replica the backend picks
    Primary,
    ReadYourWrites, // at least the session's own last write (minLsn = token)
    AtLeast, // at least an LSN the caller gives (monotonic reads: the highest it has seen)
};

enum class ApiError {
    None,
    ConnectionRefused, // nothing was listening: the request certainly did not arrive
    Network, // the connection broke after the request went out
    Timeout, // no complete answer within the deadline
    Http, // the server answered with an error status and a JSON error body
    Malformed, // the answer was not what the contract promises (bad JSON, wrong types, truncated)
    Canceled,
};

using ApiPayload =
    std::variant<std::monostate, Health, QList<CatalogItem>, CatalogItem, Profile, PhotoInfo,
                 QByteArray, Account, Transfer, QList<Transfer>, QJsonObject, FavoritesReplica>;

struct ApiRequest
{
    QByteArray method = "GET";
    QString path;
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType; // empty means no body
    QString idempotencyKey;
    QByteArray ifMatch; // the If-Match header's value; empty sends none
    QString correlationId; // generated when empty
    std::chrono::milliseconds timeout {10000};
    // Only reads and keyed writes are ever retried, whatever this says.
    int maxAttempts = 1;
    // Polls of the event channel are not part of anybody's story; keep them out of the timeline.
    bool quiet = false;
    // Turns the JSON answer into a typed payload; returns false with a message when it does not
    // fit.
    std::function<bool(const QJsonObject &, ApiPayload &, QString &)> decode;
    bool binaryAnswer = false; // e.g. photo bytes
    // An admin request. The backend answers those while its data routes are (simulated) offline,
    // so their answers say nothing about whether the person is online (see reachabilityObserved).
    bool control = false;

    bool isWrite() const { return method != "GET" && method != "HEAD"; }
    bool isSafeToRetry() const { return !isWrite() || !idempotencyKey.isEmpty(); }
};

struct ApiResult
{
    ApiError error = ApiError::None;
    int httpStatus = 0;
    QString errorCode; // the server's error.code, or a client-side one
    QString message; // plain words, fit to show
    QJsonObject body;
    ApiPayload payload;
    QString correlationId;
    QString requestId; // the call's id ("r-17"), as its ApiRequestInfo had it
    QString servedBy;
    qint64 nodeLsn = -1;
    qint64 writeLsn = -1;
    bool replayed = false;
    // The photo cache in front of a profile read (X-Cache, X-Cache-Age, X-Cache-Version,
    // X-Cache-Strategy; docs/api.md "Photo cache"); cache is empty when no cache answered.
    QString cache; // "hit" or "miss"
    QString cacheStrategy; // as cache.strategy names it: "ttl", "write-through", …
    qint64 cacheAgeMs = -1;
    qint64 cacheVersion = -1;
    bool wasWrite = false;
    int attempts = 0;
    qint64 elapsedMs = 0;

    bool ok() const { return error == ApiError::None; }
    // A write whose request may have reached the server although no answer came back: the
    // ambiguous case real clients must resolve by asking again, never by assuming.
    bool outcomeUnknown() const
    {
        return wasWrite
            && (error == ApiError::Network || error == ApiError::Timeout
                || error == ApiError::Malformed);
    }
    // The server refused the request on purpose (validation, conflict): retrying will not help.
    bool isRejection() const { return error == ApiError::Http && httpStatus < 500; }

    template<typename T> const T *get() const { return std::get_if<T>(&payload); }
};

// What the timeline and telemetry see of a request before it has an answer.
struct ApiRequestInfo
{
    QString correlationId;
    QByteArray method;
    QString path;
    QString idempotencyKey;
    int attempt = 1;
    // One call of this client (its attempts share it): pairs a request with its answer when one
    // story has several reads in flight.
    QString requestId;
    // For reads: the consistency asked for — "any", "primary" or "min-lsn" (then minLsn is the
    // token sent) — empty for writes.
    QString consistency;
    qint64 minLsn = -1;
};

Q_DECLARE_METATYPE(ApiResult)
Q_DECLARE_METATYPE(ApiRequestInfo)
