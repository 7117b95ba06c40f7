#include "models/favorites/favoritesmodel.h"

#include "models/favorites/favoritesmergesync.h"

#include "core/clock.h"
#include "models/client/apicall.h"
#include "models/client/apiclient.h"
#include "models/favorites/favoriteitemread.h"
#include "models/session/sessionrecorder.h"

#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

FavoriteVersion versionOf(const CatalogItem &item)
{
    return {item.favorite, item.lsn};
}

std::optional<FavoriteVersion> versionIn(const ApiResult &result)
{
    const CatalogItem *item = result.get<CatalogItem>();
    return item ? std::optional<FavoriteVersion>(versionOf(*item)) : std::nullopt;
}

} // namespace

FavoritesModel::FavoritesModel(ApiClient *api, QObject *parent)
    : QAbstractListModel(parent)
    , m_api(api)
    , m_ownClock(std::make_unique<SteadyClock>())
    , m_clock(m_ownClock.get())
    , m_merge(new FavoritesMergeSync(
          api, api ? u"device-"_s + api->clientId().left(4) : u"this-device"_s, this))
{
    m_deadlineTimer.setSingleShot(true);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &FavoritesModel::onDeadline);
    connectMerge();
}

FavoritesModel::~FavoritesModel() = default;

void FavoritesModel::setClock(const Clock *clock)
{
    m_clock = clock ? clock : m_ownClock.get();
    m_merge->setClock(clock);
}

void FavoritesModel::setRecorder(SessionRecorder *recorder)
{
    m_recorder = recorder;
    m_merge->setRecorder(recorder);
}

