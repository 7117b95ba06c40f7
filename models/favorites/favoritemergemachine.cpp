#include "models/favorites/favoritemergemachine.h"

#include <algorithm>

using Phase = FavoriteMergeState::Phase;
using Kind = FavoriteMergeInput::Kind;
using EffectKind = FavoriteMergeEffect::Kind;

namespace {

FavoriteMergeEffect effect(EffectKind kind)
{
    FavoriteMergeEffect e;
    e.kind = kind;
    return e;
}

} // namespace

bool FavoriteMergeState::isUnmerged(int itemId) const
{
    return local.isFavorite(itemId) != base.isFavorite(itemId)
        || local.hearts(itemId) != base.hearts(itemId)
        || local.dotsOf(itemId) != base.dotsOf(itemId);
}

FavoriteMergeMachine::Result FavoriteMergeMachine::next(const State &state,
                                                        const Input &input) const
{
    Result r {state, {}};
    State &s = r.state;
    switch (input.kind) {
    case Kind::Toggle:
    case Kind::Heart:
        edited(r, input);
        break;
    case Kind::Answered:
        if (s.phase == Phase::Sending && input.seq == s.syncSeq)
            answered(r, input);
        break;
    case Kind::OtherDeviceMerged:
        // Sending the own copy is how a device learns the server's: the answer carries it.
        if (s.phase == Phase::Sending)
            s.syncAgain = true;
        else if (s.phase == Phase::InStep && input.online)
            send(r);
        break;
    case Kind::LinkChanged:
        if (!input.online)
            break;
        // Back online: whatever happened meanwhile on other devices comes with the answer.
        if (s.phase == Phase::InStep
            || (s.phase == Phase::Waiting && (s.retryAtMs < 0 || s.retryAtMs <= input.nowMs)))
            send(r);
        break;
    case Kind::Retry:
        if (s.phase != Phase::Failed)
            break;
        s.attempts = 0;
        s.failure.clear();
        if (input.online) {
            send(r);
        } else {
            s.phase = Phase::Waiting;
            s.retryAtMs = -1;
            r.effects.push_back(effect(EffectKind::NotifyChanged));
        }
        break;
    case Kind::DataReset:
        s = State {};
        s.syncSeq = state.syncSeq + 1; // an answer still on the wire belongs to the old data
        r.effects.push_back(effect(EffectKind::NotifyChanged));
        break;
    case Kind::Due: {
        bool faded = false;
        for (auto it = s.noteUntilMs.begin(); it != s.noteUntilMs.end();) {
            if (it->second <= input.nowMs) {
                s.notes.erase(it->first);
                it = s.noteUntilMs.erase(it);
                faded = true;
            } else {
                ++it;
            }
        }
        if (faded)
            r.effects.push_back(effect(EffectKind::NotifyChanged));
        if (s.phase == Phase::Waiting && input.online && s.retryAtMs >= 0
            && s.retryAtMs <= input.nowMs)
            send(r);
        // One timer serves every time: the next one is asked for again.
        qint64 wake = -1;
        for (const auto &entry : s.noteUntilMs)
            wake = wake < 0 ? entry.second : std::min(wake, entry.second);
        if (s.phase == Phase::Waiting && s.retryAtMs > input.nowMs)
            wake = wake < 0 ? s.retryAtMs : std::min(wake, s.retryAtMs);
        if (wake >= 0) {
            FavoriteMergeEffect due = effect(EffectKind::Schedule);
            due.atMs = wake;
            r.effects.push_back(due);
        }
        break;
    }
    }
    return r;
}

void FavoriteMergeMachine::edited(Result &r, const Input &input) const
{
    State &s = r.state;
    if (input.kind == Kind::Toggle)
        s.local.setFavorite(m_device, input.itemId, !s.local.isFavorite(input.itemId));
    else
        s.local.addHeart(m_device, input.itemId);
    // The person's own edit replaces what the last merge said about the item.
    s.notes.erase(input.itemId);
    s.noteUntilMs.erase(input.itemId);
    r.effects.push_back(effect(EffectKind::NotifyChanged));
    switch (s.phase) {
    case Phase::Sending:
        break; // the answer's merge sees that local moved on and sends again
    case Phase::Failed:
        break; // Retry sends everything, this edit included
    case Phase::InStep:
    case Phase::Waiting:
        if (!input.online) {
            s.phase = Phase::Waiting;
            FavoriteMergeEffect kept = effect(EffectKind::NotifyKeptOffline);
            kept.itemId = input.itemId;
            r.effects.push_back(kept);
        } else if (s.phase == Phase::InStep || s.retryAtMs < 0 || s.retryAtMs <= input.nowMs) {
            send(r);
        }
        break;
    }
}

