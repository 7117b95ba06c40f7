#include "models/favorites/favoritesmodel.h"

#include "models/sync/syncwords.h"

#include "core/clock.h"
#include "models/client/apicall.h"
#include "models/client/apiclient.h"
#include "models/session/sessionrecorder.h"

#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr auto screenId = "favorites";

} // namespace

FavoritesModel::FavoritesModel(ApiClient *api, QObject *parent)
    : QAbstractListModel(parent)
    , m_api(api)
    , m_ownClock(std::make_unique<SteadyClock>())
    , m_clock(m_ownClock.get())
{
    m_deadlineTimer.setSingleShot(true);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &FavoritesModel::onDeadline);
}

FavoritesModel::~FavoritesModel() = default;

void FavoritesModel::setClock(const Clock *clock)
{
    m_clock = clock ? clock : m_ownClock.get();
}

qint64 FavoritesModel::now() const
{
    return m_clock->nowMs();
}

// ---- configuration --------------------------------------------------------------------------

void FavoritesModel::setPattern(Pattern pattern)
{
    if (m_pattern == pattern)
        return;
    m_pattern = pattern;
    for (Row &row : m_rows)
        updateRow(row);
    Q_EMIT patternChanged(pattern);
}

void FavoritesModel::setNaiveRefresh(bool naive)
{
    if (m_naiveRefresh == naive)
        return;
    m_naiveRefresh = naive;
    Q_EMIT naiveRefreshChanged(naive);
}

void FavoritesModel::setOnline(bool online)
{
    if (m_online == online)
        return;
    m_online = online;
    Q_EMIT onlineChanged(online);
    if (online) {
        // Everything that waited goes out one by one in the order the person clicked.
        std::vector<std::pair<quint64, int>> waiting;
        for (Row &row : m_rows) {
            if (row.requestOpen)
                continue;
            if (row.queued || (row.sent && row.sent->state == FavoriteIntent::State::Unknown)) {
                row.resolveAtMs = -1;
                waiting.emplace_back(row.sent ? row.sent->seq : row.queued->seq, row.id);
            }
        }
        std::sort(waiting.begin(), waiting.end());
        for (const auto &[seq, id] : waiting) {
            if (std::find(m_drainQueue.begin(), m_drainQueue.end(), id) == m_drainQueue.end())
                m_drainQueue.push_back(id);
        }
        drainNext();
    }
    for (Row &row : m_rows) {
        if (row.queued || row.sent)
            updateRow(row);
    }
}

// ---- reading ----------------------------------------------------------------------------------

void FavoritesModel::refresh()
{
    fetch(m_loaded);
}

void FavoritesModel::fetch(bool asUserAction)
{
    if (!m_api)
        return;
    const bool naive = m_naiveRefresh;
    if (m_refreshing++ == 0)
        Q_EMIT refreshingChanged(true);
    const QString correlationId = m_recorder && asUserAction
        ? m_recorder->beginAction(QLatin1String(screenId),
                                  naive ? tr("Refreshed the list from any replica")
                                        : tr("Refreshed the list"))
        : QString();
    ApiCall *call = m_api->fetchItems(
        naive ? ReadConsistency::AnyReplica : ReadConsistency::ReadYourWrites, correlationId);
    connect(call, &ApiCall::finished, this, [this, naive](const ApiResult &result) {
        if (--m_refreshing == 0)
            Q_EMIT refreshingChanged(false);
        onItemsFetched(result, naive);
    });
}

bool FavoritesModel::isRefreshing() const
{
    return m_refreshing > 0;
}

void FavoritesModel::resync()
{
    fetch(false);
}

