#include "core/crdt/orset.h"

#include "core/crdt/crdtjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

void OrSet::add(const QString &replica, const QString &element)
{
    // The new dot replaces the ones this replica saw: the context covers them, so a merge drops
    // them everywhere once it has travelled.
    m_entries[element] = {m_context.next(replica)};
}

void OrSet::remove(const QString &element)
{
    m_entries.erase(element);
}

QStringList OrSet::elements() const
{
    QStringList list;
    list.reserve(qsizetype(m_entries.size()));
    for (const auto &entry : m_entries)
        list.append(entry.first);
    return list;
}

std::set<Dot> OrSet::dotsOf(const QString &element) const
{
    const auto it = m_entries.find(element);
    return it == m_entries.end() ? std::set<Dot>() : it->second;
}

void OrSet::merge(const OrSet &other)
{
    std::map<QString, std::set<Dot>> merged;
    auto keep = [&merged](const QString &element, const Dot &dot) { merged[element].insert(dot); };
    for (const auto &[element, dots] : m_entries) {
        const auto theirs = other.m_entries.find(element);
        for (const Dot &dot : dots) {
            const bool both = theirs != other.m_entries.end() && theirs->second.count(dot) > 0;
            if (both || !other.m_context.covers(dot))
                keep(element, dot);
        }
    }
    for (const auto &[element, dots] : other.m_entries) {
        for (const Dot &dot : dots) {
            if (!m_context.covers(dot))
                keep(element, dot);
        }
    }
    m_entries = std::move(merged);
    m_context.merge(other.m_context);
}

QJsonObject OrSet::toJson() const
{
    QJsonObject entries;
    for (const auto &[element, dots] : m_entries) {
        QJsonArray list;
        for (const Dot &dot : dots)
            list.append(QJsonArray {dot.replica, CrdtJson::counterValue(dot.counter)});
        entries.insert(element, list);
    }
    return {{u"context"_s, m_context.toJson()}, {u"entries"_s, entries}};
}

std::optional<OrSet> OrSet::fromJson(const QJsonObject &json, QString *error)
{
    if (!json.value(u"context"_s).isObject() || !json.value(u"entries"_s).isObject()) {
        CrdtJson::fail(error, u"a set needs a \"context\" object and an \"entries\" object"_s);
        return std::nullopt;
    }
    auto context = VersionVector::fromJson(json.value(u"context"_s).toObject(), error);
    if (!context)
        return std::nullopt;
    OrSet set;
    set.m_context = *context;
    std::set<Dot> seen;
    const QJsonObject entries = json.value(u"entries"_s).toObject();
    for (auto it = entries.begin(); it != entries.end(); ++it) {
        if (!it.value().isArray() || it.value().toArray().isEmpty()) {
            CrdtJson::fail(error, u"\"%1\" needs a list of the adds that keep it"_s.arg(it.key()));
            return std::nullopt;
        }
        std::set<Dot> dots;
        for (const QJsonValue &value : it.value().toArray()) {
            const QJsonArray pair = value.toArray();
            // 0 is no counter: dots count from 1.
            const quint64 counter =
                pair.size() == 2 ? CrdtJson::counter(pair.at(1)).value_or(0) : 0;
            if (!value.isArray() || !pair.at(0).isString() || pair.at(0).toString().isEmpty()
                || counter == 0) {
                CrdtJson::fail(error,
                               u"an add of \"%1\" is not [replica, counter]"_s.arg(it.key()));
                return std::nullopt;
            }
            const Dot dot {pair.at(0).toString(), counter};
            if (!set.m_context.covers(dot) || !seen.insert(dot).second) {
                CrdtJson::fail(error,
                               u"the add %1:%2 of \"%3\" cannot be: its context has not "
                               u"seen it, or another element has it too"_s.arg(dot.replica)
                                   .arg(dot.counter)
                                   .arg(it.key()));
                return std::nullopt;
            }
            dots.insert(dot);
        }
        set.m_entries.emplace(it.key(), std::move(dots));
    }
    return set;
}
