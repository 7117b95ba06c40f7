#pragma once

#include <QRandomGenerator>
#include <QString>

#include <set>
#include <vector>

// The oracle for the merge types' property tests: which events each replica has seen, when
// replicas only learn of each other's events by merging. A randomized history from a fixed seed
// drives a data type and this record side by side; the test compares what each replica's data
// type says with what the events it has seen say it must be.
class CausalHistory
{
public:
    struct Event
    {
        int replica = 0;
        int kind = 0; // the test's own numbering (add, remove, increment, assign…)
        int element = 0;
        qint64 amount = 0;
        std::set<int> observed; // the events the replica had seen when it made this one
    };

    explicit CausalHistory(int replicas)
        : m_seen(std::size_t(replicas))
    {
    }

    int record(int replica, int kind, int element, qint64 amount = 0)
    {
        const int id = int(m_events.size());
        m_events.push_back({replica, kind, element, amount, m_seen.at(std::size_t(replica))});
        m_seen.at(std::size_t(replica)).insert(id);
        return id;
    }
    void merge(int into, int from)
    {
        const std::set<int> &theirs = m_seen.at(std::size_t(from));
        m_seen.at(std::size_t(into)).insert(theirs.begin(), theirs.end());
    }
    const std::set<int> &seenBy(int replica) const { return m_seen.at(std::size_t(replica)); }
    const Event &event(int id) const { return m_events.at(std::size_t(id)); }

    static QString replicaName(int replica) { return QStringLiteral("device-%1").arg(replica); }

    // The add-wins rule: the element is present for the replica when some add of it (kind
    // addKind) was seen there and no remove seen there (kind removeKind) had observed that add.
    bool addWins(int replica, int element, int addKind, int removeKind) const
    {
        const std::set<int> &seen = seenBy(replica);
        for (int add : seen) {
            const Event &a = event(add);
            if (a.kind != addKind || a.element != element)
                continue;
            bool removed = false;
            for (int other : seen) {
                const Event &r = event(other);
                removed = removed
                    || (r.kind == removeKind && r.element == element && r.observed.count(add) > 0);
            }
            if (!removed)
                return true;
        }
        return false;
    }

private:
    std::vector<Event> m_events;
    std::vector<std::set<int>> m_seen;
};
