#pragma once

#include "mock_backend/http/apierror.h"
#include "mock_backend/sim/lagmodel.h"
#include "mock_backend/sim/latencymodel.h"
#include "mock_backend/sim/photocache.h"

#include <QJsonObject>
#include <QList>

#include <optional>

namespace mock {

// The whole simulation configuration: parsed and validated from JSON against the one schema
// (core/configschema.h, which also holds the defaults), serialized back to JSON. Invalid values
// are rejected with a message naming the field; nothing is clamped silently.
struct BackendConfig
{
    struct Faults
    {
        double errorRate = 0;
        double hangRate = 0;
        double lostResponseRate = 0;
        bool offline = false;
    };
    struct Transfers
    {
        qint64 settleMinMs = 2000;
        qint64 settleMaxMs = 5000;
        double successRate = 0.85;
        qint64 perTransferLimit = 500000;
    };
    struct Limits
    {
        qint64 maxBodyBytes = 64 * 1024;
        qint64 maxPhotoBytes = 10 * 1024 * 1024;
        qint64 maxPhotoPixels = 40000000;
    };

    struct Cache
    {
        PhotoCache::Strategy strategy = PhotoCache::Strategy::None;
        qint64 ttlMs = 10000;
        qint64 invalidationLagMs = 2000;
    };

    static constexpr int maxReplicas = 5; // ConfigSchema: replication.replicas

    quint64 seed = 42;
    LatencyModel reads;
    LatencyModel writes;
    LatencyModel transfersLatency;
    Faults faults;
    QList<LagModel> replicas;
    Transfers transfers;
    Cache cache;
    qint64 idempotencyTtlMs = 24LL * 60 * 60 * 1000;
    Limits limits;

    // A lively default: noticeable latency and replica lag, no injected faults.
    static BackendConfig defaults();
    // No latency, no lag, no faults, fast settlement: for tests of other folders.
    static BackendConfig instant();

    QJsonObject toJson() const;
    // Fields missing from json keep the values of base.
    static std::optional<BackendConfig> fromJson(const QJsonObject &json, ApiError *error,
                                                 const BackendConfig &base = defaults());
    // JSON merge patch (RFC 7386) of patch onto this configuration, then validated.
    std::optional<BackendConfig> patched(const QJsonObject &patch, ApiError *error) const;

    const LatencyModel &latencyFor(int routeClass) const;
};

} // namespace mock