void FavoritesModel::onItemsFetched(const ApiResult &result, bool naive)
{
    const QList<CatalogItem> *items = result.get<QList<CatalogItem>>();
    if (!result.ok() || !items) {
        Q_EMIT loadFailed(result.message);
        return;
    }
    bool sameItems = m_loaded && items->size() == qsizetype(m_rows.size());
    for (qsizetype i = 0; sameItems && i < items->size(); ++i)
        sameItems = m_rowOfId.contains(items->at(i).id);
    if (!sameItems) {
        rebuild(*items);
        return;
    }
    for (const CatalogItem &item : *items) {
        Row &row = m_rows[size_t(m_rowOfId.value(item.id))];
        if (!naive) {
            // Never backwards: an answer older than what we know is ignored.
            if (applyServer(row, item))
                updateRow(row);
            continue;
        }
        // Naive: take the answer as it is, with no overlay of what the person just did. Count
        // each row that now shows something the careful merge would not have shown.
        Row careful = row;
        applyServer(careful, item);
        const bool expected =
            m_pattern == Pattern::Optimistic ? safeDisplayed(careful) : careful.serverFavorite;
        row.serverFavorite = item.favorite;
        row.serverLsn = item.lsn;
        if (row.displayed != item.favorite || expected != item.favorite) {
            row.displayed = item.favorite;
            markDirty(m_rowOfId.value(row.id));
        }
        if (expected != item.favorite) {
            ++m_flickers;
            Q_EMIT flickered(row.id);
        }
    }
}

void FavoritesModel::rebuild(const QList<CatalogItem> &items)
{
    beginResetModel();
    std::vector<Row> previous = std::move(m_rows);
    QHash<int, int> previousRow = std::move(m_rowOfId);
    m_rows.clear();
    m_rowOfId.clear();
    m_rows.reserve(size_t(items.size()));
    for (const CatalogItem &item : items) {
        Row row;
        const auto it = previousRow.constFind(item.id);
        if (it != previousRow.constEnd())
            row = std::move(previous[size_t(*it)]); // intents survive a reload
        row.id = item.id;
        row.title = item.title;
        applyServer(row, item);
        row.displayed = m_pattern == Pattern::Optimistic ? safeDisplayed(row) : row.serverFavorite;
        m_rowOfId.insert(item.id, int(m_rows.size()));
        m_rows.push_back(std::move(row));
    }
    m_dirty.clear();
    const bool first = !m_loaded;
    m_loaded = true;
    endResetModel();
    if (first)
        Q_EMIT loaded();
    countsChanged();
}

bool FavoritesModel::applyServer(Row &row, const CatalogItem &item)
{
    if (item.lsn <= row.serverLsn)
        return false;
    row.serverFavorite = item.favorite;
    row.serverLsn = item.lsn;
    return true;
}

// ---- the person's actions ---------------------------------------------------------------------

FavoriteIntent FavoritesModel::makeIntent(const Row &row, bool desired)
{
    FavoriteIntent intent;
    intent.seq = m_nextSeq++;
    intent.itemId = row.id;
    intent.desired = desired;
    intent.idempotencyKey = ApiClient::newIdempotencyKey();
    intent.createdMs = now();
    const QString text = desired ? tr("Made \"%1\" a favorite").arg(row.title)
                                 : tr("Removed \"%1\" from favorites").arg(row.title);
    intent.correlationId = m_recorder ? m_recorder->beginAction(QLatin1String(screenId), text)
                                      : ApiClient::newCorrelationId();
    return intent;
}

bool FavoritesModel::toggle(int itemId)
{
    Row *row = rowFor(itemId);
    if (!row || isBusy(itemId))
        return false;
    // The person acts on what they see.
    FavoriteIntent intent = makeIntent(*row, !row->displayed);
    row->failed.reset();
    row->resolveAtMs = -1; // a new click is worth a request now, whatever the backoff said
    if (row->note != Note::None)
        row->note = Note::None;
    row->savedUntilMs = -1;
    if (!row->sent && !row->queued) {
        row->pendingSinceMs = intent.createdMs;
        schedule(itemId, intent.createdMs + m_timings.spinnerThreshold.count());
    }
    if (m_pattern == Pattern::WaitForServer)
        row->clickedMs = intent.createdMs;

    const bool mustWait =
        row->requestOpen || row->sent || !m_online || m_draining != 0 || !m_drainQueue.empty();
    if (mustWait) {
        row->queued = intent; // coalesces: the latest intent replaces one not yet sent
        if (!m_online || m_draining != 0 || !m_drainQueue.empty()) {
            if (std::find(m_drainQueue.begin(), m_drainQueue.end(), itemId) == m_drainQueue.end()
                && m_draining != itemId)
                m_drainQueue.push_back(itemId);
        }
    } else {
        claim(*row, intent);
    }
    // The heart changes in this frame: repaint the row now, before the request is even built.
    updateRow(*row, true);
    if (m_pattern == Pattern::Optimistic)
        Q_EMIT feedbackMeasured(now() - intent.createdMs);
    if (!mustWait)
        transmit(*row);
    else if (!m_online)
        Q_EMIT offlineQueued(itemId, waitingToSendCount());
    else if (m_draining == 0 && m_drainQueue.empty())
        pump(*row); // after a lost answer: the newer intent goes out now
    else
        drainNext();
    countsChanged();
    return true;
}

