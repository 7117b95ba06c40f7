#include "models/crdt/versionvector.h"

#include "models/crdt/crdtjson.h"

#include <algorithm>

using namespace Qt::StringLiterals;

quint64 VersionVector::counterOf(const QString &replica) const
{
    const auto it = m_counters.find(replica);
    return it == m_counters.end() ? 0 : it->second;
}

Dot VersionVector::next(const QString &replica)
{
    quint64 &counter = m_counters[replica];
    return {replica, ++counter};
}

void VersionVector::merge(const VersionVector &other)
{
    for (const auto &[replica, counter] : other.m_counters) {
        quint64 &mine = m_counters[replica];
        mine = std::max(mine, counter);
    }
}

QJsonObject VersionVector::toJson() const
{
    QJsonObject json;
    for (const auto &[replica, counter] : m_counters)
        json.insert(replica, CrdtJson::counterValue(counter));
    return json;
}

std::optional<VersionVector> VersionVector::fromJson(const QJsonObject &json, QString *error)
{
    VersionVector vector;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const auto counter = CrdtJson::counter(it.value());
        if (it.key().isEmpty() || !counter || *counter == 0) {
            CrdtJson::fail(error,
                           u"the version of \"%1\" is not a positive whole number"_s.arg(it.key()));
            return std::nullopt;
        }
        vector.m_counters.emplace(it.key(), *counter);
    }
    return vector;
}