void FavoritesModel::setScreenId(const QString &screen)
{
    m_screenId = screen;
    m_merge->setRecorderScreen(screen);
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
    if (pattern == Pattern::OfflineFirst)
        m_merge->start(); // the first sync brings the server's copy
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
    m_merge->setLinkOnline(online);
    Q_EMIT onlineChanged(online);
    // Everything that waited goes out one by one in the order the person clicked: no item takes
    // the wire on its own here, each joins the ordered send instead.
    std::vector<Row *> pending;
    for (Row &row : m_rows) {
        if (row.item.isPending())
            pending.push_back(&row);
    }
    const auto seqOf = [](const Row *row) {
        return row->item.sent ? row->item.sent->seq : row->item.queued->seq;
    };
    std::sort(pending.begin(), pending.end(),
              [&seqOf](const Row *a, const Row *b) { return seqOf(a) < seqOf(b); });
    for (Row *row : pending) {
        FavoriteInput input = inputOf(FavoriteInput::Kind::LinkChanged);
        input.link.turn = false;
        feed(*row, input);
        if (online)
            joinOrderedSend(*row);
    }
    drainNext();
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
        ? m_recorder->beginAction(m_screenId,
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
    if (classifyRead(result) != ReadOutcome::Answered || !items) {
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
        FavoriteInput input = inputOf(FavoriteInput::Kind::ServerRead);
        input.version = versionOf(item);
        if (!naive) {
            // Never backwards: an answer older than what we know is ignored.
            feed(row, input);
            continue;
        }
        // Naive: take the answer as it is, with no overlay of what the person just did. Count
        // each row that now shows something the careful merge would not have shown.
        const FavoriteItem careful = m_machine.next(row.item, input).state;
        const bool expected = m_pattern == Pattern::Optimistic
            ? FavoriteMachine::shownValue(careful)
            : careful.server.favorite;
        input.forced = true;
        row.item = m_machine.next(row.item, input).state;
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
        FavoriteInput input = inputOf(FavoriteInput::Kind::ServerRead);
        input.version = versionOf(item);
        row.item = m_machine.next(row.item, input).state; // a server read has no effects
        row.displayed = shown(row);
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
    intent.correlationId =
        m_recorder ? m_recorder->beginAction(m_screenId, text) : ApiClient::newCorrelationId();
    return intent;
}

bool FavoritesModel::toggle(int itemId)
{
    Row *row = rowFor(itemId);
    if (!row || isBusy(itemId))
        return false;
    if (isMerging()) {
        const qint64 clicked = now();
        m_merge->toggle(itemId, row->title);
        updateRow(*row, true);
        Q_EMIT feedbackMeasured(now() - clicked);
        return true;
    }
    FavoriteInput input = inputOf(FavoriteInput::Kind::Toggle);
    input.intent = makeIntent(*row, !row->displayed); // the person acts on what they see
    if (m_pattern == Pattern::WaitForServer)
        row->clickedMs = input.intent.createdMs;
    // The heart changes in this frame: the row repaints before the request is even built.
    feed(*row, input, true);
    if (m_pattern == Pattern::Optimistic)
        Q_EMIT feedbackMeasured(now() - input.intent.createdMs);
    drainNext();
    return true;
}

bool FavoritesModel::retry(int itemId)
{
    Row *row = rowFor(itemId);
    if (row && isMerging())
        return m_merge->retry();
    if (!row || !FavoriteMachine::canRetry(row->item))
        return false;
    if (m_pattern == Pattern::WaitForServer)
        row->clickedMs = now();
    feed(*row, inputOf(FavoriteInput::Kind::Retry), true);
    drainNext();
    return true;
}

// ---- the event channel --------------------------------------------------------------------------

void FavoritesModel::handleEvent(const BackendEvent &event)
{
    m_merge->handleEvent(event);
    if (event.type == u"data.reset"_s) {
        // LSNs start again from zero: forget them, keep the person's intents, read again.
        for (Row &row : m_rows)
            feed(row, inputOf(FavoriteInput::Kind::DataReset));
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
    const bool ours = m_api && event.clientId == m_api->clientId();
    const bool sibling = !ours && m_siblingClients.contains(event.clientId);
    FavoriteInput input = inputOf(ours          ? FavoriteInput::Kind::OwnWriteAccepted
                                      : sibling ? FavoriteInput::Kind::ServerRead
                                                : FavoriteInput::Kind::OtherDeviceWrote);
    input.version = versionOf(*item);
    input.correlationId = event.correlationId;
    feed(*row, input);
    drainNext();
}

// ---- the driver -------------------------------------------------------------------------------

FavoriteInput FavoritesModel::inputOf(FavoriteInput::Kind kind) const
{
    FavoriteInput input;
    input.kind = kind;
    input.nowMs = now();
    input.link = {m_online, linkFree()};
    return input;
}

void FavoritesModel::feed(Row &row, FavoriteInput input, bool repaintNow)
{
    FavoriteMachine::Result step = m_machine.next(row.item, input);
    row.item = std::move(step.state);
    if (repaintNow)
        updateRow(row, true);
    bool wentOut = false;
    for (const FavoriteEffect &effect : step.effects) {
        wentOut = wentOut || effect.kind == FavoriteEffect::Kind::Send
            || effect.kind == FavoriteEffect::Kind::ReadBack;
        carryOut(row, effect);
    }
    if (input.kind == FavoriteInput::Kind::TurnGiven && wentOut)
        m_draining = row.id;
    else if (!m_online || !linkFree())
        joinOrderedSend(row);
    updateRow(row);
    countsChanged();
}

void FavoritesModel::carryOut(Row &row, const FavoriteEffect &effect)
{
    switch (effect.kind) {
    case FavoriteEffect::Kind::Send:
        transmit(effect.intent);
        return;
    case FavoriteEffect::Kind::ReadBack:
        readBack(effect.intent);
        return;
    case FavoriteEffect::Kind::Schedule:
        schedule(row.id, effect.atMs);
        return;
    default:
        notify(row, effect);
        return;
    }
}

void FavoritesModel::notify(Row &row, const FavoriteEffect &effect)
{
    const FavoriteIntent &intent = effect.intent;
    switch (effect.kind) {
    case FavoriteEffect::Kind::NotifyConfirmed:
        ++m_confirmedSinceFlush;
        Q_EMIT confirmed(row.id, intent.correlationId);
        Q_EMIT confirmationMeasured(now() - intent.createdMs);
        if (m_pattern == Pattern::WaitForServer && row.clickedMs >= 0) {
            Q_EMIT feedbackMeasured(now() - row.clickedMs);
            row.clickedMs = -1;
        }
        return;
    case FavoriteEffect::Kind::NotifyRolledBack: {
        row.clickedMs = -1;
        QString message = tr("We couldn't save \"%1\". It's back as it was.").arg(row.title);
        if (!effect.flag && !effect.message.isEmpty())
            message += u' ' + effect.message;
        Q_EMIT rolledBack(row.id, row.title, message, effect.flag, intent.correlationId);
        return;
    }
    case FavoriteEffect::Kind::NotifyUnknown:
        Q_EMIT outcomeUnknown(row.id, intent.correlationId);
        return;
    case FavoriteEffect::Kind::NotifyChangedElsewhere:
        Q_EMIT changedElsewhere(row.id, row.title, effect.flag);
        return;
    case FavoriteEffect::Kind::NotifyConflict: {
        const QString message = effect.flag
            ? tr("\"%1\" was also changed on another device; your change came later, so yours "
                 "was kept.")
                  .arg(row.title)
            : tr("\"%1\" was changed on another device after your change, so that change was "
                 "kept.")
                  .arg(row.title);
        Q_EMIT conflict(row.id, row.title, message, effect.flag, intent.correlationId);
        return;
    }
    case FavoriteEffect::Kind::NotifyOfflineQueued:
        Q_EMIT offlineQueued(row.id, waitingToSendCount());
        return;
    case FavoriteEffect::Kind::Send:
    case FavoriteEffect::Kind::ReadBack:
    case FavoriteEffect::Kind::Schedule:
        return;
    }
}

void FavoritesModel::transmit(const FavoriteIntent &intent)
{
    if (m_api)
        awaitAnswer(m_api->setFavorite(intent.itemId, intent.desired, intent.idempotencyKey,
                                       intent.correlationId),
                    intent, FavoriteInput::Kind::WriteAnswered);
}

void FavoritesModel::readBack(const FavoriteIntent &intent)
{
    if (m_api)
        awaitAnswer(readItemFromPrimary(*m_api, intent.itemId, intent.correlationId), intent,
                    FavoriteInput::Kind::ReadAnswered);
}

void FavoritesModel::awaitAnswer(ApiCall *call, const FavoriteIntent &intent,
                                 FavoriteInput::Kind kind)
{
    ++m_inFlight;
    const int itemId = intent.itemId;
    const quint64 seq = intent.seq;
    connect(call, &ApiCall::finished, this, [this, itemId, seq, kind](const ApiResult &result) {
        --m_inFlight;
        // The answer's meaning comes from the one classifier of its kind, nowhere else.
        FavoriteInput input;
        input.kind = kind;
        input.seq = seq;
        if (kind == FavoriteInput::Kind::WriteAnswered)
            input.write = classifyWrite(result);
        else
            input.read = classifyRead(result);
        input.version = versionIn(result);
        input.message = result.message;
        onAnswer(itemId, input);
    });
}

void FavoritesModel::onAnswer(int itemId, FavoriteInput input)
{
    if (m_draining == itemId)
        m_draining = 0;
    Row *row = rowFor(itemId);
    if (!row) {
        drainNext();
        return;
    }
    const FavoriteInput context = inputOf(input.kind);
    input.nowMs = context.nowMs;
    input.link = context.link;
    feed(*row, input);
    drainNext();
}

bool FavoritesModel::linkFree() const
{
    return m_drainQueue.empty() && m_draining == 0;
}

void FavoritesModel::joinOrderedSend(const Row &row)
{
    if (!FavoriteMachine::isReadyToGo(row.item, now()))
        return;
    if (row.id != m_draining
        && std::find(m_drainQueue.begin(), m_drainQueue.end(), row.id) == m_drainQueue.end())
        m_drainQueue.push_back(row.id);
}

void FavoritesModel::drainNext()
{
    while (m_online && m_draining == 0 && !m_drainQueue.empty()) {
        const int id = m_drainQueue.front();
        m_drainQueue.erase(m_drainQueue.begin());
        Row *row = rowFor(id);
        if (!row)
            continue;
        FavoriteInput input = inputOf(FavoriteInput::Kind::TurnGiven);
        input.link.turn = true;
        feed(*row, input);
    }
}

// ---- deadlines ----------------------------------------------------------------------------------

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
        if (Row *row = rowFor(id))
            feed(*row, inputOf(FavoriteInput::Kind::Due));
    }
    drainNext();
    if (!m_deadlines.empty()) {
        m_nextDeadlineMs = m_deadlines.begin()->first;
        m_deadlineTimer.start(
            std::chrono::milliseconds(std::max<qint64>(0, m_nextDeadlineMs - at)));
    }
}
