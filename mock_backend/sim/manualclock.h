#pragma once

#include "mock_backend/sim/clock.h"

namespace mock {

// A clock that only moves when told to: unit tests of lag and settlement advance it explicitly.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(qint64 startMs = 0)
        : m_now(startMs)
    {
    }
    qint64 nowMs() const override { return m_now; }
    void advance(qint64 ms) { m_now += ms; }
    void setNow(qint64 ms) { m_now = ms; }

private:
    qint64 m_now;
};

} // namespace mock
