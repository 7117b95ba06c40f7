#pragma once

#include <QLatin1StringView>

// The wire contract both sides speak (docs/api.md): header names and error codes. The backend
// writes them, the client reads them; neither spells them out on its own.
namespace Wire {

namespace Header {
inline constexpr char correlationId[] = "X-Correlation-Id";
inline constexpr char clientId[] = "X-Client-Id";
inline constexpr char idempotencyKey[] = "Idempotency-Key";
inline constexpr char idempotentReplayed[] = "Idempotent-Replayed";
inline constexpr char servedBy[] = "X-Served-By";
inline constexpr char nodeLsn[] = "X-LSN";
inline constexpr char writeLsn[] = "X-Write-LSN";
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
} // namespace ErrorCode

} // namespace Wire
