#include "widgets/spinnerticker.h"

#include <cmath>

using namespace std::chrono_literals;

SpinnerTicker::SpinnerTicker(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(80ms);
    connect(&m_timer, &KitTimer::timeout, this, [this] {
        m_angle = std::fmod(m_angle + 30, 360);
        Q_EMIT advanced(m_angle);
    });
}

void SpinnerTicker::setRunning(bool waiting, bool reducedMotion)
{
    const bool spinning = waiting && !reducedMotion;
    if (spinning && !m_timer.isActive())
        m_timer.start();
    else if (!spinning)
        m_timer.stop();
}
