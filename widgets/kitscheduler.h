#pragma once

#include <QList>
#include <QObject>
#include <QTimer>

#include <memory>

class Clock;
class KitTimer;

// The time the kit's timed behaviour runs on: toast countdowns, the badge's show delay, minimum
// time, fade and spinner, the announcer's merge and repeat windows. It keeps the deadlines of its
// KitTimers on a core Clock and fires the due ones in deadline order (ties in start order).
// - A running program uses steady(): a SteadyClock, woken by one real QTimer at the next deadline.
// - Tests and scripted runs give it their own clock (a ManualClock) and call timeMoved() after
//   moving it: everything due by the clock's now fires, and nothing else, with no waiting.
// While a timer fires, nowMs() is that timer's deadline, so whatever it starts is timed from the
// moment it was due: advancing 3 s runs a 1 s delay and the 1 s delay it starts, in order.
// GUI thread only.
class KitScheduler final : public QObject
{
    Q_OBJECT

public:
    enum class Wake {
        WhenTold, // timeMoved() is called by whoever moves the clock
        ByItself, // a QTimer calls timeMoved() at the next deadline (for a clock that runs)
    };

    explicit KitScheduler(const Clock *clock, Wake wake = Wake::WhenTold,
                          QObject *parent = nullptr);
    ~KitScheduler() override;

    // What every kit widget and KitTimer uses unless given another; lives as long as the
    // application object.
    static KitScheduler *steady();

    qint64 nowMs() const;
    // Fires every timer that is due by the clock's now. Returns how many fired.
    int timeMoved();
    // The earliest deadline waiting, or -1 when no timer runs.
    qint64 nextDeadlineMs() const;
    int activeTimerCount() const { return int(m_timers.size()); }

private:
    friend class KitTimer;

    KitScheduler(std::unique_ptr<Clock> clock, Wake wake, QObject *parent);
    void add(KitTimer *timer);
    void remove(KitTimer *timer);
    quint64 nextSequence() { return ++m_sequence; }
    KitTimer *nextDue(qint64 now) const;
    void rearm();

    std::unique_ptr<Clock> m_ownedClock;
    const Clock *m_clock;
    Wake m_wake;
    QTimer m_wakeTimer;
    QList<KitTimer *> m_timers;
    quint64 m_sequence = 0;
    qint64 m_firingAt = 0;
    bool m_firing = false;
};
