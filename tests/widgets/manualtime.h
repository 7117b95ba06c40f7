#pragma once

#include "core/clock.h"
#include "widgets/kitscheduler.h"

#include <chrono>

// Time that moves only when a test says so: give `scheduler` to the kit widget under test, then
// advance() moves the clock and fires whatever became due, and nothing else. A test that shows
// something does NOT happen advances past the moment it would have happened, without waiting.
struct ManualTime
{
    ManualClock clock;
    KitScheduler scheduler {&clock};

    void advance(std::chrono::milliseconds by)
    {
        clock.advance(by.count());
        scheduler.timeMoved();
    }
};
