#pragma once

#include "mock_backend/sim/simulation.h"

#include <QByteArray>

namespace mock {

// GET /health as compact JSON, byte for byte what QJsonDocument would write for the same object
// (keys in the same sorted order). Every app in a room polls it, so it is written directly:
// building a QJsonObject and serialising it cost more than the rest of the request together
// (docs/performance.md).
QByteArray healthBody(const Simulation::Health &health);

} // namespace mock
