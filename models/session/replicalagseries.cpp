#include "models/session/replicalagseries.h"

#include "core/clock.h"
#include "models/client/apicall.h"
#include "models/client/apiclient.h"
#include "models/session/telemetry.h"

#include <QLocale>
#include <QTimer>

#include <algorithm>

ReplicaLagSeries::ReplicaLagSeries(ApiClient *api, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_clock(clock)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &ReplicaLagSeries::poll);
}

void ReplicaLagSeries::start()
{
    if (!m_api)
        return;
    m_timer->start();
    poll();
}

void ReplicaLagSeries::stop()
{
    m_timer->stop();
}

bool ReplicaLagSeries::isRunning() const
{
    return m_timer->isActive();
}

void ReplicaLagSeries::setPollIntervalMs(int ms)
{
    m_timer->setInterval(std::max(10, ms));
}

qint64 ReplicaLagSeries::nowMs() const
{
    return m_clock->nowMs();
}

void ReplicaLagSeries::setWindowMs(qint64 ms)
{
    m_windowMs = std::max<qint64>(1000, ms);
    for (auto &series : m_series)
        trim(series);
    Q_EMIT samplesChanged();
}

void ReplicaLagSeries::poll()
{
    // One health request at a time: a slow backend must not pile up polls.
    if (!m_api || m_inFlight)
        return;
    m_inFlight = m_api->fetchHealth();
    connect(m_inFlight, &ApiCall::finished, this, [this](const ApiResult &result) {
        m_inFlight = nullptr;
        if (const Health *health = result.get<Health>())
            addHealth(*health);
    });
}

void ReplicaLagSeries::addHealth(const Health &health)
{
    const qint64 now = m_clock->nowMs();
    for (const ReplicaHealth &replica : health.replicas) {
        auto &series = m_series[replica.id];
        series.push_back(
            {now, std::max<qint64>(0, replica.lagMs), replica.appliedLsn, replica.paused});
        trim(series);
    }
    updateAlarm();
    Q_EMIT samplesChanged();
}

void ReplicaLagSeries::addSample(int replicaId, qint64 lagMs, bool paused, qint64 appliedLsn)
{
    ReplicaHealth replica;
    replica.id = replicaId;
    replica.lagMs = lagMs;
    replica.paused = paused;
    replica.appliedLsn = appliedLsn;
    Health health;
    health.replicas.append(replica);
    addHealth(health);
}

void ReplicaLagSeries::trim(std::deque<Sample> &series) const
{
    if (series.empty())
        return;
    const qint64 oldest = series.back().atMs - m_windowMs;
    while (!series.empty() && series.front().atMs < oldest)
        series.pop_front();
    // A hard cap as well, in case a test or a fast poll feeds many samples at one instant.
    constexpr std::size_t hardCap = 20000;
    while (series.size() > hardCap)
        series.pop_front();
}

QList<int> ReplicaLagSeries::replicaIds() const
{
    QList<int> ids = m_series.keys();
    std::sort(ids.begin(), ids.end());
    return ids;
}

const std::deque<ReplicaLagSeries::Sample> &ReplicaLagSeries::samples(int replicaId) const
{
    static const std::deque<Sample> none;
    const auto it = m_series.constFind(replicaId);
    return it == m_series.cend() ? none : *it;
}

qint64 ReplicaLagSeries::latestLagMs(int replicaId) const
{
    const auto &series = samples(replicaId);
    return series.empty() ? -1 : series.back().lagMs;
}

qint64 ReplicaLagSeries::percentileMs(int replicaId, double p) const
{
    const auto &series = samples(replicaId);
    QList<qint64> lags;
    lags.reserve(static_cast<qsizetype>(series.size()));
    for (const Sample &s : series)
        lags.append(s.lagMs);
    return Telemetry::percentile(std::move(lags), p);
}

void ReplicaLagSeries::setThresholdMs(qint64 ms)
{
    ms = std::max<qint64>(1, ms);
    if (ms == m_thresholdMs)
        return;
    m_thresholdMs = ms;
    Q_EMIT thresholdChanged(ms);
    updateAlarm();
    Q_EMIT samplesChanged();
}

QString ReplicaLagSeries::alarmText() const
{
    return m_alarmText;
}

void ReplicaLagSeries::updateAlarm()
{
    int worstId = -1;
    qint64 worstLag = -1;
    int over = 0;
    for (const int id : replicaIds()) {
        const qint64 lag = latestLagMs(id);
        if (lag > m_thresholdMs) {
            ++over;
            if (lag > worstLag) {
                worstLag = lag;
                worstId = id;
            }
        }
    }
    const bool active = over > 0;
    QString text;
    if (active) {
        const QString behind = QLocale().toString(worstLag / 1000.0, 'f', 1);
        const QString limit = QLocale().toString(m_thresholdMs / 1000.0, 'f', 1);
        text = over == 1
            ? tr("Replica %1 is %2 s behind (alarm at %3 s)").arg(worstId).arg(behind, limit)
            : tr("%1 replicas behind; replica %2 by %3 s (alarm at %4 s)")
                  .arg(over)
                  .arg(worstId)
                  .arg(behind, limit);
    }
    if (active == m_alarm && text == m_alarmText)
        return;
    m_alarm = active;
    m_alarmText = text;
    Q_EMIT alarmChanged(active, text);
}

void ReplicaLagSeries::clear()
{
    m_series.clear();
    updateAlarm();
    Q_EMIT samplesChanged();
}
