#include "mock_backend/sim/photocache.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace mock {

namespace {

struct NamedStrategy
{
    PhotoCache::Strategy strategy;
    QLatin1StringView name;
};

constexpr NamedStrategy kNames[] = {
    {PhotoCache::Strategy::None, QLatin1StringView("none")},
    {PhotoCache::Strategy::Ttl, QLatin1StringView("ttl")},
    {PhotoCache::Strategy::WriteThrough, QLatin1StringView("write-through")},
    {PhotoCache::Strategy::EventInvalidation, QLatin1StringView("event")},
    {PhotoCache::Strategy::VersionedKeys, QLatin1StringView("versioned")},
};

} // namespace

QString PhotoCache::strategyName(Strategy strategy)
{
    for (const NamedStrategy &n : kNames) {
        if (n.strategy == strategy)
            return n.name;
    }
    return {};
}

bool PhotoCache::strategyFromName(const QString &name, Strategy *out)
{
    for (const NamedStrategy &n : kNames) {
        if (n.name == name) {
            *out = n.strategy;
            return true;
        }
    }
    return false;
}

void PhotoCache::configure(Strategy strategy, qint64 ttlMs, qint64 invalidationLagMs)
{
    if (strategy != m_strategy)
        clear();
    m_strategy = strategy;
    m_ttlMs = ttlMs;
    m_invalidationLagMs = invalidationLagMs;
}

void PhotoCache::clear()
{
    m_copy.reset();
    m_versions.clear();
    m_invalidations.clear();
}

void PhotoCache::expire(qint64 nowMs)
{
    switch (m_strategy) {
    case Strategy::Ttl:
        if (m_copy && nowMs - m_copy->storedAtMs >= m_ttlMs)
            m_copy.reset();
        break;
    case Strategy::EventInvalidation: {
        // An event that has arrived drops the copy stored before it; a copy fetched after the
        // event arrived stays, whatever version the node gave it.
        const auto arrived = std::partition(m_invalidations.begin(), m_invalidations.end(),
                                            [nowMs](qint64 at) { return at > nowMs; });
        for (auto it = arrived; it != m_invalidations.end(); ++it) {
            if (m_copy && m_copy->storedAtMs <= *it)
                m_copy.reset();
        }
        m_invalidations.erase(arrived, m_invalidations.end());
        break;
    }
    case Strategy::None:
    case Strategy::WriteThrough:
    case Strategy::VersionedKeys:
        break;
    }
}

PhotoCache::Answer PhotoCache::read(const DataStore::Photo &origin, qint64 nowMs)
{
    if (m_strategy == Strategy::None)
        return {false, 0, origin};
    expire(nowMs);
    if (m_strategy == Strategy::VersionedKeys) {
        const auto [it, fetched] = m_versions.try_emplace(origin.version, Copy {origin, nowMs});
        return {!fetched, nowMs - it->second.storedAtMs, it->second.photo};
    }
    if (m_copy)
        return {true, nowMs - m_copy->storedAtMs, m_copy->photo};
    m_copy = Copy {origin, nowMs};
    return {false, 0, origin};
}

void PhotoCache::written(const DataStore::Photo &photo, qint64 nowMs)
{
    switch (m_strategy) {
    case Strategy::WriteThrough:
        m_copy = Copy {photo, nowMs};
        break;
    case Strategy::EventInvalidation:
        m_invalidations.push_back(nowMs + m_invalidationLagMs);
        break;
    case Strategy::None:
    case Strategy::Ttl:
    case Strategy::VersionedKeys:
        break;
    }
}

int PhotoCache::size(qint64 nowMs)
{
    expire(nowMs);
    return m_strategy == Strategy::VersionedKeys ? static_cast<int>(m_versions.size())
                                                 : (m_copy ? 1 : 0);
}

} // namespace mock
