#pragma once

#include "mock_backend/sim/clock.h"

#include <QElapsedTimer>

namespace mock {

// The monotonic clock the running server uses; starts at 0 when constructed.
class SteadyClock final : public Clock
{
public:
    SteadyClock();
    qint64 nowMs() const override;

private:
    QElapsedTimer m_timer;
};

} // namespace mock
