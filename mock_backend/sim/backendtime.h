#pragma once

#include "mock_backend/sim/scaledclock.h"

#include <QString>

#include <functional>
#include <map>
#include <optional>

namespace mock {

// The simulated world's time (docs/api.md, "Backend time"): the scaled clock, and the backend
// times at which the server's waiting requests are due: delayed answers and the deadlines of
// read-your-writes waits. The server keeps one timer for the earliest of these and the
// Simulation's own next wake (replica applies, settlements). /health and the event channel
// stay on wall time: they are housekeeping, so a frozen backend is not reported offline.
class BackendTime
{
public:
    enum class Kind { Answer, WaitDeadline };
    struct Due
    {
        qint64 atMs = 0;
        QString kind; // as GET /admin/time and the step's answer name it
    };

    explicit BackendTime(const Clock &wall);

    ScaledClock &clock() { return m_clock; }
    const ScaledClock &clock() const { return m_clock; }

    void schedule(qint64 atMs, Kind kind, quint64 requestId);
    // Removes and returns the requests due by now, earliest first.
    std::vector<std::pair<Kind, quint64>> takeDue();
    // Forgets the earliest requests while they are no longer waiting (answered early, client
    // gone), so that next() names something real; later ones are dropped when they fall due.
    void forgetLeadingUnless(const std::function<bool(quint64)> &waiting);
    // The earliest of the requests' due times and the simulation's next wake (given).
    std::optional<Due> next(std::optional<Due> simulationWake) const;
    // Moves time to next(); what it moved to, or none when nothing is scheduled.
    std::optional<Due> step(std::optional<Due> simulationWake);

    static QString kindName(Kind kind);

private:
    struct Entry
    {
        Kind kind;
        quint64 requestId;
    };
    ScaledClock m_clock;
    std::multimap<qint64, Entry> m_due;
};

} // namespace mock
