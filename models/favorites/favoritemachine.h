#pragma once

#include "models/favorites/favoriteintent.h"
#include "models/sync/backoff.h"
#include "models/sync/syncstate.h"
#include "models/sync/transition.h"
#include "models/sync/writeoutcome.h"

#include <QString>

#include <chrono>
#include <optional>

// What the server holds of one item, as far as we know: its value and the LSN that wrote it.
struct FavoriteVersion
{
    bool favorite = false;
    qint64 lsn = -1;

    friend bool operator==(const FavoriteVersion &, const FavoriteVersion &) = default;
};

// Everything one catalogue item knows about its sync: the server snapshot, the person's intents
// on top of it, and where it stands (the phase). Plain data, copied in and out of the machine.
struct FavoriteItem
{
    enum class Phase {
        Idle, // nothing of this person's is pending: the row shows the server's value
        Sending, // `sent` is on the wire
        Checking, // `sent` got no definite answer: resent with the same key, now or at retryAtMs
        ReadingBack, // the resends ran out: a read from the primary decides whether it landed
        Waiting, // `queued` waits for the connection, its turn, or its backoff
        Failed, // a definite "no": rolled back to the server's value, `failed` kept for Retry
        Conflict, // another device's write showed on the row; fades at noteUntilMs
    };
    enum class Note { None, ChangedElsewhere, YoursKept, TheirsWon };

    Phase phase = Phase::Idle;
    FavoriteVersion server;
    std::optional<FavoriteIntent> sent; // Sending, Checking, ReadingBack
    std::optional<FavoriteIntent> queued; // the latest click not yet sent (coalesced)
    std::optional<FavoriteIntent> failed; // Failed
    bool onWire = false; // a request of this item is out (maybe for an intent settled meanwhile)
    qint64 retryAtMs = -1; // nothing goes out before this (backoff)
    qint64 otherDeviceLsn = -1; // newest other-device write seen while ours was pending
    Note note = Note::None;
    qint64 noteUntilMs = -1;
    qint64 savedUntilMs = -1; // "Saved" shows until then
    qint64 pendingSinceMs = -1; // "Saving…" shows after the spinner threshold

    bool isPending() const { return sent.has_value() || queued.has_value(); }

    friend bool operator==(const FavoriteItem &, const FavoriteItem &) = default;
};

// Whether the item may use the wire, as far as the rest of the screen is concerned.
struct FavoriteLink
{
    bool online = true;
    // False while clicks made offline go out one at a time in click order and it is not this
    // item's turn.
    bool turn = true;
};

struct FavoriteInput
{
    enum class Kind {
        Toggle, // the person's click; `intent` is the new intent
        Retry, // Retry on a failed row: the failed intent again, same key and story
        WriteAnswered, // the answer to a PUT carrying intent `seq`
        ReadAnswered, // the answer to a read-back for intent `seq`
        OwnWriteAccepted, // write.accepted event for this session's write `correlationId`
        OtherDeviceWrote, // write.accepted event for another client's write
        ServerRead, // the list read showed `version` (forced: the naive refresh takes it as is)
        DataReset, // the backend's data was reset: LSNs start again
        LinkChanged, // connectivity changed
        TurnGiven, // the ordered send gives this item its turn
        Due, // a time the machine scheduled has come
    };

    Kind kind = Kind::Due;
    qint64 nowMs = 0;
    FavoriteLink link;
    FavoriteIntent intent; // Toggle
    quint64 seq = 0; // WriteAnswered, ReadAnswered
    WriteOutcome write = WriteOutcome::Unknown;
    ReadOutcome read = ReadOutcome::Unavailable;
    std::optional<FavoriteVersion> version; // answers and events that carry the item
    QString correlationId; // OwnWriteAccepted
    QString message; // the server's words for a rejection
    bool forced = false; // ServerRead
};

struct FavoriteEffect
{
    enum class Kind {
        Send, // PUT `intent` with its idempotency key
        ReadBack, // GET the item from the primary, in `intent`'s story
        Schedule, // feed Due at `atMs`
        NotifyConfirmed, // `intent` is what the server holds
        NotifyRolledBack, // `intent` was not saved; `flag`: Retry may help
        NotifyUnknown, // `intent`'s outcome is being checked
        NotifyChangedElsewhere, // another device changed the item; `flag`: its new value
        NotifyConflict, // another device's write met `intent`; `flag`: yours was kept
        NotifyOfflineQueued, // the click waits for the connection
    };

    Kind kind = Kind::Schedule;
    FavoriteIntent intent;
    qint64 atMs = -1;
    bool flag = false;
    QString message;

    friend bool operator==(const FavoriteEffect &, const FavoriteEffect &) = default;
};

// How long the rows of the Favorites screen show things, and how a check backs off.
struct FavoriteTimings
{
    std::chrono::milliseconds spinnerThreshold {400}; // "Saving…" only after this long
    std::chrono::milliseconds savedVisible {2500}; // how long "Saved" stays on the row
    std::chrono::milliseconds noteVisible {5000}; // "Changed on another device"
    std::chrono::milliseconds resolveDelay {300}; // first resend of an unknown outcome
    std::chrono::milliseconds resolveMaxDelay {5000};
    int maxResolveAttempts = 8; // resends with the same key; then the item is read back
};

// The rules of one favorite item (docs/favorites.md, "How it works"): a pure function from
// (item, input) to (item', effects), with no Qt objects, no I/O and no clock of its own.
class FavoriteMachine
{
public:
    using Timings = FavoriteTimings;
    using Result = Transition<FavoriteItem, FavoriteEffect>;

    explicit FavoriteMachine(const Timings &timings = {})
        : m_timings(timings)
    {
    }
    const Timings &timings() const { return m_timings; }

    Result next(const FavoriteItem &item, const FavoriteInput &input) const;

    // The one answer to "may this item put a request on the wire now?".
    static bool mayGoOut(const FavoriteItem &item, const FavoriteLink &link, qint64 nowMs);
    // Has something to send and nothing of its own stops it (only the link might).
    static bool isReadyToGo(const FavoriteItem &item, qint64 nowMs);
    // What the person's intents make of the server's value (the Optimistic heart).
    static bool shownValue(const FavoriteItem &item);
    static bool canRetry(const FavoriteItem &item);
    // The one mapping from phase to the sync state people see.
    static SyncState syncStateOf(const FavoriteItem &item);

private:
    Backoff backoff() const { return {m_timings.resolveDelay, m_timings.resolveMaxDelay}; }

    Timings m_timings;
};

const char *favoritePhaseName(FavoriteItem::Phase phase);