bool FavoritesModel::retry(int itemId)
{
    Row *row = rowFor(itemId);
    if (!row || !row->failed || row->sent || row->queued)
        return false;
    // Same idempotency key and story: if the first attempt did reach the server, this cannot
    // apply the change a second time.
    FavoriteIntent intent = *row->failed;
    row->failed.reset();
    intent.state = FavoriteIntent::State::Queued;
    intent.createdMs = now();
    intent.resolveAttempts = 0;
    row->pendingSinceMs = intent.createdMs;
    row->savedUntilMs = -1;
    schedule(itemId, intent.createdMs + m_timings.spinnerThreshold.count());
    if (m_pattern == Pattern::WaitForServer)
        row->clickedMs = intent.createdMs;
    if (m_online && !row->requestOpen && m_draining == 0 && m_drainQueue.empty()) {
        claim(*row, intent);
        updateRow(*row, true);
        transmit(*row);
    } else {
        row->queued = intent;
        if (std::find(m_drainQueue.begin(), m_drainQueue.end(), itemId) == m_drainQueue.end())
            m_drainQueue.push_back(itemId);
        updateRow(*row, true);
        if (m_online)
            drainNext();
    }
    countsChanged();
    return true;
}

// ---- sending ----------------------------------------------------------------------------------

void FavoritesModel::send(Row &row, FavoriteIntent intent)
{
    claim(row, std::move(intent));
    transmit(row);
}

void FavoritesModel::claim(Row &row, FavoriteIntent intent)
{
    intent.state = FavoriteIntent::State::InFlight;
    row.sent = std::move(intent);
    row.requestOpen = true;
    row.resolveAtMs = -1;
    ++m_inFlight;
}

void FavoritesModel::transmit(Row &row)
{
    if (!m_api || !row.sent)
        return;
    const int itemId = row.id;
    const quint64 seq = row.sent->seq;
    ApiCall *call = m_api->setFavorite(itemId, row.sent->desired, row.sent->idempotencyKey,
                                       row.sent->correlationId);
    connect(call, &ApiCall::finished, this,
            [this, itemId, seq](const ApiResult &result) { onWriteFinished(itemId, seq, result); });
}

void FavoritesModel::pump(Row &row)
{
    if (row.requestOpen || !m_online)
        return;
    if (row.resolveAtMs >= 0 && row.resolveAtMs > now())
        return;
    if (row.queued) {
        // A newer intent replaces one whose answer was lost: whatever became of the lost
        // one, the newer write comes later in the server's order and wins.
        FavoriteIntent next = *row.queued;
        row.queued.reset();
        row.sent.reset();
        send(row, next);
    } else if (row.sent && row.sent->state == FavoriteIntent::State::Unknown) {
        FavoriteIntent again = *row.sent;
        ++again.resolveAttempts;
        send(row, again);
        row.sent->state = FavoriteIntent::State::Unknown; // still "Checking…" on the row
    }
}

