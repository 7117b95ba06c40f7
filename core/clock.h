#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

// Milliseconds on a steady clock, the one "now" of the backend, the client and the kit.
// Injected so that tests and scenarios can move time themselves instead of waiting for it.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
};

// The monotonic clock a running program uses; starts at 0 when constructed.
class SteadyClock final : public Clock
{
public:
    SteadyClock();
    qint64 nowMs() const override;

private:
    QElapsedTimer m_timer;
};

// A clock that only moves when told to.
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
