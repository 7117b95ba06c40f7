#include "models/transfer/transfermachine.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

using Machine = TransferMachine;
using Kind = Machine::EffectKind;

void add(std::vector<Machine::Effect> &effects, Kind kind)
{
    effects.push_back({kind, {}, Machine::Window::Expected});
}

void finish(Machine::State &s, Machine::Phase phase, const QString &reason, const QString &message,
            std::vector<Machine::Effect> &effects)
{
    s.phase = phase;
    s.reason = reason;
    s.reasonMessage = message;
    add(effects, phase == Machine::Phase::Completed ? Kind::NotifyCompleted : Kind::NotifyFailed);
    // Told first, forgotten second: a crash in between resumes it and tells again, never less.
    add(effects, Kind::Forget);
    add(effects, Kind::RefreshAccount);
}

} // namespace

Machine::Step Machine::started(const QString &key, qint64 nowMs)
{
    State s;
    s.key = key;
    s.sentAtMs = nowMs;
    s.inFlight = true; // held for the disk: no retry may send it meanwhile
    s.stored = false;
    return {s, {}};
}

Machine::Step Machine::resumed(const QString &key, const QString &transferId, qint64 sentAtMs)
{
    State s;
    s.key = key;
    s.sentAtMs = sentAtMs;
    s.transferId = transferId;
    s.inFlight = true;
    if (transferId.isEmpty()) {
        s.phase = Phase::Checking;
        s.mayHaveArrived = true;
        return {s, {{Kind::Lookup, {}, Window::Expected}}};
    }
    s.phase = Phase::Pending;
    return {s, {{Kind::Fetch, {}, Window::Expected}}};
}

Machine::Step Machine::next(const State &state, const Input &input) const
{
    return std::visit(
        [&](const auto &in) -> Step {
            using T = std::decay_t<decltype(in)>;
            if constexpr (std::is_same_v<T, SendAnswered>)
                return onSend(state, in);
            else if constexpr (std::is_same_v<T, ReadAnswered>)
                return onRead(state, in);
            else if constexpr (std::is_same_v<T, Event>)
                return onEvent(state, in);
            else if constexpr (std::is_same_v<T, Stored>)
                return onStored(state, in);
            else if constexpr (std::is_same_v<T, Reset>)
                return state.isFinal() || state.inFlight
                    ? Step {state, {}}
                    : Step {state, {{Kind::Schedule, {}, Window::Expected}}};
            else if constexpr (std::is_same_v<T, RetryDue>)
                return onRetryDue(state);
            else
                return onTick(state, in);
        },
        input);
}

Machine::Step Machine::onSend(State s, const SendAnswered &answer) const
{
    std::vector<Effect> effects;
    s.inFlight = false;
    if (s.isFinal())
        return {s, effects}; // an event told us first; a replayed answer adds nothing

    if (answer.outcome == WriteOutcome::Applied && answer.transfer) {
        learn(s, *answer.transfer, answer.writeLsn, effects);
        apply(s, *answer.transfer, answer.transferLsn, effects);
        if (!s.isFinal())
            effects.push_back({Kind::Schedule, m_config.pollInterval, Window::Expected});
        return {s, effects};
    }
    if (!s.transferId.isEmpty()) {
        // We learned the id meanwhile (from the event channel): this answer is about an attempt
        // that no longer matters. Keep asking about the transfer itself.
        effects.push_back({Kind::Schedule, m_config.pollInterval, Window::Expected});
        return {s, effects};
    }
    switch (answer.outcome) {
    case WriteOutcome::Conflict: // these routes take no If-Match: a refusal like any other
    case WriteOutcome::Rejected:
        finish(s, Phase::Failed, answer.errorCode, answer.message, effects);
        break;
    case WriteOutcome::NotDelivered:
        ++s.notDelivered;
        if (!s.mayHaveArrived && s.notDelivered >= m_config.maxSendAttempts) {
            finish(s, Phase::Failed, u"not_sent"_s, answer.message, effects);
            break;
        }
        retryLater(s, effects);
        break;
    case WriteOutcome::Applied: // without a transfer we can read: as good as no answer
    case WriteOutcome::StillProcessing:
    case WriteOutcome::Unknown:
        // It may have been applied (a 5xx can come after the commit): resolved by asking about
        // the key, never with a new one.
        if (!s.mayHaveArrived) {
            s.mayHaveArrived = true;
            add(effects, Kind::Persist);
        }
        toChecking(s, effects);
        retryLater(s, effects);
        break;
    }
    return {s, effects};
}

