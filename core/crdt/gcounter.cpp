#include "core/crdt/gcounter.h"

std::optional<GCounter> GCounter::fromJson(const QJsonObject &json, QString *error)
{
    auto counts = ReplicaCounts::fromJson(json, error);
    if (!counts)
        return std::nullopt;
    GCounter counter;
    counter.m_counts = std::move(*counts);
    return counter;
}
