#include "models/favorites/favoritesmergesync.h"

#include "core/clock.h"
#include "models/client/apicall.h"
#include "models/client/apiclient.h"
#include "models/session/sessionrecorder.h"
#include "models/session/timelineevent.h"

#include <algorithm>
#include <set>

using namespace Qt::StringLiterals;
using Kind = FavoriteMergeInput::Kind;
using EffectKind = FavoriteMergeEffect::Kind;

FavoritesMergeSync::FavoritesMergeSync(ApiClient *api, const QString &device, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_ownClock(std::make_unique<SteadyClock>())
    , m_clock(m_ownClock.get())
    , m_machine(device)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        m_timerAtMs = -1;
        checkDue();
    });
}

FavoritesMergeSync::~FavoritesMergeSync() = default;

void FavoritesMergeSync::setRecorder(SessionRecorder *recorder)
{
    m_recorder = recorder;
}

void FavoritesMergeSync::setClock(const Clock *clock)
{
    m_clock = clock ? clock : m_ownClock.get();
}

void FavoritesMergeSync::setTimings(const FavoriteMergeTimings &timings)
{
    m_machine = FavoriteMergeMachine(m_machine.device(), timings);
}

qint64 FavoritesMergeSync::now() const
{
    return m_clock->nowMs();
}

FavoriteMergeInput FavoritesMergeSync::inputOf(Kind kind) const
{
    FavoriteMergeInput input;
    input.kind = kind;
    input.nowMs = now();
    input.online = isOnline();
    return input;
}

void FavoritesMergeSync::setLinkOnline(bool online)
{
    const bool was = isOnline();
    m_linkOnline = online;
    onlineMayHaveChanged(was);
}

void FavoritesMergeSync::setAirplaneMode(bool on)
{
    const bool was = isOnline();
    m_airplane = on;
    onlineMayHaveChanged(was);
}

void FavoritesMergeSync::onlineMayHaveChanged(bool wasOnline)
{
    if (wasOnline == isOnline())
        return;
    Q_EMIT onlineChanged(isOnline());
    feed(inputOf(Kind::LinkChanged));
}

void FavoritesMergeSync::start()
{
    if (m_started)
        return;
    m_started = true;
    // LinkChanged from InStep sends the copy: the answer carries the server's.
    feed(inputOf(Kind::LinkChanged));
}

void FavoritesMergeSync::toggle(int itemId, const QString &title)
{
    const QString name = title.isEmpty() ? QString::number(itemId) : title;
    edited(Kind::Toggle, itemId,
           isFavorite(itemId) ? tr("Removed \"%1\" from favorites (offline-first)").arg(name)
                              : tr("Made \"%1\" a favorite (offline-first)").arg(name));
}

void FavoritesMergeSync::addHeart(int itemId, const QString &title)
{
    const QString name = title.isEmpty() ? QString::number(itemId) : title;
    edited(Kind::Heart, itemId, tr("Gave \"%1\" a heart").arg(name));
}

void FavoritesMergeSync::edited(Kind kind, int itemId, const QString &text)
{
    m_started = true;
    if (m_recorder)
        m_stories.append(m_recorder->beginAction(m_screen, text));
    FavoriteMergeInput input = inputOf(kind);
    input.itemId = itemId;
    feed(input);
}

bool FavoritesMergeSync::retry()
{
    if (m_state.phase != FavoriteMergeState::Phase::Failed)
        return false;
    feed(inputOf(Kind::Retry));
    return true;
}

void FavoritesMergeSync::handleEvent(const BackendEvent &event)
{
    if (event.type == "data.reset"_L1) {
        feed(inputOf(Kind::DataReset));
        return;
    }
    if (event.type == "favorites.merged"_L1 && m_started
        && event.data.value(u"device"_s).toString() != device())
        feed(inputOf(Kind::OtherDeviceMerged));
}

void FavoritesMergeSync::checkDue()
{
    feed(inputOf(Kind::Due));
}

SyncState FavoritesMergeSync::syncState(int itemId) const
{
    return FavoriteMergeMachine::syncStateOf(m_state, itemId, now());
}

