#include "models/favorites/favoritemachine.h"

#include <algorithm>

using Phase = FavoriteItem::Phase;
using Note = FavoriteItem::Note;
using Kind = FavoriteInput::Kind;
using Fx = FavoriteEffect::Kind;

namespace {

bool hasWork(const FavoriteItem &item)
{
    return item.queued
        || (item.sent && (item.phase == Phase::Checking || item.phase == Phase::ReadingBack));
}

// One transition being built: the item as it becomes, and the effects in the order the driver
// must carry them out.
struct Step
{
    const FavoriteMachine::Timings &timings;
    Backoff backoff;
    const FavoriteInput &in;
    FavoriteItem s;
    std::vector<FavoriteEffect> fx;

    qint64 now() const { return in.nowMs; }

    void notify(Fx kind, const FavoriteIntent &intent = {}, bool flag = false, QString message = {})
    {
        fx.push_back({kind, intent, -1, flag, std::move(message)});
    }
    void scheduleAt(qint64 atMs) { fx.push_back({Fx::Schedule, {}, atMs, false, {}}); }

    // Never backwards: an answer older than what we know changes nothing.
    bool applyServer(const std::optional<FavoriteVersion> &version)
    {
        if (!version || version->lsn <= s.server.lsn)
            return false;
        s.server = *version;
        return true;
    }

    void startPending()
    {
        if (!s.isPending()) {
            s.pendingSinceMs = now();
            scheduleAt(now() + timings.spinnerThreshold.count());
        }
    }

    void backOff(int attempt)
    {
        s.retryAtMs = now() + backoff.delay(std::max(1, attempt)).count();
        scheduleAt(s.retryAtMs);
    }

    // The one place where a request goes out.
    void pump()
    {
        if (FavoriteMachine::mayGoOut(s, in.link, now())) {
            if (s.queued) {
                // A newer intent replaces one whose outcome is unknown: whatever became of that
                // one, the newer write comes later in the server's order and wins.
                s.sent = s.queued;
                s.queued.reset();
                s.phase = Phase::Sending;
                s.onWire = true;
                notify(Fx::Send, *s.sent);
            } else if (s.phase == Phase::Checking) {
                ++s.sent->resolveAttempts;
                s.onWire = true;
                notify(Fx::Send, *s.sent);
            } else {
                s.onWire = true;
                notify(Fx::ReadBack, *s.sent);
            }
            return;
        }
        if (s.queued && !s.sent)
            s.phase = Phase::Waiting;
    }

    void settle(const FavoriteVersion &version)
    {
        const FavoriteIntent intent = *s.sent;
        s.sent.reset();
        s.retryAtMs = -1;
        applyServer(version);

        // The server's order decides between this write and another device's.
        bool theirsWon = false;
        if (s.otherDeviceLsn >= 0
            || (s.server.lsn > version.lsn && s.server.favorite != version.favorite)) {
            theirsWon = s.server.lsn > version.lsn && s.server.favorite != intent.desired;
            s.note = theirsWon ? Note::TheirsWon : Note::YoursKept;
            s.noteUntilMs = now() + timings.noteVisible.count();
            scheduleAt(s.noteUntilMs);
            s.otherDeviceLsn = -1;
            notify(Fx::NotifyConflict, intent, !theirsWon);
        }
        s.savedUntilMs = now() + timings.savedVisible.count();
        scheduleAt(s.savedUntilMs);
        notify(Fx::NotifyConfirmed, intent);
        // A later click that asked for what the server now holds needs no request of its own.
        if (s.queued && !theirsWon && s.queued->desired == version.favorite) {
            notify(Fx::NotifyConfirmed, *s.queued);
            s.queued.reset();
        }
        s.phase = s.note != Note::None ? Phase::Conflict : Phase::Idle;
        if (!s.isPending())
            s.pendingSinceMs = -1;
        pump();
    }

    void fail(bool canRetry, const QString &message)
    {
        FavoriteIntent intent = *s.sent;
        s.sent.reset();
        s.retryAtMs = -1;
        if (s.queued) {
            pump(); // the person already asked for something newer: that decides the row
            return;
        }
        s.failed = intent;
        s.phase = Phase::Failed;
        s.pendingSinceMs = -1;
        notify(Fx::NotifyRolledBack, intent, canRetry, message);
    }