Machine::Step Machine::onRead(State s, const ReadAnswered &answer) const
{
    std::vector<Effect> effects;
    s.inFlight = false;
    if (s.isFinal())
        return {s, effects};
    const bool ours =
        answer.outcome == ReadOutcome::Answered && answer.transfer && isOurs(s, *answer.transfer);

    if (answer.kind == ReadKind::ByKey) {
        if (!s.transferId.isEmpty()) {
            effects.push_back({Kind::Schedule, m_config.pollInterval, Window::Expected});
            return {s, effects};
        }
        if (ours) {
            const qint64 createLsn =
                answer.transfer->state == Transfer::State::Pending ? answer.lsn : qint64(-1);
            learn(s, *answer.transfer, createLsn, effects);
            apply(s, *answer.transfer, answer.lsn, effects);
            if (!s.isFinal())
                effects.push_back({Kind::Schedule, m_config.pollInterval, Window::Expected});
        } else if (answer.outcome == ReadOutcome::NotFound
                   || answer.outcome == ReadOutcome::Answered) {
            // The server keeps the key on the transfer for as long as the transfer: no record
            // means it never landed. Sending again with the same key is safe.
            s.inFlight = true;
            add(effects, Kind::Send);
        } else {
            retryLater(s, effects, m_config.pollInterval);
        }
        return {s, effects};
    }

    if (s.transferId.isEmpty()) // a stale answer about an id we have since dropped
        return {s, effects};
    if (ours) {
        s.retries = 0;
        apply(s, *answer.transfer, answer.lsn, effects);
        if (!s.isFinal())
            effects.push_back({Kind::Schedule, m_config.pollInterval, Window::Expected});
        return {s, effects};
    }
    if (answer.outcome == ReadOutcome::Unavailable) {
        // Could not ask (unreachable, 5xx): not knowing is no reason to change what we show.
        retryLater(s, effects, m_config.pollInterval);
        return {s, effects};
    }
    // The server has no record of it under this id (restarted or reset, perhaps with the id
    // given to another transfer): find it by its key, and send it again only if it is not there.
    s.transferId.clear();
    s.mayHaveArrived = true;
    s.createLsn = -1;
    add(effects, Kind::Persist);
    toChecking(s, effects);
    retryLater(s, effects);
    return {s, effects};
}

Machine::Step Machine::onEvent(State s, const Event &event) const
{
    std::vector<Effect> effects;
    if (s.isFinal())
        return {s, effects};
    if (event.kind == EventKind::Accepted && s.transferId.isEmpty()) {
        if (!event.transfer.idempotencyKey.isEmpty() && event.transfer.idempotencyKey != s.key)
            return {s, effects};
        learn(s, event.transfer, event.lsn, effects);
        apply(s, event.transfer, event.lsn, effects);
        if (!s.isFinal() && !s.inFlight)
            effects.push_back({Kind::Schedule, m_config.pollInterval, Window::Expected});
        return {s, effects};
    }
    if (!isOurs(s, event.transfer))
        return {s, effects};
    apply(s, event.transfer, event.lsn, effects);
    return {s, effects};
}

Machine::Step Machine::onStored(State s, const Stored &stored) const
{
    std::vector<Effect> effects;
    if (s.stored || s.isFinal())
        return {s, effects}; // a later write covered it already
    if (!stored.ok) {
        // Nothing went out, so nothing can have been charged: a plain failure the person can
        // retry from the form.
        s.inFlight = false;
        finish(s, Phase::Failed, u"not_saved"_s, stored.message, effects);
        return {s, effects};
    }
    s.stored = true;
    add(effects, Kind::Send);
    return {s, effects};
}

