#pragma once

#include <QtGlobal>

#include <deque>
#include <optional>

// What the backend's own clock read at moments of this session, and how fast it ran from each:
// the backend runs at a scale of the wall clock (1×, 0.25×, 0 = frozen; docs/control-room.md),
// so between two readings it advanced by the elapsed session time times the scale. Turns a
// stretch of session time into the backend time it spanned, for telemetry beside wall time.
class BackendClockHistory
{
public:
    // At sessionMs the backend said its clock read backendMs and ran at scale. Readings come in
    // session order; an earlier one than the last is ignored.
    void observe(qint64 sessionMs, qint64 backendMs, double scale);
    // The backend's clock at sessionMs, from the last reading at or before it; nothing before
    // the first reading.
    std::optional<qint64> backendAt(qint64 sessionMs) const;
    // How much backend time passed from one session moment to a later one.
    std::optional<qint64> backendSpan(qint64 fromSessionMs, qint64 toSessionMs) const;
    bool isEmpty() const { return m_readings.empty(); }

    // Readings kept; an older stretch than these cover is not asked for (percentiles use the
    // last 2000 operations, each seconds long).
    static constexpr std::size_t MaxReadings = 4096;

private:
    struct Reading
    {
        qint64 sessionMs;
        qint64 backendMs;
        double scale;
    };
    std::deque<Reading> m_readings;
};
