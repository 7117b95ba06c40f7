#include "mock_backend/sim/steadyclock.h"

namespace mock {

SteadyClock::SteadyClock()
{
    m_timer.start();
}

qint64 SteadyClock::nowMs() const
{
    return m_timer.elapsed();
}

} // namespace mock
