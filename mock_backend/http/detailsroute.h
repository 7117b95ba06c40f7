#pragma once

#include "mock_backend/http/apitypes.h"

#include <optional>

namespace mock {

class Simulation;

// PUT /profile/details (optimistic concurrency with If-Match) and
// POST /admin/simulate-device/details (another device's unconditional edit), kept out of
// httpapi.cpp. Both run after admission: faults, latency and idempotency are HttpApi's.
namespace DetailsRoute {

// The strong ETag of a details version: "3" (quotes included).
QByteArray etag(int detailsVersion);

// What If-Match asks for: nothing (no header: the write applies whatever the version), any
// version (*), or exactly one. Anything else is 400 invalid_field, field "If-Match".
struct Precondition
{
    bool present = false;
    std::optional<int> version; // unset with present: "*"
};
bool parseIfMatch(const ApiRequest &request, Precondition *out, ApiError *error);

// The person's write: body {"name","email"}, both required.
ApiResponse put(Simulation &simulation, const ApiRequest &request, const QString &correlationId,
                const QString &clientId);
// Simulation::otherDeviceClientId's write: body {"name"?, "email"?}, at least one, no If-Match.
ApiResponse simulateOtherDevice(Simulation &simulation, const QJsonObject &body,
                                const QString &correlationId);

} // namespace DetailsRoute

} // namespace mock
