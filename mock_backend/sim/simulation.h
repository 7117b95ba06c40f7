#pragma once

#include "core/crdt/favoritesreplica.h"
#include "mock_backend/config/backendconfig.h"
#include "mock_backend/http/apierror.h"
#include "mock_backend/sim/answerhold.h"
#include "mock_backend/sim/datastore.h"
#include "mock_backend/sim/eventbus.h"
#include "mock_backend/sim/faultinjector.h"
#include "mock_backend/sim/idempotencystore.h"
#include "mock_backend/sim/metrics.h"
#include "mock_backend/sim/photocache.h"
#include "mock_backend/sim/replicaset.h"
#include "mock_backend/sim/replicationlog.h"
#include "mock_backend/sim/seededrandom.h"

#include <QByteArray>

#include <map>
#include <memory>
#include <optional>
#include <vector>

class Clock;

namespace mock {

class PostgresStore;

// The deterministic heart of the backend, free of HTTP and timers: data, replication log,
// replicas, transfers and their settlement, events, faults and idempotency. Time comes from an
// injected Clock; randomness from one SeededRandom. Call advance() whenever time has moved.
class Simulation
{
public:
    struct Node
    {
        int replicaId = 0; // 0 = primary
        const DataStore *store = nullptr;
        QString name() const;
    };
    struct Blob
    {
        QByteArray bytes;
        QString contentType;
    };
    static constexpr auto otherDeviceClientId = "other-device";

    Simulation(const BackendConfig &config, const Clock &clock);
    ~Simulation();

    // The real store (docs/postgres.md): from now on writes commit on a PostgreSQL primary,
    // reads ask its nodes and replicas lag and pause for real. Replica lag becomes each
    // replica's fixed delay. Loads what the database holds (data, pending transfers, answers
    // under idempotency keys).
    bool attachPostgres(std::unique_ptr<PostgresStore> store, QString *error);
    PostgresStore *postgres() const { return m_pg.get(); }
    // "simulation" or "postgres".
    QString storeName() const;
    // Why the store cannot run this configuration (a 400 for the person), if it cannot.
    std::optional<ApiError> refusedByStore(const BackendConfig &config) const;
    // Why the last write did not commit (the store could not be reached).
    const QString &storeError() const { return m_storeError; }
    // 503 store_unavailable, with storeError().
    ApiError storeUnavailable() const;
    // The Idempotency-Key reserved for the write about to run, so a real store reserves it in
    // the write's own transaction; empty for none.
    void setWriteKey(const QString &key) { m_writeKey = key; }
    // The idempotency store's outcome for a key, kept in the database too on the real store.
    void completeIdempotent(const QString &key, const IdempotencyStore::StoredResponse &answer);
    void releaseIdempotent(const QString &key);

    const BackendConfig &config() const { return m_config; }
    // Applies a validated configuration; emits config.changed. A changed seed reseeds.
    void setConfig(const BackendConfig &config, const QString &correlationId = {});
    // Back to the seeded initial state (data, log, replicas, keys, one-shot faults, metrics).
    // Event sequence numbers keep growing so connected clients see a data.reset event.
    void reset(const QString &correlationId = {});

    qint64 nowMs() const;
    // Settles due transfers and applies due replica entries, in time order, up to now.
    void advance();
    std::optional<qint64> nextWakeMs() const;
    // What is due then: "replica_apply" or "settlement" (the earlier; a tie settles first).
    QString nextWakeKind() const;

    // Writes. Each commits one log entry and returns its LSN, or -1 when the store could not
    // commit it (storeError() says why; nothing changed).
    qint64 setFavorite(int itemId, bool favorite, const QString &correlationId,
                       const QString &clientId);
    qint64 uploadPhoto(const QByteArray &bytes, const QString &contentType,
                       const QString &correlationId, const QString &clientId);
    // A new version of the profile's name and e-mail, written by clientId now. Any precondition
    // (If-Match) is the caller's to check against primary().details() first.
    qint64 setDetails(const QString &name, const QString &email, const QString &correlationId,
                      const QString &clientId);
    // Holds the amount and schedules settlement; fails with 422 insufficient_funds/over_limit,
    // or 503 store_unavailable.
    std::optional<DataStore::Transfer> createTransfer(const QString &payeeId, qint64 amount,
                                                      const QString &note,
                                                      const QString &correlationId,
                                                      const QString &clientId, ApiError *error,
                                                      const QString &idempotencyKey = {});

    void setReplicaPaused(int replicaId, bool paused, const QString &correlationId = {});

    // Offline-first favorites (POST /favorites/merge): merges a device's copy into the server's
    // and returns the server's copy as it was before. The merged copy lives on the primary only
    // and outside the LSN log: merges commute, so there is no order for replicas to replay.
    // Publishes favorites.merged when the copy changed.
    FavoritesReplica mergeFavorites(const FavoritesReplica &copy, const QString &device,
                                    const QString &correlationId, const QString &clientId);
    const FavoritesReplica &mergedFavorites() const { return m_mergedFavorites; }