void FavoritesModel::onWriteFinished(int itemId, quint64 seq, const ApiResult &result)
{
    --m_inFlight;
    Row *row = rowFor(itemId);
    if (!row)
        return;
    row->requestOpen = false;
    if (m_draining == itemId)
        m_draining = 0;
    if (!row->sent || row->sent->seq != seq) {
        // Settled meanwhile (the event channel saw the write arrive).
        afterSent(*row);
        return;
    }
    if (result.ok()) {
        if (const CatalogItem *item = result.get<CatalogItem>()) {
            settleSent(*row, *item);
            afterSent(*row);
            return;
        }
    }
    const bool stillProcessing = result.errorCode == u"idempotency_in_flight"_s;
    const bool wasUnknown = row->sent->resolveAttempts > 0;
    if (result.outcomeUnknown() || stillProcessing
        || (wasUnknown && result.error == ApiError::Http && !result.isRejection())) {
        // Lost or unanswered: the write may have been applied. Never assume; ask again with
        // the same key (a replay tells us it was), or let the event channel tell us.
        const bool first = row->sent->state != FavoriteIntent::State::Unknown;
        row->sent->state = FavoriteIntent::State::Unknown;
        if (row->sent->resolveAttempts >= m_timings.maxResolveAttempts) {
            failSent(*row, result);
        } else {
            scheduleResolve(*row);
            if (first)
                Q_EMIT outcomeUnknown(itemId, row->sent->correlationId);
        }
        afterSent(*row);
        return;
    }
    if (result.error == ApiError::ConnectionRefused || result.error == ApiError::Canceled) {
        // Certainly not delivered: the intent waits again, with its key, unless a newer one
        // already waits.
        FavoriteIntent intent = *row->sent;
        row->sent.reset();
        if (!row->queued) {
            intent.state = FavoriteIntent::State::Queued;
            row->queued = intent;
        }
        scheduleResolve(*row);
        afterSent(*row);
        return;
    }
    failSent(*row, result);
    afterSent(*row);
}

void FavoritesModel::scheduleResolve(Row &row)
{
    const int attempts = row.sent ? row.sent->resolveAttempts : 0;
    const qint64 delay = std::min<qint64>(m_timings.resolveMaxDelay.count(),
                                          m_timings.resolveDelay.count() << std::min(attempts, 6));
    row.resolveAtMs = now() + delay;
    schedule(row.id, row.resolveAtMs);
}

void FavoritesModel::settleSent(Row &row, const CatalogItem &item)
{
    const FavoriteIntent intent = *row.sent;
    row.sent.reset();
    row.resolveAtMs = -1;
    applyServer(row, item);

    // The server's order decides between this write and another device's.
    bool theirsWon = false;
    if (row.otherDeviceLsn >= 0
        || (row.serverLsn > item.lsn && row.serverFavorite != item.favorite)) {
        theirsWon = row.serverLsn > item.lsn && row.serverFavorite != intent.desired;
        row.note = theirsWon ? Note::TheirsWon : Note::YoursKept;
        row.noteUntilMs = now() + m_timings.noteVisible.count();
        schedule(row.id, row.noteUntilMs);
        const QString message = theirsWon
            ? tr("\"%1\" was changed on another device after your change, so that change was "
                 "kept.")
                  .arg(row.title)
            : tr("\"%1\" was also changed on another device; your change came later, so yours "
                 "was kept.")
                  .arg(row.title);
        row.otherDeviceLsn = -1;
        Q_EMIT conflict(row.id, row.title, message, !theirsWon, intent.correlationId);
    }

    const qint64 at = now();
    row.savedUntilMs = at + m_timings.savedVisible.count();
    schedule(row.id, row.savedUntilMs);
    ++m_confirmedSinceFlush;
    Q_EMIT confirmed(row.id, intent.correlationId);
    Q_EMIT confirmationMeasured(at - intent.createdMs);
    if (m_pattern == Pattern::WaitForServer && row.clickedMs >= 0) {
        Q_EMIT feedbackMeasured(at - row.clickedMs);
        row.clickedMs = -1;
    }
    // A later click that asked for what the server now holds needs no request of its own.
    if (row.queued && !theirsWon && row.queued->desired == item.favorite) {
        const FavoriteIntent satisfied = *row.queued;
        row.queued.reset();
        ++m_confirmedSinceFlush;
        Q_EMIT confirmed(row.id, satisfied.correlationId);
        Q_EMIT confirmationMeasured(at - satisfied.createdMs);
    }
}

void FavoritesModel::failSent(Row &row, const ApiResult &result)
{
    FavoriteIntent intent = *row.sent;
    row.sent.reset();
    row.resolveAtMs = -1;
    row.clickedMs = -1;
    if (row.queued)
        return; // the person already asked for something newer: that decides the row
    intent.state = FavoriteIntent::State::Failed;
    row.failed = intent;
    const bool canRetry = !result.isRejection();
    QString message = tr("We couldn't save \"%1\". It's back as it was.").arg(row.title);
    if (!canRetry && !result.message.isEmpty())
        message += u' ' + result.message;
    Q_EMIT rolledBack(row.id, row.title, message, canRetry, intent.correlationId);
}

