#pragma once

#include "widgets/kittimer.h"

#include <QObject>

class KitScheduler;

// Turns the spinners that item delegates paint: one timer per view, running only while
// something waits and the person has not asked for reduced motion.
class SpinnerTicker final : public QObject
{
    Q_OBJECT

public:
    explicit SpinnerTicker(QObject *parent = nullptr);

    void setRunning(bool waiting, bool reducedMotion);
    bool isRunning() const { return m_timer.isActive(); }
    qreal angle() const { return m_angle; }
    // The time the spinner turns on (nullptr: KitScheduler::steady()).
    void setScheduler(KitScheduler *scheduler) { m_timer.setScheduler(scheduler); }

Q_SIGNALS:
    void advanced(qreal angle);

private:
    KitTimer m_timer;
    qreal m_angle = 0;
};
