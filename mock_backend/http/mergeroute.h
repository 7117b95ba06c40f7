#pragma once

#include "mock_backend/http/apitypes.h"

namespace mock {

class Simulation;

// POST /favorites/merge (docs/api.md, "Offline-first favorites"), kept out of httpapi.cpp. It runs
// after admission: faults, latency and idempotency are HttpApi's.
namespace MergeRoute {

// Body {"device": "<id>", "copy": <FavoritesReplica>}; answers 200 with "theirs" (the server's
// copy before this one was merged) and "merged" (after). 400 for a malformed copy, 404 when it
// names an item the catalogue does not have.
ApiResponse post(Simulation &simulation, const ApiRequest &request, const QString &correlationId,
                 const QString &clientId);

} // namespace MergeRoute

} // namespace mock
