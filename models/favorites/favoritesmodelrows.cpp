// FavoritesModel, the list-model half: what a row shows, the batched repaint, the queries.
// The driver half (inputs, effects, the ordered send) is in favoritesmodel.cpp.

#include "models/favorites/favoritesmodel.h"

#include "models/favorites/favoritesmergesync.h"
#include "models/sync/syncwords.h"

#include <algorithm>

using Phase = FavoriteItem::Phase;

// ---- what a row shows -------------------------------------------------------------------------

FavoritesModel::Row *FavoritesModel::rowFor(int itemId)
{
    const auto it = m_rowOfId.constFind(itemId);
    return it == m_rowOfId.constEnd() ? nullptr : &m_rows[size_t(*it)];
}

const FavoritesModel::Row *FavoritesModel::rowFor(int itemId) const
{
    const auto it = m_rowOfId.constFind(itemId);
    return it == m_rowOfId.constEnd() ? nullptr : &m_rows[size_t(*it)];
}

bool FavoritesModel::shown(const Row &row) const
{
    if (isMerging())
        return m_merge->isFavorite(row.id);
    return m_pattern == Pattern::Optimistic ? FavoriteMachine::shownValue(row.item)
                                            : row.item.server.favorite;
}

SyncState FavoritesModel::stateOf(const Row &row) const
{
    if (isMerging())
        return m_merge->syncState(row.id);
    return FavoriteMachine::syncStateOf(row.item);
}

bool FavoritesModel::isOfflineWaiting(const Row &row) const
{
    return !m_online && !row.item.onWire && row.item.isPending();
}

bool FavoritesModel::badgeVisible(const Row &row) const
{
    if (isMerging())
        return mergeBadgeVisible(row);
    switch (stateOf(row)) {
    case SyncState::Pending:
        if (m_pattern == Pattern::WaitForServer || isOfflineWaiting(row))
            return true;
        return row.item.pendingSinceMs >= 0
            && now() - row.item.pendingSinceMs >= m_machine.timings().spinnerThreshold.count();
    case SyncState::Confirmed:
        return row.item.savedUntilMs > now();
    case SyncState::Failed:
    case SyncState::Unknown:
    case SyncState::Conflict:
    case SyncState::Stale:
        return true;
    }
    return false;
}

QString FavoritesModel::badgeText(const Row &row) const
{
    if (isMerging())
        return mergeBadgeText(row);
    const SyncState state = stateOf(row);
    if (state == SyncState::Pending && isOfflineWaiting(row))
        return SyncWords::offlineShortText();
    if (state == SyncState::Conflict) {
        switch (row.item.note) {
        case FavoriteItem::Note::YoursKept:
            return tr("Changed elsewhere · yours kept");
        case FavoriteItem::Note::ChangedElsewhere:
        case FavoriteItem::Note::TheirsWon:
            return tr("Changed on another device");
        case FavoriteItem::Note::None:
            break;
        }
    }
    return {};
}

QString FavoritesModel::noteText(const Row &row) const
{
    if (isMerging())
        return mergeNoteText(row);
    const SyncState state = stateOf(row);
    switch (state) {
    case SyncState::Pending:
        return isOfflineWaiting(row) ? SyncWords::offlineLongText() : SyncWords::longText(state);
    case SyncState::Failed:
        return SyncWords::longText(state, row.title);
    case SyncState::Unknown:
        return SyncWords::longText(state);
    case SyncState::Conflict:
        switch (row.item.note) {
        case FavoriteItem::Note::YoursKept:
            return tr("Also changed on another device; your change came later, so yours was "
                      "kept.");
        case FavoriteItem::Note::TheirsWon:
            return tr("Changed on another device after your change, so that change was kept.");
        case FavoriteItem::Note::ChangedElsewhere:
        case FavoriteItem::Note::None:
            break;
        }
        return SyncWords::longText(state);
    case SyncState::Confirmed:
        return row.item.savedUntilMs > now() ? SyncWords::longText(state) : QString();
    case SyncState::Stale:
        break;
    }
    return {};
}

QString FavoritesModel::spokenRow(const QString &title, bool favorite, const QString &stateWord)
{
    return tr("%1, %2, %3").arg(title, favorite ? tr("favorite") : tr("not a favorite"), stateWord);
}

QString FavoritesModel::accessibleText(const Row &row) const
{
    const QString word = badgeText(row);
    const QString spoken = spokenRow(row.title, row.displayed,
                                     word.isEmpty() ? SyncWords::shortText(stateOf(row)) : word);
    if (!isMerging())
        return spoken;
    return tr("%1, %n heart(s)", nullptr, int(m_merge->hearts(row.id))).arg(spoken);
}

// ---- the batched repaint ----------------------------------------------------------------------

void FavoritesModel::updateRow(Row &row, bool immediate)
{
    row.displayed = shown(row);
    const int index = m_rowOfId.value(row.id, -1);
    if (index < 0)
        return;
    if (immediate) {
        const QModelIndex changed = this->index(index);
        Q_EMIT dataChanged(changed, changed);
    } else {
        markDirty(index);
    }
}

void FavoritesModel::markDirty(int row)
{
    m_dirty.push_back(row);
    if (!m_flushQueued) {
        m_flushQueued = true;
        QMetaObject::invokeMethod(this, &FavoritesModel::flushDirty, Qt::QueuedConnection);
    }
}