    // No definite answer: it may have landed. Ask again with the same key, then read back.
    void check()
    {
        const bool first = s.phase == Phase::Sending;
        if (s.sent->resolveAttempts >= timings.maxResolveAttempts) {
            s.phase = Phase::ReadingBack;
            s.retryAtMs = -1;
        } else {
            s.phase = Phase::Checking;
            backOff(s.sent->resolveAttempts + 1);
        }
        if (first)
            notify(Fx::NotifyUnknown, *s.sent);
        pump();
    }

    void writeAnswered()
    {
        s.onWire = false;
        const bool current = s.sent && s.sent->seq == in.seq
            && (s.phase == Phase::Sending || s.phase == Phase::Checking);
        if (!current) {
            pump(); // settled meanwhile (the event channel saw the write arrive)
            return;
        }
        switch (in.write) {
        case WriteOutcome::Applied:
            if (in.version) {
                settle(*in.version);
                return;
            }
            check(); // an answer without the item is not one we can read
            return;
        case WriteOutcome::Conflict: // these routes take no If-Match: a refusal like any other
        case WriteOutcome::Rejected:
            fail(false, in.message);
            return;
        case WriteOutcome::NotDelivered:
            if (s.phase == Phase::Checking) {
                backOff(s.sent->resolveAttempts); // still unknown whether the first one landed
            } else {
                // Certainly not delivered: the intent waits again, with its key, unless a newer
                // one already waits.
                if (!s.queued)
                    s.queued = s.sent;
                s.sent.reset();
                backOff(1);
            }
            pump();
            return;
        case WriteOutcome::StillProcessing:
        case WriteOutcome::Unknown:
            check();
            return;
        }
    }

    void readAnswered()
    {
        s.onWire = false;
        const bool current = s.sent && s.sent->seq == in.seq && s.phase == Phase::ReadingBack;
        if (!current) {
            applyServer(in.version);
            pump();
            return;
        }
        switch (in.read) {
        case ReadOutcome::Answered:
            if (in.version && in.version->favorite == s.sent->desired) {
                settle(*in.version);
            } else {
                // The primary holds the other value: the change did not land.
                applyServer(in.version);
                fail(true, {});
            }
            return;
        case ReadOutcome::NotFound:
            fail(false, in.message);
            return;
        case ReadOutcome::Unavailable:
            ++s.sent->resolveAttempts;
            backOff(s.sent->resolveAttempts);
            pump();
            return;
        }
    }

    void toggle()
    {
        s.failed.reset();
        s.retryAtMs = -1; // a new click is worth a request now, whatever the backoff said
        s.note = Note::None;
        s.noteUntilMs = -1;
        s.savedUntilMs = -1;
        startPending();
        s.queued = in.intent; // coalesces: the latest intent replaces one not yet sent
        if (s.phase == Phase::Idle || s.phase == Phase::Failed || s.phase == Phase::Conflict)
            s.phase = Phase::Waiting;
        pump();
        if (!in.link.online)
            notify(Fx::NotifyOfflineQueued, in.intent);
    }

    void retry()
    {
        if (!FavoriteMachine::canRetry(s))
            return;
        // Same idempotency key and story: if the first attempt did reach the server, this cannot
        // apply the change a second time.
        FavoriteIntent intent = *s.failed;
        s.failed.reset();
        intent.createdMs = now();
        intent.resolveAttempts = 0;
        s.savedUntilMs = -1;
        s.pendingSinceMs = now();
        scheduleAt(now() + timings.spinnerThreshold.count());
        s.queued = intent;
        s.phase = Phase::Waiting;
        pump();
    }

    void ownWriteAccepted()
    {
        // Also while Sending: the event can overtake an answer that is then lost, and waiting
        // for that answer would resend a write the server already told us it applied.
        const bool out = s.phase == Phase::Sending || s.phase == Phase::Checking
            || s.phase == Phase::ReadingBack;
        if (out && s.sent && s.sent->correlationId == in.correlationId && in.version
            && in.version->favorite == s.sent->desired) {
            settle(*in.version); // the event names our write: it landed
            return;
        }
        applyServer(in.version);
    }