void FavoriteMergeMachine::answered(Result &r, const Input &input) const
{
    State &s = r.state;
    if (input.outcome == WriteOutcome::Rejected) {
        s.phase = Phase::Failed;
        s.failure = input.message;
        FavoriteMergeEffect failed = effect(EffectKind::NotifyFailed);
        failed.message = input.message;
        r.effects.push_back(failed);
        return;
    }
    if (input.outcome != WriteOutcome::Applied || !input.theirs) {
        failLater(r, input);
        return;
    }
    const FavoritesReplica &theirs = *input.theirs;
    const std::map<int, MergeNote> notes = explainMerge(s.base, s.local, theirs);
    // The server now holds what it had merged with what we sent.
    s.base = theirs;
    s.base.merge(s.sent);
    s.local.merge(theirs);
    s.sent = {};
    s.attempts = 0;
    s.retryAtMs = -1;
    const qint64 until = input.nowMs + m_timings.noteVisible.count();
    for (const auto &[id, note] : notes) {
        s.notes[id] = note;
        s.noteUntilMs[id] = until;
        FavoriteMergeEffect merged = effect(EffectKind::NotifyMerged);
        merged.itemId = id;
        merged.note = note;
        r.effects.push_back(merged);
    }
    if (!notes.empty()) {
        FavoriteMergeEffect fade = effect(EffectKind::Schedule);
        fade.atMs = until;
        r.effects.push_back(fade);
    }
    r.effects.push_back(effect(EffectKind::NotifyChanged));
    if (s.local != s.base || s.syncAgain) {
        // Edits made while the sync was out, or news of another device's merge.
        if (input.online) {
            send(r);
        } else {
            s.phase = Phase::Waiting;
            s.syncAgain = false;
        }
        return;
    }
    s.phase = Phase::InStep;
    r.effects.push_back(effect(EffectKind::NotifyInStep));
}

void FavoriteMergeMachine::failLater(Result &r, const Input &input) const
{
    State &s = r.state;
    ++s.attempts;
    s.phase = Phase::Waiting;
    s.sent = {};
    r.effects.push_back(effect(EffectKind::NotifyChanged));
    if (!input.online) {
        s.retryAtMs = -1; // the link's return sends it
        return;
    }
    s.retryAtMs = input.nowMs + m_timings.retry.delay(s.attempts).count();
    FavoriteMergeEffect due = effect(EffectKind::Schedule);
    due.atMs = s.retryAtMs;
    r.effects.push_back(due);
}

void FavoriteMergeMachine::send(Result &r) const
{
    State &s = r.state;
    s.phase = Phase::Sending;
    s.syncAgain = false;
    s.retryAtMs = -1;
    s.sent = s.local;
    ++s.syncSeq;
    FavoriteMergeEffect send = effect(EffectKind::Send);
    send.copy = s.local;
    send.seq = s.syncSeq;
    r.effects.push_back(send);
}

SyncState FavoriteMergeMachine::syncStateOf(const State &state, int itemId, qint64 nowMs)
{
    if (state.isUnmerged(itemId))
        return state.phase == Phase::Failed ? SyncState::Failed : SyncState::Pending;
    const auto until = state.noteUntilMs.find(itemId);
    if (until != state.noteUntilMs.end() && until->second > nowMs)
        return SyncState::Conflict;
    return SyncState::Confirmed;
}

const char *mergePhaseName(FavoriteMergeState::Phase phase)
{
    switch (phase) {
    case Phase::InStep:
        return "in_step";
    case Phase::Sending:
        return "sending";
    case Phase::Waiting:
        return "waiting";
    case Phase::Failed:
        return "failed";
    }
    return "in_step";
}
