#include "mock_backend/sim/scaledclock.h"

#include <cmath>

namespace mock {

ScaledClock::ScaledClock(const Clock &wall)
    : m_wall(wall)
    , m_baseWallMs(wall.nowMs())
{
}

qint64 ScaledClock::nowMs() const
{
    return (m_baseUnits + (m_wall.nowMs() - m_baseWallMs) * m_units) / unitsPerScale;
}

bool ScaledClock::isValidScale(double scale)
{
    if (!std::isfinite(scale) || scale < 0 || scale > maxScale)
        return false;
    return scale == 0 || std::llround(scale * unitsPerScale) > 0;
}

bool ScaledClock::setScale(double scale)
{
    if (!isValidScale(scale))
        return false;
    rebase();
    m_units = std::llround(scale * unitsPerScale);
    ++m_revision;
    return true;
}

void ScaledClock::stepTo(qint64 atMs)
{
    rebase();
    if (atMs * unitsPerScale > m_baseUnits)
        m_baseUnits = atMs * unitsPerScale;
    ++m_revision;
}

std::optional<qint64> ScaledClock::wallMsUntil(qint64 atMs) const
{
    const qint64 now = nowMs();
    if (atMs <= now)
        return 0;
    if (m_units == 0)
        return std::nullopt;
    // The first wall time whose backend time is atMs: ceil((atMs - base) / scale) after the base.
    const qint64 sinceBase = (atMs * unitsPerScale - m_baseUnits + m_units - 1) / m_units;
    return std::max<qint64>(0, m_baseWallMs + sinceBase - m_wall.nowMs());
}

void ScaledClock::rebase()
{
    const qint64 wall = m_wall.nowMs();
    m_baseUnits += (wall - m_baseWallMs) * m_units;
    m_baseWallMs = wall;
}

} // namespace mock
