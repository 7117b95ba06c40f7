#pragma once

#include "core/crdt/replicacounts.h"

// A grow-only counter (G-Counter): each replica counts its own increments, the value is the sum,
// and merging keeps each replica's highest count. Devices that count hearts offline and merge in
// any order, any number of times, agree on the total, and no heart is counted twice or lost.
class GCounter
{
public:
    void increment(const QString &replica, quint64 by = 1) { m_counts.raise(replica, by); }
    quint64 value() const { return m_counts.sum(); }
    quint64 countOf(const QString &replica) const { return m_counts.of(replica); }
    void merge(const GCounter &other) { m_counts.merge(other.m_counts); }

    QJsonObject toJson() const { return m_counts.toJson(); }
    static std::optional<GCounter> fromJson(const QJsonObject &json, QString *error);

    friend bool operator==(const GCounter &, const GCounter &) = default;

private:
    ReplicaCounts m_counts;
};