void FavoritesModel::flushDirty()
{
    m_flushQueued = false;
    std::sort(m_dirty.begin(), m_dirty.end());
    m_dirty.erase(std::unique(m_dirty.begin(), m_dirty.end()), m_dirty.end());
    // One signal per run of neighbouring rows, not one per row.
    size_t i = 0;
    while (i < m_dirty.size()) {
        size_t j = i;
        while (j + 1 < m_dirty.size() && m_dirty[j + 1] == m_dirty[j] + 1)
            ++j;
        if (m_dirty[j] < int(m_rows.size()))
            Q_EMIT dataChanged(index(m_dirty[i]), index(m_dirty[j]));
        i = j + 1;
    }
    m_dirty.clear();
    if (m_confirmedSinceFlush > 0) {
        const int count = m_confirmedSinceFlush;
        m_confirmedSinceFlush = 0;
        Q_EMIT confirmedBatch(count);
    }
    countsChanged();
}

void FavoritesModel::countsChanged()
{
    const int pending = pendingCount();
    const int waiting = waitingToSendCount();
    if (pending == m_lastPending && waiting == m_lastWaiting)
        return;
    m_lastPending = pending;
    m_lastWaiting = waiting;
    Q_EMIT pendingCountChanged(pending, waiting);
}

// ---- queries --------------------------------------------------------------------------------

int FavoritesModel::rowOfItem(int itemId) const
{
    return m_rowOfId.value(itemId, -1);
}

int FavoritesModel::itemIdAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)].id : -1;
}

QString FavoritesModel::titleOf(int itemId) const
{
    const Row *row = rowFor(itemId);
    return row ? row->title : QString();
}

std::optional<bool> FavoritesModel::isFavorite(int itemId) const
{
    const Row *row = rowFor(itemId);
    return row ? std::optional<bool>(row->displayed) : std::nullopt;
}

std::optional<bool> FavoritesModel::serverFavorite(int itemId) const
{
    const Row *row = rowFor(itemId);
    if (row && isMerging())
        return m_merge->serverFavorite(itemId);
    return row ? std::optional<bool>(row->item.server.favorite) : std::nullopt;
}

SyncState FavoritesModel::syncState(int itemId) const
{
    const Row *row = rowFor(itemId);
    return row ? stateOf(*row) : SyncState::Confirmed;
}

FavoritesModel::Note FavoritesModel::noteOf(int itemId) const
{
    const Row *row = rowFor(itemId);
    if (!row)
        return Note::None;
    if (!m_online && row->item.queued && !row->item.onWire)
        return Note::Offline;
    if (row->item.noteUntilMs <= now())
        return Note::None;
    switch (row->item.note) {
    case FavoriteItem::Note::None:
        return Note::None;
    case FavoriteItem::Note::ChangedElsewhere:
        return Note::ChangedElsewhere;
    case FavoriteItem::Note::YoursKept:
        return Note::YoursKept;
    case FavoriteItem::Note::TheirsWon:
        return Note::TheirsWon;
    }
    return Note::None;
}

bool FavoritesModel::isBusy(int itemId) const
{
    const Row *row = rowFor(itemId);
    return row && m_pattern == Pattern::WaitForServer && row->item.isPending();
}

bool FavoritesModel::airplaneMode() const
{
    return m_merge->airplaneMode();
}

int FavoritesModel::pendingCount() const
{
    if (isMerging())
        return m_merge->unmergedCount();
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [](const Row &row) { return row.item.isPending(); }));
}

int FavoritesModel::waitingToSendCount() const
{
    if (isMerging())
        return m_merge->isOnline() ? 0 : m_merge->unmergedCount();
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [this](const Row &row) { return isOfflineWaiting(row); }));
}

// ---- QAbstractItemModel ----------------------------------------------------------------------

int FavoritesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant FavoritesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return row.title;
    case ItemIdRole:
        return row.id;
    case FavoriteRole:
        return row.displayed;
    case ServerFavoriteRole:
        return isMerging() ? m_merge->serverFavorite(row.id) : row.item.server.favorite;
    case SyncStateRole:
        return int(stateOf(row));
    case BadgeVisibleRole:
        return badgeVisible(row);
    case BadgeTextRole:
        return badgeText(row);
    case NoteRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return noteText(row);
    case BusyRole:
        return m_pattern == Pattern::WaitForServer && row.item.isPending();
    case PendingRole:
        return isMerging() ? m_merge->state().isUnmerged(row.id) : row.item.isPending();
    case HeartsRole:
        return isMerging() ? QVariant::fromValue(m_merge->hearts(row.id)) : QVariant();
    case ServerLsnRole:
        return row.item.server.lsn;
    case Qt::AccessibleTextRole:
        return accessibleText(row);
    default:
        return {};
    }
}

QHash<int, QByteArray> FavoritesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ItemIdRole, "itemId");
    names.insert(TitleRole, "title");
    names.insert(FavoriteRole, "favorite");
    names.insert(ServerFavoriteRole, "serverFavorite");
    names.insert(SyncStateRole, "syncState");
    names.insert(BadgeVisibleRole, "badgeVisible");
    names.insert(BadgeTextRole, "badgeText");
    names.insert(NoteRole, "note");
    names.insert(BusyRole, "busy");
    names.insert(PendingRole, "pending");
    names.insert(ServerLsnRole, "serverLsn");
    names.insert(HeartsRole, "hearts");
    return names;
}