    // Read routing.
    // On the real store a node's data is read from it when the Node is made; store is nullptr
    // when the node cannot be reached.
    Node primaryNode() const;
    Node replicaNode(int replicaId) const;
    Node anyNode(); // seeded choice among replicas, primary when there are none
    // The first replica (by id) that has applied minLsn, if any.
    std::optional<Node> nodeWithLsn(qint64 minLsn) const;

    const DataStore &primary() const { return m_primary; }
    const ReplicaSet &replicas() const { return m_replicas; }
    const ReplicationLog &log() const { return m_log; }
    // A photo version's bytes as node holds them (a lagging replica of the real store lacks
    // new uploads).
    std::optional<Blob> photoOn(const Node &node, int version) const;
    struct ReplicaHealth
    {
        int id = 0;
        qint64 appliedLsn = 0;
        qint64 lagMs = 0;
        bool paused = false;
    };
    // What GET /health reports (written as JSON by mock_backend/http/healthbody.*).
    struct Health
    {
        qint64 seed = 0;
        qint64 primaryLsn = 0;
        QList<ReplicaHealth> replicas;
        qint64 pendingTransfers = 0;
        qint64 eventSeq = 0;
        bool offline = false;
        QString store = QStringLiteral("simulation"); // or "postgres"
    };
    Health health() const;
    ReplicaHealth replicaHealth(int replicaId) const;
    QByteArray metricsText() const;

    SeededRandom &random() { return m_random; }
    EventBus &events() { return m_events; }
    FaultInjector &faults() { return m_faults; }
    // The fault decision for one data request. Using up a one-shot fault publishes
    // faults.changed, so every control room shows what is left without asking.
    FaultInjector::Decision drawFault(const FaultInjector::Request &request);
    // After one-shot faults were armed or cleared through faults(): tells connected clients.
    void publishFaults(const QString &correlationId, const QString &clientId);
    QJsonObject oneShotsJson() const { return m_faults.oneShotsJson(nowMs()); }
    IdempotencyStore &idempotency() { return m_idempotency; }
    // Answers held back for the facilitator; a reset resolves every one (see AnswerHold).
    AnswerHold &hold() { return m_hold; }
    // answer.held, answer.released or answer.dropped for one held answer.
    void publishHold(const QString &type, const AnswerHold::Entry &entry,
                     const QJsonObject &extra = {});
    Metrics &metrics() { return m_metrics; }
    // The cache in front of the profile's photo (config.cache); uploads keep it up to date as its
    // strategy says, a reset or a new strategy empties it.
    PhotoCache &photoCache() { return m_photoCache; }

private:
    struct Settlement
    {
        QString transferId;
        bool success = true;
        QString reason;
        QString correlationId;
        QString clientId;
    };

    qint64 commit(const QString &kind, const QJsonObject &data, const QString &correlationId,
                  const QString &clientId, qint64 atMs, const QByteArray &photoBytes = {});
    void publishAccepted(qint64 lsn);
    // The real store's part of advance(): announces what each replica has replayed.
    void watchReplicas(qint64 nowMs);
    void applyReplicaSettings(const QList<LagModel> &before);
    const DataStore *snapshot(int node) const;
    void scheduleSettlement(const QString &transferId, qint64 createdAtMs,
                            const QString &correlationId, const QString &clientId);
    bool loadFromPostgres();
    void settle(const Settlement &settlement, qint64 atMs);
    void initialiseData();
    void configureCache();

    BackendConfig m_config;
    const Clock &m_clock;
    SeededRandom m_random;
    ReplicationLog m_log;
    DataStore m_primary;
    ReplicaSet m_replicas;
    EventBus m_events;
    FaultInjector m_faults;
    IdempotencyStore m_idempotency;
    Metrics m_metrics;
    AnswerHold m_hold;
    PhotoCache m_photoCache;
    FavoritesReplica m_mergedFavorites;
    std::map<int, Blob> m_blobs;
    // Keyed by (due time, creation order) so simultaneous settlements keep a stable order.
    std::map<std::pair<qint64, qint64>, Settlement> m_settlements;
    qint64 m_nextTransferNumber = 1;
    qint64 m_settlementOrder = 0;

    std::unique_ptr<PostgresStore> m_pg;
    mutable QString m_storeError;
    QString m_writeKey;
    // Per replica of the real store: the last write announced as applied there.
    std::vector<qint64> m_announcedLsn;
    // The nodes' data as last read, for the Node handed to a read.
    mutable std::map<int, DataStore> m_snapshots;
};

} // namespace mock
