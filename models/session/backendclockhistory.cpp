#include "models/session/backendclockhistory.h"

#include <algorithm>
#include <cmath>

void BackendClockHistory::observe(qint64 sessionMs, qint64 backendMs, double scale)
{
    if (!m_readings.empty() && sessionMs < m_readings.back().sessionMs)
        return;
    m_readings.push_back({sessionMs, backendMs, std::max(0.0, scale)});
    while (m_readings.size() > MaxReadings)
        m_readings.pop_front();
}

std::optional<qint64> BackendClockHistory::backendAt(qint64 sessionMs) const
{
    // The last reading at or before sessionMs.
    const auto after =
        std::upper_bound(m_readings.begin(), m_readings.end(), sessionMs,
                         [](qint64 ms, const Reading &reading) { return ms < reading.sessionMs; });
    if (after == m_readings.begin())
        return std::nullopt;
    const Reading &r = *(after - 1);
    return r.backendMs + std::llround(static_cast<double>(sessionMs - r.sessionMs) * r.scale);
}

std::optional<qint64> BackendClockHistory::backendSpan(qint64 fromSessionMs,
                                                       qint64 toSessionMs) const
{
    const auto from = backendAt(fromSessionMs);
    const auto to = backendAt(toSessionMs);
    if (!from || !to || toSessionMs < fromSessionMs)
        return std::nullopt;
    return std::max<qint64>(0, *to - *from);
}
