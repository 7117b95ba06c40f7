#include "core/crdt/versionvector.h"

Dot VersionVector::next(const QString &replica)
{
    return {replica, m_counters.raise(replica, 1)};
}

std::optional<VersionVector> VersionVector::fromJson(const QJsonObject &json, QString *error)
{
    auto counters = ReplicaCounts::fromJson(json, error);
    if (!counters)
        return std::nullopt;
    VersionVector vector;
    vector.m_counters = std::move(*counters);
    return vector;
}
