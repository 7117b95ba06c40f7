#pragma once

#include "core/crdt/gcounter.h"
#include "core/crdt/orset.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <map>
#include <optional>

// What one device, or the server, holds of the offline-first favorites (docs/favorites.md,
// "Offline-first"): an add-wins set of favorite item ids and a grow-only count of hearts per
// item. Devices edit their own copy offline and merge copies in any order, any number of times;
// every copy that has seen the same edits shows the same favorites and the same heart counts.
class FavoritesReplica
{
public:
    bool isFavorite(int itemId) const { return m_favorites.contains(element(itemId)); }
    void setFavorite(const QString &device, int itemId, bool favorite);
    QList<int> favorites() const; // ascending
    quint64 hearts(int itemId) const;
    void addHeart(const QString &device, int itemId);

    const OrSet &favoriteSet() const { return m_favorites; }
    std::set<Dot> dotsOf(int itemId) const { return m_favorites.dotsOf(element(itemId)); }
    // Every item that is a favorite or has hearts here.
    QList<int> items() const;

    void merge(const FavoritesReplica &other);

    // {"favorites": <OR-Set>, "hearts": {"<itemId>": <G-Counter>}}
    QJsonObject toJson() const;
    // Refuses what OrSet and GCounter refuse, and item ids that are not positive whole numbers.
    static std::optional<FavoritesReplica> fromJson(const QJsonObject &json, QString *error);
    static QString element(int itemId) { return QString::number(itemId); }

    friend bool operator==(const FavoritesReplica &, const FavoritesReplica &) = default;

private:
    OrSet m_favorites;
    std::map<int, GCounter> m_hearts; // only items with a heart
};
