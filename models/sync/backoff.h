#pragma once

#include <algorithm>
#include <chrono>

// The one rule for "how long to wait before trying again": the first pause, doubled after each
// failure, never longer than the cap. Retries are counted from 1. No jitter: Converge's waits must
// be reproducible from a seed, and every client here talks to one backend of its own.
struct Backoff
{
    std::chrono::milliseconds first {250};
    std::chrono::milliseconds max {5000};

    constexpr std::chrono::milliseconds delay(int retry) const
    {
        if (retry <= 1)
            return std::min(first, max);
        auto pause = first;
        for (int i = 1; i < retry && pause < max; ++i)
            pause *= 2;
        return std::min(pause, max);
    }

    friend constexpr bool operator==(const Backoff &, const Backoff &) = default;
};
