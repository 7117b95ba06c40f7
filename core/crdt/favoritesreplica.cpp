#include "core/crdt/favoritesreplica.h"

#include "core/crdt/crdtjson.h"

#include <set>

using namespace Qt::StringLiterals;

namespace {

std::optional<int> itemIdOf(const QString &text)
{
    bool ok = false;
    const int id = text.toInt(&ok);
    // "07" or "+7" would name the same item twice.
    if (!ok || id <= 0 || QString::number(id) != text)
        return std::nullopt;
    return id;
}

} // namespace

void FavoritesReplica::setFavorite(const QString &device, int itemId, bool favorite)
{
    if (favorite)
        m_favorites.add(device, element(itemId));
    else
        m_favorites.remove(element(itemId));
}

QList<int> FavoritesReplica::favorites() const
{
    std::set<int> ids;
    for (const QString &e : m_favorites.elements())
        if (const auto id = itemIdOf(e))
            ids.insert(*id);
    return {ids.begin(), ids.end()};
}

quint64 FavoritesReplica::hearts(int itemId) const
{
    const auto it = m_hearts.find(itemId);
    return it == m_hearts.end() ? 0 : it->second.value();
}

void FavoritesReplica::addHeart(const QString &device, int itemId)
{
    m_hearts[itemId].increment(device);
}

QList<int> FavoritesReplica::items() const
{
    std::set<int> ids;
    for (const int id : favorites())
        ids.insert(id);
    for (const auto &entry : m_hearts)
        ids.insert(entry.first);
    return {ids.begin(), ids.end()};
}

void FavoritesReplica::merge(const FavoritesReplica &other)
{
    m_favorites.merge(other.m_favorites);
    for (const auto &[id, counter] : other.m_hearts)
        m_hearts[id].merge(counter);
}

QJsonObject FavoritesReplica::toJson() const
{
    QJsonObject hearts;
    for (const auto &[id, counter] : m_hearts)
        hearts.insert(QString::number(id), counter.toJson());
    return {{u"favorites"_s, m_favorites.toJson()}, {u"hearts"_s, hearts}};
}

std::optional<FavoritesReplica> FavoritesReplica::fromJson(const QJsonObject &json, QString *error)
{
    const QJsonValue favorites = json.value(u"favorites"_s);
    const QJsonValue hearts = json.value(u"hearts"_s);
    if (!favorites.isObject()) {
        CrdtJson::fail(error, u"\"favorites\" must be an object."_s);
        return std::nullopt;
    }
    if (!hearts.isUndefined() && !hearts.isObject()) {
        CrdtJson::fail(error, u"\"hearts\" must be an object."_s);
        return std::nullopt;
    }
    FavoritesReplica replica;
    QString inner;
    const std::optional<OrSet> set = OrSet::fromJson(favorites.toObject(), &inner);
    if (!set) {
        CrdtJson::fail(error, u"\"favorites\": "_s + inner);
        return std::nullopt;
    }
    for (const QString &e : set->elements()) {
        if (!itemIdOf(e)) {
            CrdtJson::fail(
                error,
                u"\"favorites\": \"%1\" is not an item id (a positive whole number)."_s.arg(e));
            return std::nullopt;
        }
    }
    replica.m_favorites = *set;
    const QJsonObject heartsObject = hearts.toObject();
    for (auto it = heartsObject.begin(); it != heartsObject.end(); ++it) {
        const std::optional<int> id = itemIdOf(it.key());
        if (!id) {
            CrdtJson::fail(
                error,
                u"\"hearts\": \"%1\" is not an item id (a positive whole number)."_s.arg(it.key()));
            return std::nullopt;
        }
        if (!it.value().isObject()) {
            CrdtJson::fail(error, u"\"hearts\": item %1 must be an object."_s.arg(*id));
            return std::nullopt;
        }
        const std::optional<GCounter> counter = GCounter::fromJson(it.value().toObject(), &inner);
        if (!counter) {
            CrdtJson::fail(error, u"\"hearts\": item %1: "_s.arg(*id) + inner);
            return std::nullopt;
        }
        if (counter->value() > 0)
            replica.m_hearts.emplace(*id, *counter);
    }
    return replica;
}
