#pragma once

#include "core/crdt/favoritesreplica.h"
#include "models/favorites/mergenote.h"
#include "models/sync/backoff.h"
#include "models/sync/syncstate.h"
#include "models/sync/transition.h"
#include "models/sync/writeoutcome.h"

#include <QString>

#include <chrono>
#include <map>
#include <optional>

// One device's offline-first favorites (docs/favorites.md, "Offline-first"): its own copy, which
// every edit changes at once, online or not, and the server's copy it merged last. A sync sends
// the whole copy; the server merges it and answers with what it held before, which this device
// merges in turn. A merge is idempotent, so a sync whose answer is lost is simply sent again.
struct FavoriteMergeState
{
    enum class Phase {
        InStep, // nothing of this device's waits: both copies agree as far as it knows
        Sending, // a sync is on the wire
        Waiting, // edits wait for the connection or for the backoff after a failed sync
        Failed, // the server refused the copy (a definite 4xx); Retry sends it again
    };

    Phase phase = Phase::InStep;
    FavoritesReplica base; // the server's copy as of the last merge
    FavoritesReplica local; // base plus this device's edits (and what merges brought)
    FavoritesReplica sent; // the copy on the wire (Sending)
    quint64 syncSeq = 0; // numbers the syncs: an answer to an older one is ignored
    bool syncAgain = false; // another device merged while ours was on the wire
    int attempts = 0; // failed syncs in a row
    qint64 retryAtMs = -1; // Waiting after a failure: nothing goes out before this
    QString failure; // Failed: the server's words
    std::map<int, MergeNote> notes; // what the last merges did to items, until noteUntilMs
    std::map<int, qint64> noteUntilMs;

    // The item's favorite or hearts differ from the server's copy: not merged yet.
    bool isUnmerged(int itemId) const;

    friend bool operator==(const FavoriteMergeState &, const FavoriteMergeState &) = default;
};

struct FavoriteMergeInput
{
    enum class Kind {
        Toggle, // the person's click on item `itemId`
        Heart, // the person gives item `itemId` one more heart
        Answered, // the answer to sync `seq`; `theirs` is the server's copy before ours (Applied)
        OtherDeviceMerged, // another device's copy reached the server
        LinkChanged, // connectivity changed
        Retry, // Retry after the server refused the copy
        DataReset, // the backend's data was reset: both copies start empty
        Due, // a time the machine scheduled has come
    };

    Kind kind = Kind::Due;
    qint64 nowMs = 0;
    bool online = true;
    int itemId = 0;
    quint64 seq = 0;
    WriteOutcome outcome = WriteOutcome::Unknown;
    std::optional<FavoritesReplica> theirs;
    QString message;
};

struct FavoriteMergeEffect
{
    enum class Kind {
        Send, // POST /favorites/merge with `copy`, as sync `seq`
        Schedule, // feed Due at `atMs`
        NotifyMerged, // a merge did `note` to item `itemId`
        NotifyKeptOffline, // the edit of `itemId` is kept on this device until it is back online
        NotifyInStep, // every edit of this device is merged
        NotifyFailed, // the server refused the copy: `message`
        NotifyChanged, // the copies changed: repaint
    };

    Kind kind = Kind::NotifyChanged;
    FavoritesReplica copy;
    quint64 seq = 0;
    qint64 atMs = -1;
    int itemId = 0;
    MergeNote note = MergeNote::None;
    QString message;

    friend bool operator==(const FavoriteMergeEffect &, const FavoriteMergeEffect &) = default;
};

struct FavoriteMergeTimings
{
    std::chrono::milliseconds noteVisible {6000}; // how long a row explains a merge
    Backoff retry {std::chrono::milliseconds(500), std::chrono::milliseconds(8000)};
};

// The rules of one device's offline-first copy: a pure function from (state, input) to
// (state', effects), with no Qt objects, no I/O and no clock of its own.
class FavoriteMergeMachine
{
public:
    using State = FavoriteMergeState;
    using Input = FavoriteMergeInput;
    using Effect = FavoriteMergeEffect;
    using Result = Transition<State, Effect>;

    explicit FavoriteMergeMachine(QString device, const FavoriteMergeTimings &timings = {})
        : m_device(std::move(device))
        , m_timings(timings)
    {
    }
    const QString &device() const { return m_device; }
    const FavoriteMergeTimings &timings() const { return m_timings; }

    Result next(const State &state, const Input &input) const;

    // The one mapping from phase and copies to the sync state an item shows.
    static SyncState syncStateOf(const State &state, int itemId, qint64 nowMs);

private:
    void edited(Result &r, const Input &input) const;
    void answered(Result &r, const Input &input) const;
    void send(Result &r) const;
    void failLater(Result &r, const Input &input) const;

    QString m_device;
    FavoriteMergeTimings m_timings;
};

const char *mergePhaseName(FavoriteMergeState::Phase phase);
