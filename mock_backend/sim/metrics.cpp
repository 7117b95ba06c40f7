#include "mock_backend/sim/metrics.h"

namespace mock {

void Metrics::observeRequest(const QString &route, const QByteArray &method, int status,
                             double seconds)
{
    ++m_requests[{route, method, status}];
    Histogram &h = m_latency[{route, method}];
    for (size_t i = 0; i < kBuckets.size(); ++i) {
        if (seconds <= kBuckets[i])
            ++h.counts[i];
    }
    ++h.count;
    h.sum += seconds;
}

void Metrics::clear()
{
    m_latency.clear();
    m_requests.clear();
    m_faults.clear();
    m_replays = 0;
}

QByteArray Metrics::render(const Gauges &g) const
{
    QByteArray out;
    const auto label = [](const QString &route, const QByteArray &method) -> QByteArray {
        return "route=\"" + route.toUtf8() + "\",method=\"" + method + "\"";
    };
    out += "# HELP converge_requests_total HTTP requests answered, by route and status.\n"
           "# TYPE converge_requests_total counter\n";
    for (const auto &[key, count] : m_requests) {
        const auto &[route, method, status] = key;
        out += "converge_requests_total{" + label(route, method) + ",status=\""
            + QByteArray::number(status) + "\"} " + QByteArray::number(count) + '\n';
    }
    out += "# HELP converge_request_duration_seconds Time from request to answer, including "
           "injected latency.\n"
           "# TYPE converge_request_duration_seconds histogram\n";
    for (const auto &[key, h] : m_latency) {
        const QByteArray l = label(key.first, key.second);
        for (size_t i = 0; i < kBuckets.size(); ++i) {
            out += "converge_request_duration_seconds_bucket{" + l + ",le=\""
                + QByteArray::number(kBuckets[i]) + "\"} " + QByteArray::number(h.counts[i]) + '\n';
        }
        out += "converge_request_duration_seconds_bucket{" + l + ",le=\"+Inf\"} "
            + QByteArray::number(h.count) + '\n';
        out += "converge_request_duration_seconds_sum{" + l + "} "
            + QByteArray::number(h.sum, 'f', 6) + '\n';
        out += "converge_request_duration_seconds_count{" + l + "} " + QByteArray::number(h.count)
            + '\n';
    }
    out += "# HELP converge_primary_lsn Last LSN committed on the primary.\n"
           "# TYPE converge_primary_lsn gauge\n"
           "converge_primary_lsn "
        + QByteArray::number(g.primaryLsn) + '\n';
    out += "# HELP converge_replica_applied_lsn Last LSN each replica has applied.\n"
           "# TYPE converge_replica_applied_lsn gauge\n";
    for (const auto &r : g.replicas)
        out += "converge_replica_applied_lsn{replica=\"" + QByteArray::number(r.id) + "\"} "
            + QByteArray::number(r.appliedLsn) + '\n';
    out += "# HELP converge_replica_lag_seconds Age of the oldest write a replica has not "
           "applied yet.\n"
           "# TYPE converge_replica_lag_seconds gauge\n";
    for (const auto &r : g.replicas)
        out += "converge_replica_lag_seconds{replica=\"" + QByteArray::number(r.id) + "\"} "
            + QByteArray::number(r.lagSeconds, 'f', 3) + '\n';
    if (g.store == QLatin1String("postgres")) {
        // Beside our own measure, the one dashboards use; docs/postgres.md has its caveats.
        out += "# HELP pg_replication_lag_seconds Seconds since the last transaction a replica "
               "replayed, 0 when it has replayed all it received (read on the replica).\n"
               "# TYPE pg_replication_lag_seconds gauge\n";
        for (const auto &r : g.replicas) {
            if (r.pgLagSeconds >= 0)
                out += "pg_replication_lag_seconds{instance=\"replica-" + QByteArray::number(r.id)
                    + "\"} " + QByteArray::number(r.pgLagSeconds, 'f', 3) + '\n';
        }
    }
    out += "# HELP converge_replica_paused 1 while a replica is partitioned.\n"
           "# TYPE converge_replica_paused gauge\n";
    for (const auto &r : g.replicas)
        out += "converge_replica_paused{replica=\"" + QByteArray::number(r.id) + "\"} "
            + (r.paused ? "1" : "0") + '\n';
    out += "# HELP converge_pending_transfers Transfers not settled yet.\n"
           "# TYPE converge_pending_transfers gauge\n"
           "converge_pending_transfers "
        + QByteArray::number(g.pendingTransfers) + '\n';
    out += "# HELP converge_idempotent_replays_total Answers replayed from the idempotency "
           "store.\n"
           "# TYPE converge_idempotent_replays_total counter\n"
           "converge_idempotent_replays_total "
        + QByteArray::number(m_replays) + '\n';
    out += "# HELP converge_idempotency_keys Keys currently remembered.\n"
           "# TYPE converge_idempotency_keys gauge\n"
           "converge_idempotency_keys "
        + QByteArray::number(g.idempotencyKeys) + '\n';
    out += "# HELP converge_injected_faults_total Injected faults, by kind.\n"
           "# TYPE converge_injected_faults_total counter\n";
    for (const auto &[kind, count] : m_faults)
        out += "converge_injected_faults_total{kind=\"" + kind.toUtf8() + "\"} "
            + QByteArray::number(count) + '\n';
    out += "# HELP converge_event_seq Sequence number of the newest event.\n"
           "# TYPE converge_event_seq gauge\n"
           "converge_event_seq "
        + QByteArray::number(g.eventSeq) + '\n';
    return out;
}

} // namespace mock
