#include "widgets/kitscheduler.h"

#include "core/clock.h"
#include "widgets/kittimer.h"

#include <QCoreApplication>
#include <QPointer>

#include <algorithm>
#include <limits>
#include <utility>

KitScheduler::KitScheduler(const Clock *clock, Wake wake, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_wake(wake)
{
    Q_ASSERT(clock);
    m_wakeTimer.setSingleShot(true);
    // A coarse timer may wake a little early, which would cost a second wake for nothing.
    m_wakeTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_wakeTimer, &QTimer::timeout, this, [this] { timeMoved(); });
}

KitScheduler::KitScheduler(std::unique_ptr<Clock> clock, Wake wake, QObject *parent)
    : KitScheduler(clock.get(), wake, parent)
{
    m_ownedClock = std::move(clock);
}

KitScheduler::~KitScheduler()
{
    for (KitTimer *timer : std::as_const(m_timers))
        timer->m_active = false;
}

KitScheduler *KitScheduler::steady()
{
    // Owned by the application object so that its QTimer goes before the event dispatcher does.
    static QPointer<KitScheduler> instance;
    if (!instance) {
        instance = new KitScheduler(std::make_unique<SteadyClock>(), Wake::ByItself,
                                    QCoreApplication::instance());
    }
    return instance;
}

qint64 KitScheduler::nowMs() const
{
    return m_firing ? m_firingAt : m_clock->nowMs();
}

int KitScheduler::timeMoved()
{
    // A timer's slot may move a clock and call this again; the loop below already picks up
    // whatever that made due.
    if (m_firing)
        return 0;
    const qint64 now = m_clock->nowMs();
    int fired = 0;
    m_firing = true;
    m_firingAt = std::numeric_limits<qint64>::min();
    while (KitTimer *timer = nextDue(now)) {
        m_firingAt = std::max(m_firingAt, timer->dueAt(now));
        ++fired;
        timer->fire(m_firingAt);
    }
    m_firing = false;
    rearm();
    return fired;
}

qint64 KitScheduler::nextDeadlineMs() const
{
    qint64 next = -1;
    for (const KitTimer *timer : m_timers) {
        if (next < 0 || timer->m_deadline < next)
            next = timer->m_deadline;
    }
    return next;
}

KitTimer *KitScheduler::nextDue(qint64 now) const
{
    KitTimer *due = nullptr;
    qint64 dueAt = 0;
    for (KitTimer *timer : m_timers) {
        if (timer->m_deadline > now)
            continue;
        const qint64 at = timer->dueAt(now);
        if (!due || at < dueAt || (at == dueAt && timer->m_sequence < due->m_sequence)) {
            due = timer;
            dueAt = at;
        }
    }
    return due;
}

void KitScheduler::add(KitTimer *timer)
{
    if (!m_timers.contains(timer))
        m_timers.append(timer);
    rearm();
}

void KitScheduler::remove(KitTimer *timer)
{
    m_timers.removeOne(timer);
    rearm();
}

void KitScheduler::rearm()
{
    // While firing, timeMoved() rearms once at the end.
    if (m_wake != Wake::ByItself || m_firing)
        return;
    const qint64 next = nextDeadlineMs();
    if (next < 0) {
        m_wakeTimer.stop();
        return;
    }
    const qint64 wait =
        std::clamp<qint64>(next - m_clock->nowMs(), 0, std::numeric_limits<int>::max());
    m_wakeTimer.start(int(wait));
}