MergeNote FavoritesMergeSync::noteOf(int itemId) const
{
    const auto note = m_state.notes.find(itemId);
    const auto until = m_state.noteUntilMs.find(itemId);
    if (note == m_state.notes.end() || until == m_state.noteUntilMs.end() || until->second <= now())
        return MergeNote::None;
    return note->second;
}

int FavoritesMergeSync::unmergedCount() const
{
    std::set<int> ids;
    for (const FavoritesReplica *copy : {&m_state.local, &m_state.base})
        for (const int id : copy->items())
            ids.insert(id);
    return int(
        std::count_if(ids.begin(), ids.end(), [this](int id) { return m_state.isUnmerged(id); }));
}

void FavoritesMergeSync::feed(const FavoriteMergeInput &input)
{
    auto [state, effects] = m_machine.next(m_state, input);
    m_state = std::move(state);
    for (const FavoriteMergeEffect &effect : effects)
        carryOut(effect);
}

void FavoritesMergeSync::carryOut(const FavoriteMergeEffect &effect)
{
    switch (effect.kind) {
    case EffectKind::Send:
        send(effect);
        break;
    case EffectKind::Schedule:
        schedule(effect.atMs);
        break;
    case EffectKind::NotifyMerged:
        Q_EMIT merged(effect.itemId, effect.note);
        break;
    case EffectKind::NotifyKeptOffline:
        Q_EMIT keptOffline(effect.itemId, unmergedCount());
        break;
    case EffectKind::NotifyInStep:
        Q_EMIT inStep();
        break;
    case EffectKind::NotifyFailed:
        Q_EMIT failed(effect.message);
        break;
    case EffectKind::NotifyChanged:
        Q_EMIT changed();
        break;
    }
}

void FavoritesMergeSync::send(const FavoriteMergeEffect &effect)
{
    if (!m_api)
        return;
    ++m_syncs;
    // The request carries the oldest edit's story; every edit it carries is settled by its answer.
    const QStringList stories = std::exchange(m_stories, {});
    ApiCall *call = m_api->mergeFavorites(device(), effect.copy, ApiClient::newIdempotencyKey(),
                                          stories.isEmpty() ? ApiClient::newCorrelationId()
                                                            : stories.constFirst());
    const quint64 seq = effect.seq;
    connect(call, &ApiCall::finished, this,
            [this, seq, stories](const ApiResult &result) { onAnswer(seq, stories, result); });
}

void FavoritesMergeSync::onAnswer(quint64 seq, const QStringList &stories, const ApiResult &result)
{
    FavoriteMergeInput input = inputOf(Kind::Answered);
    input.seq = seq;
    // The answer's meaning comes from the one classifier for writes.
    input.outcome = classifyWrite(result);
    input.message = result.message;
    if (const auto *theirs = std::get_if<FavoritesReplica>(&result.payload))
        input.theirs = *theirs;
    const bool current =
        m_state.phase == FavoriteMergeState::Phase::Sending && seq == m_state.syncSeq;
    feed(input);
    if (!current)
        return;
    const bool applied = input.outcome == WriteOutcome::Applied && input.theirs;
    const bool refused = input.outcome == WriteOutcome::Rejected;
    if (m_recorder && (applied || refused)) {
        for (const QString &story : stories) {
            TimelineEvent step;
            step.correlationId = story;
            step.screen = m_screen;
            step.kind = applied ? TimelineEvent::Kind::Confirmed : TimelineEvent::Kind::Failed;
            step.text = applied ? tr("Merged with the other devices")
                                : tr("The server refused the copy: %1").arg(result.message);
            m_recorder->record(std::move(step));
        }
    }
    // Not merged yet: the edits go out again with the next sync (or Retry), in their stories.
    if (!applied)
        m_stories = stories + m_stories;
}

void FavoritesMergeSync::schedule(qint64 atMs)
{
    if (m_timerAtMs >= 0 && m_timerAtMs <= atMs && m_timer.isActive())
        return;
    m_timerAtMs = atMs;
    m_timer.start(std::chrono::milliseconds(std::max<qint64>(0, atMs - now())));
}
