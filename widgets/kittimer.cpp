#include "widgets/kittimer.h"

#include "widgets/kitscheduler.h"

#include <algorithm>

KitTimer::KitTimer(QObject *parent)
    : QObject(parent)
    , m_scheduler(KitScheduler::steady())
{
}

KitTimer::~KitTimer()
{
    stop();
}

void KitTimer::setScheduler(KitScheduler *scheduler)
{
    if (!scheduler)
        scheduler = KitScheduler::steady();
    if (scheduler == m_scheduler)
        return;
    const bool wasActive = m_active;
    stop();
    m_scheduler = scheduler;
    if (wasActive)
        start();
}

KitScheduler *KitTimer::scheduler() const
{
    return m_scheduler;
}

void KitTimer::start(std::chrono::milliseconds interval)
{
    m_interval = interval;
    start();
}

void KitTimer::start()
{
    if (!m_scheduler)
        return; // the application is gone
    m_deadline = m_scheduler->nowMs() + std::max<qint64>(0, m_interval.count());
    m_sequence = m_scheduler->nextSequence();
    m_active = true;
    m_scheduler->add(this);
}

void KitTimer::stop()
{
    if (!m_active)
        return;
    m_active = false;
    if (m_scheduler)
        m_scheduler->remove(this);
}

std::chrono::milliseconds KitTimer::remainingTime() const
{
    if (!m_active || !m_scheduler)
        return std::chrono::milliseconds(0);
    return std::chrono::milliseconds(std::max<qint64>(0, m_deadline - m_scheduler->nowMs()));
}

qint64 KitTimer::step() const
{
    // At least 1 ms, or a zero interval would fire forever within one timeMoved().
    return std::max<qint64>(1, m_interval.count());
}

qint64 KitTimer::dueAt(qint64 now) const
{
    if (m_singleShot || now <= m_deadline)
        return m_deadline;
    // A repeating timer that fell behind fires once, on its last tick before now.
    return m_deadline + (now - m_deadline) / step() * step();
}

void KitTimer::fire(qint64 at)
{
    if (m_singleShot) {
        m_active = false;
        m_scheduler->remove(this);
    } else {
        m_deadline = at + step();
        m_sequence = m_scheduler->nextSequence();
    }
    // Last: a slot may stop, restart or delete this timer.
    Q_EMIT timeout();
}
