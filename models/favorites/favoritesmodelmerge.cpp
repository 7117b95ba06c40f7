// FavoritesModel, the Offline-first half: the rows show this device's copy, which
// FavoritesMergeSync keeps and merges; the words a merge is explained with.

#include "models/favorites/favoritesmodel.h"

#include "models/favorites/favoritesmergesync.h"
#include "models/sync/syncwords.h"

namespace {

QString sentenceFor(MergeNote note)
{
    switch (note) {
    case MergeNote::AddedElsewhere:
        return FavoritesModel::tr("Made a favorite on another device.");
    case MergeNote::RemovedElsewhere:
        return FavoritesModel::tr("Removed from favorites on another device.");
    case MergeNote::KeptOverTheirRemoval:
        return FavoritesModel::tr(
            "Kept as a favorite: added on this device after the other removed it.");
    case MergeNote::BackOverYourRemoval:
        return FavoritesModel::tr("Back as a favorite: another device added it again, and your "
                                  "removal here had not seen that.");
    case MergeNote::AddedOnBoth:
        return FavoritesModel::tr("Made a favorite on both devices; it counts once.");
    case MergeNote::None:
        break;
    }
    return {};
}

} // namespace

void FavoritesModel::connectMerge()
{
    connect(m_merge, &FavoritesMergeSync::changed, this, [this] {
        if (!isMerging())
            return;
        for (Row &row : m_rows)
            updateRow(row);
    });
    connect(m_merge, &FavoritesMergeSync::merged, this, [this](int itemId, MergeNote note) {
        const Row *row = rowFor(itemId);
        if (isMerging() && row)
            Q_EMIT mergeExplained(itemId, row->title, sentenceFor(note));
    });
    connect(m_merge, &FavoritesMergeSync::keptOffline, this, [this](int itemId, int unmerged) {
        if (isMerging())
            Q_EMIT offlineQueued(itemId, unmerged);
    });
    connect(m_merge, &FavoritesMergeSync::failed, this, [this](const QString &message) {
        if (isMerging())
            Q_EMIT mergeFailed(message);
    });
    connect(m_merge, &FavoritesMergeSync::onlineChanged, this, [this] {
        if (isMerging())
            for (Row &row : m_rows)
                updateRow(row);
    });
}

bool FavoritesModel::addHeart(int itemId)
{
    Row *row = rowFor(itemId);
    if (!row || !isMerging())
        return false;
    m_merge->addHeart(itemId, row->title);
    updateRow(*row, true);
    return true;
}

void FavoritesModel::setAirplaneMode(bool on)
{
    if (m_merge->airplaneMode() == on)
        return;
    m_merge->setAirplaneMode(on);
    Q_EMIT airplaneModeChanged(on);
}

bool FavoritesModel::mergeBadgeVisible(const Row &row) const
{
    return stateOf(row) != SyncState::Confirmed;
}

QString FavoritesModel::mergeBadgeText(const Row &row) const
{
    switch (stateOf(row)) {
    case SyncState::Pending:
        // Not progress when offline: kept, safe, and waiting (no spinner).
        return m_merge->isOnline() ? QString() : tr("On this device");
    case SyncState::Conflict:
        return tr("Merged");
    case SyncState::Failed:
        return tr("Couldn't sync · Retry");
    case SyncState::Confirmed:
    case SyncState::Unknown:
    case SyncState::Stale:
        break;
    }
    return {};
}

QString FavoritesModel::mergeNoteText(const Row &row) const
{
    const SyncState state = stateOf(row);
    switch (state) {
    case SyncState::Pending:
        return m_merge->isOnline()
            ? tr("Merging with your other devices…")
            : tr("Kept on this device. It merges with your other devices when you are back "
                 "online.");
    case SyncState::Conflict:
        return sentenceFor(m_merge->noteOf(row.id));
    case SyncState::Failed:
        return tr("The server refused this device's copy: %1").arg(m_merge->state().failure);
    case SyncState::Confirmed:
    case SyncState::Unknown:
    case SyncState::Stale:
        break;
    }
    return {};
}
