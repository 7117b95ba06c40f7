#include "models/crdt/gcounter.h"

#include "models/crdt/crdtjson.h"

#include <algorithm>

using namespace Qt::StringLiterals;

void GCounter::increment(const QString &replica, quint64 by)
{
    if (by > 0)
        m_counts[replica] += by;
}

quint64 GCounter::value() const
{
    quint64 total = 0;
    for (const auto &entry : m_counts)
        total += entry.second;
    return total;
}

quint64 GCounter::countOf(const QString &replica) const
{
    const auto it = m_counts.find(replica);
    return it == m_counts.end() ? 0 : it->second;
}

void GCounter::merge(const GCounter &other)
{
    // The highest count, never the sum: a state seen twice must not count twice.
    for (const auto &[replica, count] : other.m_counts) {
        quint64 &mine = m_counts[replica];
        mine = std::max(mine, count);
    }
}

QJsonObject GCounter::toJson() const
{
    QJsonObject json;
    for (const auto &[replica, count] : m_counts)
        json.insert(replica, CrdtJson::counterValue(count));
    return json;
}

std::optional<GCounter> GCounter::fromJson(const QJsonObject &json, QString *error)
{
    GCounter counter;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const auto count = CrdtJson::counter(it.value());
        if (it.key().isEmpty() || !count) {
            CrdtJson::fail(error, u"the count of \"%1\" is not a whole number"_s.arg(it.key()));
            return std::nullopt;
        }
        if (*count > 0)
            counter.m_counts.emplace(it.key(), *count);
    }
    return counter;
}
