#pragma once

#include <QJsonObject>
#include <QString>

#include <map>
#include <optional>

// A whole number per replica that only grows, merged by taking each replica's highest: the state
// under both a version vector (changes seen) and a grow-only counter (increments made).
class ReplicaCounts
{
public:
    quint64 of(const QString &replica) const;
    // Raises the replica's count by `by` and returns the new count.
    quint64 raise(const QString &replica, quint64 by);
    quint64 sum() const;
    // Each replica's highest count, never the sum: a state seen twice must not count twice.
    void merge(const ReplicaCounts &other);
    bool isEmpty() const { return m_counts.empty(); }

    QJsonObject toJson() const;
    // Refuses anything but non-empty replica names mapped to whole numbers; zero counts are
    // dropped, as if never written.
    static std::optional<ReplicaCounts> fromJson(const QJsonObject &json, QString *error);

    friend bool operator==(const ReplicaCounts &, const ReplicaCounts &) = default;

private:
    std::map<QString, quint64> m_counts; // only counts above zero
};
