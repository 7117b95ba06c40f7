#include "app/screens/favorites/favoriteslistproxy.h"

#include "models/favorites/favoritesmodel.h"
#include "models/sync/syncwords.h"
#include "widgets/spinnerhold.h"

FavoritesListProxy::FavoritesListProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setFilterRole(FavoritesModel::FavoriteRole);
    setDynamicSortFilter(true);
}

void FavoritesListProxy::setSpinnerHold(const SpinnerHold *hold)
{
    if (m_hold)
        disconnect(m_hold, nullptr, this, nullptr);
    m_hold = hold;
    if (m_hold)
        connect(m_hold, &SpinnerHold::heldChanged, this, &FavoritesListProxy::heldRowsChanged);
}

QVariant FavoritesListProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::AccessibleTextRole && m_hold && m_hold->isHeld(index)) {
        return FavoritesModel::spokenRow(index.data(FavoritesModel::TitleRole).toString(),
                                         index.data(FavoritesModel::FavoriteRole).toBool(),
                                         SyncWords::shortText(SyncState::Pending));
    }
    return QSortFilterProxyModel::data(index, role);
}

void FavoritesListProxy::heldRowsChanged()
{
    // The hold does not say which rows changed; the list is short and this is rare.
    if (const int rows = rowCount(); rows > 0)
        Q_EMIT dataChanged(index(0, 0), index(rows - 1, 0), {Qt::AccessibleTextRole});
}
