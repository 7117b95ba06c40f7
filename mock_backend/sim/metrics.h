#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <array>
#include <map>

namespace mock {

// Counters and latency histograms, rendered in the Prometheus text exposition format.
class Metrics
{
public:
    struct ReplicaGauge
    {
        int id = 0;
        qint64 appliedLsn = 0;
        double lagSeconds = 0;
        bool paused = false;
        // The real store only: the common formula read on the replica; -1 if it could not be.
        double pgLagSeconds = -1;
    };
    struct Gauges
    {
        qint64 primaryLsn = 0;
        QList<ReplicaGauge> replicas;
        int pendingTransfers = 0;
        qint64 eventSeq = 0;
        int idempotencyKeys = 0;
        QString store = QStringLiteral("simulation");
    };

    void observeRequest(const QString &route, const QByteArray &method, int status, double seconds);
    void countReplay() { ++m_replays; }
    void countFault(const QString &kind) { ++m_faults[kind]; }
    void clear();

    QByteArray render(const Gauges &gauges) const;

private:
    static constexpr std::array<double, 12> kBuckets {0.005, 0.01, 0.025, 0.05, 0.1,  0.25,
                                                      0.5,   1.0,  2.5,   5.0,  10.0, 30.0};
    struct Histogram
    {
        std::array<quint64, kBuckets.size()> counts {};
        quint64 count = 0;
        double sum = 0;
    };
    // Keys are (route, method) and (route, method, status): ordered maps keep output stable.
    std::map<std::pair<QString, QByteArray>, Histogram> m_latency;
    std::map<std::tuple<QString, QByteArray, int>, quint64> m_requests;
    std::map<QString, quint64> m_faults;
    quint64 m_replays = 0;
};

} // namespace mock
