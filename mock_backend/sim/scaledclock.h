#pragma once

#include "core/clock.h"

#include <optional>

namespace mock {

// Backend time: the integral of the scale over wall time. At 1 it runs with the wall clock, at
// 0.25 four times slower, at 0 it stands still until stepped. The wall clock is injected so that
// tests drive it with a ManualClock. Arithmetic is in whole millionths (of the scale, of a
// millisecond), so a due time from wallMsUntil() is reached exactly, never a rounding error short,
// and fractions of a millisecond survive scale changes.
class ScaledClock final : public Clock
{
public:
    static constexpr qint64 unitsPerScale = 1000000;
    static constexpr double maxScale = 4.0;

    explicit ScaledClock(const Clock &wall);

    qint64 nowMs() const override;
    double scale() const { return double(m_units) / unitsPerScale; }
    bool isFrozen() const { return m_units == 0; }

    // 0 freezes; otherwise at least one millionth and at most maxScale. False (nothing changes)
    // outside that.
    static bool isValidScale(double scale);
    bool setScale(double scale);
    // Moves backend time forward to atMs; an earlier time leaves it where it is.
    void stepTo(qint64 atMs);
    // Wall milliseconds until backend time reaches atMs (0 when it has); none when frozen.
    std::optional<qint64> wallMsUntil(qint64 atMs) const;
    // Grows with each scale change and step, so a timer armed before one knows to re-arm.
    quint64 revision() const { return m_revision; }

private:
    void rebase();

    const Clock &m_wall;
    qint64 m_baseWallMs = 0;
    qint64 m_baseUnits = 0; // backend time at the base, in millionths of a millisecond
    qint64 m_units = unitsPerScale;
    quint64 m_revision = 0;
};

} // namespace mock
