#pragma once

#include <QtGlobal>

namespace mock {

// A steady "now" in milliseconds. Injected so that tests can move time by hand while the
// server uses the real monotonic clock.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
};

} // namespace mock
