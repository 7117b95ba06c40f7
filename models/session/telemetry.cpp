#include "models/session/telemetry.h"

#include "core/clock.h"
#include "models/session/backendclockhistory.h"

#include <algorithm>
#include <cmath>

const QString Telemetry::Rollbacks = QStringLiteral("rollbacks");
const QString Telemetry::Conflicts = QStringLiteral("conflicts");
const QString Telemetry::Unknown = QStringLiteral("unknown");
const QString Telemetry::Flicker = QStringLiteral("flicker");

Telemetry::Telemetry(QObject *parent)
    : QObject(parent)
{
}

qint64 Telemetry::percentile(QList<qint64> samples, double p)
{
    if (samples.isEmpty())
        return -1;
    std::sort(samples.begin(), samples.end());
    const auto n = samples.size();
    // Nearest rank: ceil(p/100 * n), at least the first sample.
    auto rank = static_cast<qsizetype>(std::ceil(std::clamp(p, 0.0, 100.0) / 100.0 * n));
    rank = std::clamp<qsizetype>(rank, 1, n);
    return samples.at(rank - 1);
}

void Telemetry::Series::add(qint64 ms)
{
    ms = std::max<qint64>(0, ms);
    recent.push_back(ms);
    if (static_cast<int>(recent.size()) > SampleWindow)
        recent.pop_front();
    ++count;
    max = std::max(max, ms);
    summarised.reset();
}

Telemetry::Durations Telemetry::Series::summary() const
{
    if (summarised)
        return *summarised;
    Durations d;
    d.count = count;
    if (!recent.empty()) {
        const QList<qint64> samples(recent.begin(), recent.end());
        d.p50 = percentile(samples, 50);
        d.p95 = percentile(samples, 95);
        d.max = max;
    }
    summarised = d;
    return d;
}

Telemetry::Entry &Telemetry::entry(const QString &operation)
{
    auto it = m_entries.find(operation);
    if (it == m_entries.end()) {
        it = m_entries.insert(operation, Entry {});
        m_order.append(operation);
        Q_EMIT operationAdded(operation);
    }
    return *it;
}

void Telemetry::recordFeedback(const QString &operation, qint64 ms)
{
    entry(operation).feedback.add(ms);
    Q_EMIT changed(operation);
}

void Telemetry::setBackendClock(const BackendClockHistory *history, const Clock *sessionClock)
{
    m_backendClock = history;
    m_sessionClock = sessionClock;
}

void Telemetry::recordConfirmation(const QString &operation, qint64 ms)
{
    Entry &e = entry(operation);
    e.confirmation.add(ms);
    if (m_backendClock && m_sessionClock) {
        const qint64 now = m_sessionClock->nowMs();
        if (const auto span = m_backendClock->backendSpan(now - ms, now))
            e.confirmationBackend.add(*span);
    }
    Q_EMIT changed(operation);
}

void Telemetry::increment(const QString &operation, const QString &counter, qint64 by)
{
    entry(operation).counters[counter] += by;
    Q_EMIT changed(operation);
}

Telemetry::OperationStats Telemetry::stats(const QString &operation) const
{
    OperationStats s;
    s.operation = operation;
    const auto it = m_entries.constFind(operation);
    if (it == m_entries.cend())
        return s;
    s.feedback = it->feedback.summary();
    s.confirmation = it->confirmation.summary();
    s.confirmationBackend = it->confirmationBackend.summary();
    s.counters = it->counters;
    return s;
}

qint64 Telemetry::count(const QString &operation, const QString &counter) const
{
    const auto it = m_entries.constFind(operation);
    return it == m_entries.cend() ? 0 : it->counters.value(counter);
}

void Telemetry::clear()
{
    m_entries.clear();
    m_order.clear();
    Q_EMIT cleared();
}