Machine::Step Machine::onRetryDue(State s) const
{
    if (s.isFinal() || s.inFlight)
        return {s, {}};
    s.inFlight = true;
    const Kind kind = !s.transferId.isEmpty() ? Kind::Fetch
        : s.mayHaveArrived                    ? Kind::Lookup
                                              : Kind::Send;
    return {s, {{kind, {}, Window::Expected}}};
}

Machine::Step Machine::onTick(State s, const Tick &tick) const
{
    std::vector<Effect> effects;
    if (s.isFinal())
        return {s, effects};
    const qint64 elapsed = tick.nowMs - s.sentAtMs;
    const Window window = elapsed >= m_config.finalWindow.count() ? Window::VeryLong
        : elapsed >= m_config.expectedWindow.count()              ? Window::Longer
                                                                  : Window::Expected;
    s.window = window;
    // Each window is told once per transfer, also when it jumps straight to the last.
    for (int w = static_cast<int>(Window::Longer); w <= static_cast<int>(window); ++w) {
        if (s.reached[static_cast<size_t>(w)])
            continue;
        s.reached[static_cast<size_t>(w)] = true;
        effects.push_back({Kind::NotifyWindow, {}, static_cast<Window>(w)});
    }
    return {s, effects};
}

void Machine::learn(State &s, const Transfer &transfer, qint64 createLsn,
                    std::vector<Effect> &effects) const
{
    s.retries = 0;
    if (createLsn >= 0)
        s.createLsn = createLsn;
    if (s.transferId == transfer.id)
        return;
    s.transferId = transfer.id;
    add(effects, Kind::Persist);
    add(effects, Kind::NotifyAccepted);
    add(effects, Kind::RefreshAccount);
}

void Machine::apply(State &s, const Transfer &transfer, qint64 lsn,
                    std::vector<Effect> &effects) const
{
    switch (transfer.state) {
    case Transfer::State::Pending:
        if (s.createLsn < 0 && lsn >= 0)
            s.createLsn = lsn;
        s.phase = Phase::Pending;
        break;
    case Transfer::State::Completed:
        s.settleLsn = lsn;
        finish(s, Phase::Completed, {}, {}, effects);
        break;
    case Transfer::State::Failed:
        s.settleLsn = lsn;
        finish(s, Phase::Failed, transfer.reason, {}, effects);
        break;
    }
}

void Machine::toChecking(State &s, std::vector<Effect> &effects) const
{
    if (s.phase == Phase::Checking)
        return;
    s.phase = Phase::Checking;
    add(effects, Kind::NotifyUnknown);
}

void Machine::retryLater(State &s, std::vector<Effect> &effects,
                         std::chrono::milliseconds atLeast) const
{
    ++s.retries;
    effects.push_back(
        {Kind::Schedule, std::max(atLeast, m_config.retry.delay(s.retries)), Window::Expected});
}

bool Machine::isOurs(const State &state, const Transfer &transfer)
{
    if (!transfer.idempotencyKey.isEmpty())
        return transfer.idempotencyKey == state.key;
    return !state.transferId.isEmpty() && transfer.id == state.transferId;
}

SyncState Machine::syncState(Phase phase, bool optimistic)
{
    switch (phase) {
    case Phase::Sending:
    case Phase::Pending:
        return optimistic ? SyncState::Confirmed : SyncState::Pending;
    case Phase::Checking:
        return optimistic ? SyncState::Confirmed : SyncState::Unknown;
    case Phase::Completed:
        return SyncState::Confirmed;
    case Phase::Failed:
        return SyncState::Failed;
    }
    return SyncState::Pending;
}

Machine::Phase Machine::phaseOf(Transfer::State state)
{
    switch (state) {
    case Transfer::State::Pending:
        return Phase::Pending;
    case Transfer::State::Completed:
        return Phase::Completed;
    case Transfer::State::Failed:
        return Phase::Failed;
    }
    return Phase::Pending;
}
