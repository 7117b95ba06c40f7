#include "core/crdt/replicacounts.h"

#include "core/crdt/crdtjson.h"

#include <algorithm>

using namespace Qt::StringLiterals;

quint64 ReplicaCounts::of(const QString &replica) const
{
    const auto it = m_counts.find(replica);
    return it == m_counts.end() ? 0 : it->second;
}

quint64 ReplicaCounts::raise(const QString &replica, quint64 by)
{
    if (by == 0)
        return of(replica);
    return m_counts[replica] += by;
}

quint64 ReplicaCounts::sum() const
{
    quint64 total = 0;
    for (const auto &entry : m_counts)
        total += entry.second;
    return total;
}

void ReplicaCounts::merge(const ReplicaCounts &other)
{
    for (const auto &[replica, count] : other.m_counts) {
        quint64 &mine = m_counts[replica];
        mine = std::max(mine, count);
    }
}

QJsonObject ReplicaCounts::toJson() const
{
    QJsonObject json;
    for (const auto &[replica, count] : m_counts)
        json.insert(replica, CrdtJson::counterValue(count));
    return json;
}

std::optional<ReplicaCounts> ReplicaCounts::fromJson(const QJsonObject &json, QString *error)
{
    ReplicaCounts counts;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const auto count = CrdtJson::counter(it.value());
        if (it.key().isEmpty() || !count) {
            CrdtJson::fail(error, u"the count of \"%1\" is not a whole number"_s.arg(it.key()));
            return std::nullopt;
        }
        if (*count > 0)
            counts.m_counts.emplace(it.key(), *count);
    }
    return counts;
}