void FavoritesModel::afterSent(Row &row)
{
    if (!row.sent && !row.queued)
        row.pendingSinceMs = -1;
    pump(row);
    updateRow(row);
    if (m_draining == 0)
        drainNext();
}

void FavoritesModel::drainNext()
{
    while (m_online && m_draining == 0 && !m_drainQueue.empty()) {
        const int id = m_drainQueue.front();
        m_drainQueue.erase(m_drainQueue.begin());
        Row *row = rowFor(id);
        if (!row || row->requestOpen)
            continue;
        row->resolveAtMs = -1;
        pump(*row);
        if (row->requestOpen) {
            m_draining = id;
            updateRow(*row);
        }
    }
}

// ---- the event channel --------------------------------------------------------------------------

void FavoritesModel::handleEvent(const BackendEvent &event)
{
    if (event.type == u"data.reset"_s) {
        // LSNs start again from zero: forget them, keep the person's intents, read again.
        for (Row &row : m_rows)
            row.serverLsn = -1;
        fetch(false);
        return;
    }
    if (event.type != u"write.accepted"_s || event.data.value(u"kind"_s).toString() != u"item"_s)
        return;
    QString error;
    const std::optional<CatalogItem> item =
        Dto::parseItem(event.data.value(u"item"_s).toObject(), &error);
    if (!item) {
        qWarning("FavoritesModel: ignoring an item event: %s", qUtf8Printable(error));
        return;
    }
    Row *row = rowFor(item->id);
    if (!row)
        return;

    if (m_api && event.clientId == m_api->clientId()) {
        // Our own write. If its answer was lost, this settles it.
        if (row->sent && row->sent->correlationId == event.correlationId
            && row->sent->state == FavoriteIntent::State::Unknown
            && item->favorite == row->sent->desired) {
            settleSent(*row, *item);
            afterSent(*row);
            return;
        }
        if (applyServer(*row, *item))
            updateRow(*row);
        return;
    }

    if (!applyServer(*row, *item))
        return; // older than what we know
    if (row->sent || row->queued) {
        // Ours is pending: the server's order decides once ours lands. The heart keeps
        // showing the person's intent meanwhile.
        row->otherDeviceLsn = std::max(row->otherDeviceLsn, item->lsn);
    } else {
        row->note = Note::ChangedElsewhere;
        row->noteUntilMs = now() + m_timings.noteVisible.count();
        schedule(row->id, row->noteUntilMs);
        Q_EMIT changedElsewhere(row->id, row->title, item->favorite);
    }
    updateRow(*row);
}

// ---- row state --------------------------------------------------------------------------------

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

bool FavoritesModel::safeDisplayed(const Row &row) const
{
    if (row.queued)
        return row.queued->desired;
    if (row.sent)
        return row.sent->desired;
    return row.serverFavorite;
}

SyncState FavoritesModel::stateOf(const Row &row) const
{
    if (row.sent && row.sent->state == FavoriteIntent::State::Unknown && !row.queued)
        return SyncState::Unknown;
    if (row.sent || row.queued)
        return SyncState::Pending;
    if (row.failed)
        return SyncState::Failed;
    if (row.note != Note::None && row.note != Note::Offline && row.noteUntilMs > now())
        return SyncState::Conflict;
    return SyncState::Confirmed;
}

