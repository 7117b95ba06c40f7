#pragma once

#include <QLatin1StringView>
#include <QString>

// The wire contract both sides speak (docs/api.md): routes, header names and error codes. The
// backend writes them, the client reads them; neither spells them out on its own. The
// configuration schema is the other half of the contract (core/configschema.h).
namespace Wire {

namespace Header {
inline constexpr char correlationId[] = "X-Correlation-Id";
inline constexpr char clientId[] = "X-Client-Id";
inline constexpr char idempotencyKey[] = "Idempotency-Key";
inline constexpr char idempotentReplayed[] = "Idempotent-Replayed";
inline constexpr char servedBy[] = "X-Served-By";
inline constexpr char nodeLsn[] = "X-LSN";
inline constexpr char writeLsn[] = "X-Write-LSN";
// Optimistic concurrency on the profile's details: GET /profile and the details write answer
// ETag: "<detailsVersion>"; a write sends If-Match: "<n>" (or *) to apply only on that version.
inline constexpr char etag[] = "ETag";
inline constexpr char ifMatch[] = "If-Match";
// The photo cache in front of GET /profile (docs/api.md, "Photo cache"); absent without a cache.
inline constexpr char cache[] = "X-Cache"; // hit or miss
inline constexpr char cacheAge[] = "X-Cache-Age"; // ms since the copy was stored
inline constexpr char cacheVersion[] = "X-Cache-Version"; // the photo version the copy holds
inline constexpr char cacheStrategy[] = "X-Cache-Strategy"; // as cache.strategy names it
} // namespace Header

namespace ErrorCode {
inline constexpr QLatin1StringView malformedJson {"malformed_json"};
inline constexpr QLatin1StringView missingField {"missing_field"};
inline constexpr QLatin1StringView invalidField {"invalid_field"};
inline constexpr QLatin1StringView unauthorized {"unauthorized"};
inline constexpr QLatin1StringView notFound {"not_found"};
inline constexpr QLatin1StringView routeNotFound {"route_not_found"};
inline constexpr QLatin1StringView methodNotAllowed {"method_not_allowed"};
inline constexpr QLatin1StringView payloadTooLarge {"payload_too_large"};
inline constexpr QLatin1StringView idempotencyKeyRequired {"idempotency_key_required"};
inline constexpr QLatin1StringView idempotencyKeyReused {"idempotency_key_reused"};
// The first request with this key is still being processed: wait, then ask again with the key.
inline constexpr QLatin1StringView idempotencyInFlight {"idempotency_in_flight"};
inline constexpr QLatin1StringView unknownPayee {"unknown_payee"};
inline constexpr QLatin1StringView injectedFailure {"injected_failure"};
// 412: the If-Match version is not the current one; the body carries the current "profile".
inline constexpr QLatin1StringView preconditionFailed {"precondition_failed"};
} // namespace ErrorCode

// Route patterns as docs/api.md writes them; {…} is filled in by fill().
namespace Route {
inline constexpr QLatin1StringView adminConfig {"/admin/config"};
inline constexpr QLatin1StringView adminFaults {"/admin/faults"};
inline constexpr QLatin1StringView adminReset {"/admin/reset"};
inline constexpr QLatin1StringView adminSimulateDevice {"/admin/simulate-device"};
// Another device edits the profile's name and/or e-mail (without If-Match).
inline constexpr QLatin1StringView adminSimulateDeviceDetails {"/admin/simulate-device/details"};
inline constexpr QLatin1StringView adminReplicaPause {"/admin/replicas/{k}/pause"};
inline constexpr QLatin1StringView adminReplicaResume {"/admin/replicas/{k}/resume"};
// Holding answers back (GET lists, PUT sets the held routes) and what becomes of one.
inline constexpr QLatin1StringView adminHold {"/admin/hold"};
inline constexpr QLatin1StringView adminHoldRelease {"/admin/hold/release"};
inline constexpr QLatin1StringView adminHeldRelease {"/admin/hold/{id}/release"};
inline constexpr QLatin1StringView adminHeldDrop {"/admin/hold/{id}/drop"};
inline constexpr QLatin1StringView adminHeldTwice {"/admin/hold/{id}/twice"};
// Backend time: GET says it, PUT {"scale"} slows or freezes it, POST …/step moves to what is due.
inline constexpr QLatin1StringView adminTime {"/admin/time"};
inline constexpr QLatin1StringView adminTimeStep {"/admin/time/step"};

// Route keys (method, space, pattern) as GET /admin/faults names them; the ones a control room
// aims a one-shot fault at.
inline constexpr QLatin1StringView favoriteKey {"PUT /items/{id}/favorite"};
inline constexpr QLatin1StringView photoKey {"PUT /profile/photo"};
inline constexpr QLatin1StringView detailsKey {"PUT /profile/details"};
inline constexpr QLatin1StringView transferKey {"POST /transfers"};
inline constexpr QLatin1StringView itemsKey {"GET /items"};
inline constexpr QLatin1StringView profileKey {"GET /profile"};
inline constexpr QLatin1StringView accountKey {"GET /account"};

// The pattern with its first {…} replaced by value: fill(adminReplicaPause, "2").
inline QString fill(QLatin1StringView pattern, const QString &value)
{
    QString path = pattern;
    const qsizetype open = path.indexOf(u'{');
    const qsizetype close = path.indexOf(u'}', open);
    if (open >= 0 && close > open)
        path.replace(open, close - open + 1, value);
    return path;
}
} // namespace Route

// What POST /admin/faults {"failNext":N,"target":…} aims at.
namespace FaultTarget {
inline constexpr QLatin1StringView writes {"writes"}; // the person's next writes (the default)
inline constexpr QLatin1StringView any {"any"}; // any data request but /health
} // namespace FaultTarget

} // namespace Wire
