#pragma once

#include "core/crdt/replicacounts.h"

#include <compare>

// One event of one replica: its counter-th change. Replicas are device ids ("laptop-3f2a").
struct Dot
{
    QString replica;
    quint64 counter = 0;

    friend bool operator==(const Dot &, const Dot &) = default;
    friend std::strong_ordering operator<=>(const Dot &a, const Dot &b)
    {
        if (const int c = a.replica.compare(b.replica); c != 0)
            return c < 0 ? std::strong_ordering::less : std::strong_ordering::greater;
        return a.counter <=> b.counter;
    }
};

// What a replica has seen of every replica's changes: the highest counter per replica. Changes
// are numbered without gaps, so "seen 5 of laptop" means laptop's changes 1 to 5.
class VersionVector
{
public:
    quint64 counterOf(const QString &replica) const { return m_counters.of(replica); }
    // The next change of `replica`, counted as seen.
    Dot next(const QString &replica);
    bool covers(const Dot &dot) const { return dot.counter <= counterOf(dot.replica); }
    // Everything either side has seen.
    void merge(const VersionVector &other) { m_counters.merge(other.m_counters); }
    bool isEmpty() const { return m_counters.isEmpty(); }

    QJsonObject toJson() const { return m_counters.toJson(); }
    static std::optional<VersionVector> fromJson(const QJsonObject &json, QString *error);

    friend bool operator==(const VersionVector &, const VersionVector &) = default;

private:
    ReplicaCounts m_counters;
};