    void otherDeviceWrote()
    {
        if (!applyServer(in.version))
            return; // older than what we know
        if (s.isPending()) {
            // Ours is pending: the server's order decides once ours lands. The heart keeps
            // showing the person's intent meanwhile.
            s.otherDeviceLsn = std::max(s.otherDeviceLsn, in.version->lsn);
            return;
        }
        s.note = Note::ChangedElsewhere;
        s.noteUntilMs = now() + timings.noteVisible.count();
        scheduleAt(s.noteUntilMs);
        if (s.phase != Phase::Failed)
            s.phase = Phase::Conflict;
        notify(Fx::NotifyChangedElsewhere, {}, in.version->favorite);
    }

    void due()
    {
        if (s.noteUntilMs >= 0 && s.noteUntilMs <= now()) {
            s.note = Note::None;
            s.noteUntilMs = -1;
            if (s.phase == Phase::Conflict)
                s.phase = Phase::Idle;
        }
        if (s.retryAtMs >= 0 && s.retryAtMs <= now())
            s.retryAtMs = -1;
        pump();
    }
};

} // namespace

FavoriteMachine::Result FavoriteMachine::next(const FavoriteItem &item,
                                              const FavoriteInput &input) const
{
    Step step {m_timings, backoff(), input, item, {}};
    switch (input.kind) {
    case Kind::Toggle:
        step.toggle();
        break;
    case Kind::Retry:
        step.retry();
        break;
    case Kind::WriteAnswered:
        step.writeAnswered();
        break;
    case Kind::ReadAnswered:
        step.readAnswered();
        break;
    case Kind::OwnWriteAccepted:
        step.ownWriteAccepted();
        break;
    case Kind::OtherDeviceWrote:
        step.otherDeviceWrote();
        break;
    case Kind::ServerRead:
        if (input.forced && input.version)
            step.s.server = *input.version;
        else
            step.applyServer(input.version);
        break;
    case Kind::DataReset:
        step.s.server.lsn = -1; // LSNs start again from zero; the person's intents stay
        step.s.otherDeviceLsn = -1;
        break;
    case Kind::LinkChanged:
        if (input.link.online)
            step.s.retryAtMs = -1; // back online: what waited is worth trying now
        step.pump();
        break;
    case Kind::TurnGiven:
        step.pump();
        break;
    case Kind::Due:
        step.due();
        break;
    }
    return {std::move(step.s), std::move(step.fx)};
}

bool FavoriteMachine::isReadyToGo(const FavoriteItem &item, qint64 nowMs)
{
    return hasWork(item) && !item.onWire && (item.retryAtMs < 0 || item.retryAtMs <= nowMs);
}

bool FavoriteMachine::mayGoOut(const FavoriteItem &item, const FavoriteLink &link, qint64 nowMs)
{
    return link.online && link.turn && isReadyToGo(item, nowMs);
}

bool FavoriteMachine::shownValue(const FavoriteItem &item)
{
    if (item.queued)
        return item.queued->desired;
    if (item.sent)
        return item.sent->desired;
    return item.server.favorite;
}

bool FavoriteMachine::canRetry(const FavoriteItem &item)
{
    return item.phase == Phase::Failed && item.failed && !item.isPending();
}

SyncState FavoriteMachine::syncStateOf(const FavoriteItem &item)
{
    switch (item.phase) {
    case Phase::Idle:
        return SyncState::Confirmed;
    case Phase::Sending:
    case Phase::Waiting:
        return SyncState::Pending;
    case Phase::Checking:
    case Phase::ReadingBack:
        // A later click is what the person waits for now; the check only frees the wire.
        return item.queued ? SyncState::Pending : SyncState::Unknown;
    case Phase::Failed:
        return SyncState::Failed;
    case Phase::Conflict:
        return SyncState::Conflict;
    }
    return SyncState::Confirmed;
}

const char *favoritePhaseName(FavoriteItem::Phase phase)
{
    switch (phase) {
    case Phase::Idle:
        return "Idle";
    case Phase::Sending:
        return "Sending";
    case Phase::Checking:
        return "Checking";
    case Phase::ReadingBack:
        return "ReadingBack";
    case Phase::Waiting:
        return "Waiting";
    case Phase::Failed:
        return "Failed";
    case Phase::Conflict:
        return "Conflict";
    }
    return "?";
}
