#include "mock_backend/sim/replicaset.h"

#include "mock_backend/sim/seededrandom.h"

#include <algorithm>

namespace mock {

void ReplicaSet::reset(const DataStore &initial, const QList<LagModel> &models)
{
    m_replicas.clear();
    reconfigure(models, initial);
}

void ReplicaSet::reconfigure(const QList<LagModel> &models, const DataStore &primary)
{
    while (m_replicas.size() > models.size())
        m_replicas.removeLast();
    while (m_replicas.size() < models.size()) {
        Replica r;
        r.id = static_cast<int>(m_replicas.size()) + 1;
        r.store = primary;
        m_replicas.append(std::move(r));
    }
    for (qsizetype i = 0; i < models.size(); ++i) {
        m_replicas[i].lag = models.at(i);
        m_replicas[i].paused = models.at(i).paused;
    }
}

void ReplicaSet::enqueue(const LogEntry &entry, SeededRandom &random)
{
    for (auto &r : m_replicas) {
        const qint64 due = std::max(entry.atMs + r.lag.sample(random), r.lastDueMs);
        r.lastDueMs = due;
        r.queue.emplace_back(entry.lsn, due);
    }
}

QList<ReplicaSet::Applied> ReplicaSet::advance(qint64 nowMs, const ReplicationLog &log)
{
    QList<Applied> applied;
    for (auto &r : m_replicas) {
        if (r.paused)
            continue;
        qint64 upTo = 0;
        while (!r.queue.empty() && r.queue.front().second <= nowMs) {
            const qint64 lsn = r.queue.front().first;
            r.queue.pop_front();
            // A replica added after a commit already holds it in its copied state.
            if (lsn <= r.store.appliedLsn())
                continue;
            r.store.apply(log.entry(lsn));
            upTo = lsn;
        }
        if (upTo > 0)
            applied.append({r.id, upTo});
    }
    return applied;
}

std::optional<qint64> ReplicaSet::nextDueMs() const
{
    std::optional<qint64> next;
    for (const auto &r : m_replicas) {
        if (r.paused || r.queue.empty())
            continue;
        const qint64 due = r.queue.front().second;
        if (!next || due < *next)
            next = due;
    }
    return next;
}

void ReplicaSet::setPaused(int replicaId, bool paused)
{
    if (contains(replicaId)) {
        m_replicas[replicaId - 1].paused = paused;
        m_replicas[replicaId - 1].lag.paused = paused;
    }
}

qint64 ReplicaSet::lagMs(int replicaId, qint64 nowMs, const ReplicationLog &log) const
{
    const Replica &r = replica(replicaId);
    if (r.store.appliedLsn() >= log.lastLsn())
        return 0;
    return std::max<qint64>(0, nowMs - log.entry(r.store.appliedLsn() + 1).atMs);
}

} // namespace mock
