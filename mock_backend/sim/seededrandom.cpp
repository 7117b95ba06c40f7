#include "mock_backend/sim/seededrandom.h"

#include <cmath>
#include <numbers>

namespace mock {

namespace {

quint64 splitMix64(quint64 &x)
{
    quint64 z = (x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

quint64 rotl(quint64 x, int k)
{
    return (x << k) | (x >> (64 - k));
}

} // namespace

SeededRandom::SeededRandom(quint64 seed)
{
    reseed(seed);
}

void SeededRandom::reseed(quint64 seed)
{
    m_seed = seed;
    quint64 x = seed;
    for (auto &word : m_state)
        word = splitMix64(x);
}

quint64 SeededRandom::next()
{
    const quint64 result = rotl(m_state[1] * 5, 7) * 9;
    const quint64 t = m_state[1] << 17;
    m_state[2] ^= m_state[0];
    m_state[3] ^= m_state[1];
    m_state[1] ^= m_state[2];
    m_state[0] ^= m_state[3];
    m_state[2] ^= t;
    m_state[3] = rotl(m_state[3], 45);
    return result;
}

double SeededRandom::uniform01()
{
    // 53 random bits give every representable double in [0, 1) with a 2^-53 step.
    return static_cast<double>(next() >> 11) * 0x1.0p-53;
}

double SeededRandom::uniform(double low, double high)
{
    return low + (high - low) * uniform01();
}

qint64 SeededRandom::uniformInt(qint64 low, qint64 high)
{
    if (high <= low)
        return low;
    const quint64 span = static_cast<quint64>(high - low) + 1;
    return low + static_cast<qint64>(next() % span);
}

double SeededRandom::standardNormal()
{
    const double u1 = 1.0 - uniform01(); // (0, 1]: log() stays finite
    const double u2 = uniform01();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

bool SeededRandom::chance(double probability)
{
    return uniform01() < probability;
}

} // namespace mock