bool FavoritesModel::badgeVisible(const Row &row) const
{
    switch (stateOf(row)) {
    case SyncState::Pending:
        if (m_pattern == Pattern::WaitForServer || (!m_online && !row.requestOpen))
            return true;
        return row.pendingSinceMs >= 0
            && now() - row.pendingSinceMs >= m_timings.spinnerThreshold.count();
    case SyncState::Confirmed:
        return row.savedUntilMs > now();
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
    const SyncState state = stateOf(row);
    if (state == SyncState::Pending && !m_online && !row.requestOpen)
        return tr("Offline");
    if (state == SyncState::Conflict) {
        switch (row.note) {
        case Note::YoursKept:
            return tr("Changed elsewhere · yours kept");
        case Note::ChangedElsewhere:
        case Note::TheirsWon:
            return tr("Changed on another device");
        case Note::None:
        case Note::Offline:
            break;
        }
    }
    return {};
}

QString FavoritesModel::noteText(const Row &row) const
{
    switch (stateOf(row)) {
    case SyncState::Pending:
        if (!m_online && !row.requestOpen)
            return tr("You're offline. Changes will be sent when you're back.");
        return tr("Saving your change…");
    case SyncState::Failed:
        return tr("We couldn't save \"%1\". It's back as it was.").arg(row.title);
    case SyncState::Unknown:
        return tr("We're checking whether your change arrived.");
    case SyncState::Conflict:
        switch (row.note) {
        case Note::YoursKept:
            return tr("Also changed on another device; your change came later, so yours was "
                      "kept.");
        case Note::TheirsWon:
            return tr("Changed on another device after your change, so that change was kept.");
        case Note::ChangedElsewhere:
        case Note::None:
        case Note::Offline:
            break;
        }
        return tr("Changed on another device a moment ago.");
    case SyncState::Confirmed:
        return row.savedUntilMs > now() ? tr("All changes saved") : QString();
    case SyncState::Stale:
        break;
    }
    return {};
}

QString FavoritesModel::accessibleText(const Row &row) const
{
    const QString word = badgeText(row);
    return tr("%1, %2, %3")
        .arg(row.title, row.displayed ? tr("favorite") : tr("not a favorite"),
             word.isEmpty() ? SyncWords::shortText(stateOf(row)) : word);
}

void FavoritesModel::updateRow(Row &row, bool immediate)
{
    if (row.noteUntilMs >= 0 && row.noteUntilMs <= now()) {
        row.note = Note::None;
        row.noteUntilMs = -1;
    }
    const bool displayed =
        m_pattern == Pattern::Optimistic ? safeDisplayed(row) : row.serverFavorite;
    row.displayed = displayed;
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

void FavoritesModel::schedule(int itemId, qint64 atMs)
{
    m_deadlines.emplace(atMs, itemId);
    const qint64 first = m_deadlines.begin()->first;
    const auto wait = std::chrono::milliseconds(std::max<qint64>(0, first - now()));
    if (!m_deadlineTimer.isActive() || first < m_nextDeadlineMs) {
        m_nextDeadlineMs = first;
        m_deadlineTimer.start(wait);
    }
}

void FavoritesModel::onDeadline()
{
    const qint64 at = now();
    std::vector<int> due;
    while (!m_deadlines.empty() && m_deadlines.begin()->first <= at) {
        due.push_back(m_deadlines.begin()->second);
        m_deadlines.erase(m_deadlines.begin());
    }
    std::sort(due.begin(), due.end());
    due.erase(std::unique(due.begin(), due.end()), due.end());
    for (int id : due) {
        Row *row = rowFor(id);
        if (!row)
            continue;
        if (row->resolveAtMs >= 0 && row->resolveAtMs <= at) {
            row->resolveAtMs = -1;
            if (m_draining == 0 && m_drainQueue.empty())
                pump(*row);
        }
        updateRow(*row);
    }
    if (!m_deadlines.empty()) {
        m_nextDeadlineMs = m_deadlines.begin()->first;
        m_deadlineTimer.start(
            std::chrono::milliseconds(std::max<qint64>(0, m_nextDeadlineMs - at)));
    }
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
    return row ? std::optional<bool>(row->serverFavorite) : std::nullopt;
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
    if (!m_online && row->queued && !row->requestOpen)
        return Note::Offline;
    return row->noteUntilMs > now() ? row->note : Note::None;
}

bool FavoritesModel::isBusy(int itemId) const
{
    const Row *row = rowFor(itemId);
    return row && m_pattern == Pattern::WaitForServer && (row->sent || row->queued);
}

int FavoritesModel::pendingCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [](const Row &row) { return row.sent || row.queued; }));
}

int FavoritesModel::waitingToSendCount() const
{
    if (m_online)
        return 0;
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row &row) {
        return !row.requestOpen && (row.queued || row.sent);
    }));
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
        return row.serverFavorite;
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
        return m_pattern == Pattern::WaitForServer && (row.sent || row.queued);
    case PendingRole:
        return bool(row.sent || row.queued);
    case ServerLsnRole:
        return row.serverLsn;
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
    return names;
}
