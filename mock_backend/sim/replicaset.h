#pragma once

#include "mock_backend/sim/datastore.h"
#include "mock_backend/sim/lagmodel.h"
#include "mock_backend/sim/replicationlog.h"

#include <QList>

#include <deque>
#include <optional>

namespace mock {

class SeededRandom;

// The read replicas. Each one has a queue of log entries in LSN order with the time each
// becomes applicable (commit time + sampled lag, never earlier than the entry before it):
// lag is a queue that drains, not a sleep per read. A paused replica keeps queueing and
// catches up in a burst when resumed.
class ReplicaSet
{
public:
    struct Replica
    {
        int id = 0; // 1-based
        LagModel lag;
        DataStore store;
        std::deque<std::pair<qint64, qint64>> queue; // (lsn, dueMs)
        qint64 lastDueMs = 0;
        bool paused = false;
    };
    struct Applied
    {
        int replicaId = 0;
        qint64 upToLsn = 0;
    };

    void reset(const DataStore &initial, const QList<LagModel> &models);
    // Adds or removes replicas (new ones start as a copy of primary) and updates lag models.
    void reconfigure(const QList<LagModel> &models, const DataStore &primary);

    // A new commit: sample each replica's lag (in replica order) and queue it.
    void enqueue(const LogEntry &entry, SeededRandom &random);
    // Applies every entry due at nowMs, in LSN order per replica.
    QList<Applied> advance(qint64 nowMs, const ReplicationLog &log);
    std::optional<qint64> nextDueMs() const;

    void setPaused(int replicaId, bool paused);

    int count() const { return static_cast<int>(m_replicas.size()); }
    bool contains(int replicaId) const { return replicaId >= 1 && replicaId <= count(); }
    const Replica &replica(int replicaId) const { return m_replicas.at(replicaId - 1); }
    // How far behind the primary this replica is, in ms: the age of its oldest unapplied entry.
    qint64 lagMs(int replicaId, qint64 nowMs, const ReplicationLog &log) const;

private:
    QList<Replica> m_replicas;
};

} // namespace mock
