#pragma once

#include "core/crdt/versionvector.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <set>

// An add-wins observed-remove set (OR-Set, in its tombstone-free form): every add is a new dot
// of the adding replica; a remove takes away the dots this replica has seen, and the version
// vector remembers that it saw them. Merging keeps a dot both sides hold, or that one side holds
// and the other has never seen. So a remove never takes away an add it did not know about: when
// one device removes "Oak Chair" while another adds it again, the chair stays.
class OrSet
{
public:
    void add(const QString &replica, const QString &element);
    void remove(const QString &element);
    bool contains(const QString &element) const { return m_entries.count(element) > 0; }
    QStringList elements() const; // sorted
    // The adds that keep `element` in the set (empty when it is not in it).
    std::set<Dot> dotsOf(const QString &element) const;
    const VersionVector &context() const { return m_context; }
    void merge(const OrSet &other);

    // {"context": {replica: counter}, "entries": {element: [[replica, counter], …]}}
    QJsonObject toJson() const;
    // Refuses malformed input and states no replica could have produced: a dot the context has
    // not seen, or one dot under two elements.
    static std::optional<OrSet> fromJson(const QJsonObject &json, QString *error);

    friend bool operator==(const OrSet &, const OrSet &) = default;

private:
    std::map<QString, std::set<Dot>> m_entries; // only elements that are in the set
    VersionVector m_context;
};
