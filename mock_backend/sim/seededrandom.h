#pragma once

#include <QtGlobal>

#include <array>

namespace mock {

// The single source of randomness of the simulation (xoshiro256** seeded through splitmix64).
// Distributions are implemented here rather than with <random>'s, whose output differs
// between standard libraries, so a seed means the same thing everywhere.
class SeededRandom
{
public:
    explicit SeededRandom(quint64 seed = 42);

    void reseed(quint64 seed);
    quint64 seed() const { return m_seed; }

    quint64 next();
    // Uniform in [0, 1).
    double uniform01();
    double uniform(double low, double high);
    // Uniform integer in [low, high] (inclusive).
    qint64 uniformInt(qint64 low, qint64 high);
    // Standard normal (Box-Muller; always consumes two draws).
    double standardNormal();
    bool chance(double probability);

private:
    quint64 m_seed = 0;
    std::array<quint64, 4> m_state {};
};

} // namespace mock
