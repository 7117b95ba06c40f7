#pragma once

#include <QJsonObject>
#include <QString>

#include <map>
#include <optional>

// A grow-only counter (G-Counter): each replica counts its own increments, the value is the sum,
// and merging keeps each replica's highest count. Devices that count hearts offline and merge in
// any order, any number of times, agree on the total, and no heart is counted twice or lost.
class GCounter
{
public:
    void increment(const QString &replica, quint64 by = 1);
    quint64 value() const;
    quint64 countOf(const QString &replica) const;
    void merge(const GCounter &other);

    QJsonObject toJson() const;
    static std::optional<GCounter> fromJson(const QJsonObject &json, QString *error);

    friend bool operator==(const GCounter &, const GCounter &) = default;

private:
    std::map<QString, quint64> m_counts;
};
