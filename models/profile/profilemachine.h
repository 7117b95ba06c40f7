#pragma once

#include "models/client/apitypes.h"
#include "models/profile/profileread.h"
#include "models/sync/backoff.h"
#include "models/sync/syncstate.h"
#include "models/sync/transition.h"
#include "models/sync/writeoutcome.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

#include <chrono>

// The profile page as a pure machine (docs/sync.md, "One state-machine form"):
//   next(settings, state, input) -> Transition { state', effects }
// No Qt objects, no I/O, no clock: time comes in with the input. ProfileModel is the driver that
// feeds it answers, events and timers and carries out what it asks for.
//
// An upload goes out (Uploading). A definite answer saves it (ReadingBack) or refuses it. Any
// other answer leaves its outcome unknown (Checking): the upload's write.accepted event settles it
// like on the other screens; if none comes before the check timer, the primary is read back
// (ReadingPrimary), and if the photo is not there it is sent again with the same idempotency key
// (Resending), never a new one. The read-back after a saved upload follows the person's pattern.
namespace ProfileMachine {
Q_NAMESPACE

enum class Phase {
    Idle, // nothing in flight; the page shows what it last read
    Loading, // a read of the page that is not about an upload
    Uploading, // the upload is on its way (the first send, or the person's Retry)
    Checking, // the upload's outcome is unknown: waiting for its event or the check timer
    ReadingPrimary, // a check: does the primary hold the upload?
    Resending, // a check: the upload again, with the same idempotency key
    ReadingBack, // the upload is saved; the page reads it back with the pattern
    Polling, // poll-until-fresh waits before the next read
    Refused, // the server refused the upload; sending the same bytes cannot help
    NotSent, // the upload certainly did not arrive; Retry sends it (same key)
    Unresolved, // the checks ran out and the outcome is still unknown; Retry sends it (same key)
    LoadFailed, // a read of the page failed; Retry reads again
    Stale, // poll-until-fresh gave up: the upload is saved but no replica showed it in time
};
Q_ENUM_NS(Phase)

// What the page is busy with, as the screen shows it (one value per group of phases).
enum class Activity {
    Idle,
    Loading, // a read of the page that is not about an upload
    Uploading,
    ReadingBack, // the upload was accepted; the page is reloading per pattern
    Polling, // poll-until-fresh is waiting for the next read
    Checking, // the upload's answer was lost; finding out whether it arrived
};
Q_ENUM_NS(Activity)

// What the driver is told to tell people and the timeline.
enum class Notice {
    Started, // the upload is on its way (also after Retry)
    Busy, // a second upload while the first is unsettled: refused, nothing sent
    Saved, // the upload's answer says it is saved (effect.replayed: the server's stored answer)
    SavedByEvent, // its answer was lost, its write.accepted event says it is saved
    SavedByReadBack, // its answer was lost, the primary holds it
    Checking, // the first answer left the outcome unknown
    Refused,
    NotSent,
    Unresolved,
    ReadServed, // a read of the page answered (the inspector explains each one)
    GaveUp, // poll-until-fresh gave up
    LoadFailed,
    OwnShown, // the server's copy of the upload is on screen
    OldShown, // an older version than the upload is on screen as if it were current
    // Stay on one replica: the answer came from a node older than what the page has seen; the
    // page keeps what it shows.
    OlderDiscarded,
    TimeTravel, // the page shows an older version than one it showed before
};
Q_ENUM_NS(Notice)

struct Settings
{
    qint64 stickyWindowMs = 10000; // primary-for-a-while
    QList<int> pollPausesMs {200, 500, 1000, 2000, 3000, 4000}; // poll-until-fresh's pauses
    // Pauses before each check of an unknown upload: time for its event to arrive first.
    Backoff checkBackoff {std::chrono::milliseconds(500), std::chrono::milliseconds(4000)};
    int maxChecks = 5;
};

// What the machine needs of a photo version: enough to recognise an upload on the primary.
struct PhotoFacts
{
    qint64 version = 0;
    qint64 lsn = -1;
    qint64 bytes = -1;
    QByteArray contentType {};

    friend bool operator==(const PhotoFacts &, const PhotoFacts &) = default;
};

struct State
{
    Phase phase = Phase::Idle;
    // The person's choices; the driver sets them, they change no phase.
    ProfilePattern pattern = ProfilePattern::NaiveReplica;
    bool localPreview = false;

    // The upload in hand, until it is saved, refused or forgotten by a reload.
    QString uploadId; // its correlation id, which its write.accepted event carries
    qint64 uploadBytes = 0;
    QByteArray uploadType;
    qint64 baselineVersion = 0; // shown when it started: a match on the primary must be newer
    int checks = 0; // checks of its unknown outcome so far
    bool previewShown = false;

    // This session's last saved upload and how the page reads it back.
    qint64 ownVersion = 0;
    qint64 ownLsn = -1;
    qint64 stickyUntilMs = -1;
    bool readBack = false; // the current read cycle is about the own upload
    int polls = 0; // pauses of pollPausesMs taken in this cycle
    int readsSinceUpload = 0;
    qint64 shownVersion = 0;
    bool savedNote = false; // the page says "Saved" about what it shows
    // What this page has seen, for monotonic reads and to notice it going back in time: the
    // highest LSN of an answer it read or of its own saved upload, and the newest version shown.
    qint64 seenLsn = -1;
    qint64 seenVersion = 0;
    QString detail; // the server's words for the last failure

    friend bool operator==(const State &, const State &) = default;
};

struct Input
{
    enum class Kind {
        Load, // the first load or the person's reload
        Upload, // the person chose a photo
        Retry, // the person pressed Retry
        UploadAnswer, // classified by classifyWrite
        ReadAnswer, // classified by classifyRead
        PhotoAnswer, // the image of a version arrived (ok) or could not be shown
        Accepted, // a write.accepted event for a photo
        ReplicaApplied, // a replica.applied event
        DataReset, // a data.reset event: versions and LSNs start again
        TimerDue, // the one timer the machine schedules
    };

    Kind kind = Kind::Load;
    qint64 nowMs = 0;
    WriteOutcome write = WriteOutcome::Unknown;
    ReadOutcome read = ReadOutcome::Unavailable;
    bool ok = false; // PhotoAnswer
    bool replayed = false; // UploadAnswer: Idempotent-Replayed
    PhotoFacts photo {}; // Upload: its size and type; answers and events: the version
    qint64 nodeLsn = -1; // ReadAnswer: what the serving node had applied (X-LSN)
    QString correlationId {}; // Upload: its story; Accepted: the event's
    QString detail {}; // the server's words for a failure

    static Input load(qint64 nowMs);
    static Input upload(const QString &correlationId, qint64 bytes, const QByteArray &type,
                        qint64 nowMs);
    static Input retry(qint64 nowMs);
    static Input uploadAnswer(WriteOutcome outcome, const PhotoFacts &photo, bool replayed,
                              const QString &detail, qint64 nowMs);
    static Input readAnswer(ReadOutcome outcome, const PhotoFacts &photo, const QString &detail,
                            qint64 nowMs, qint64 nodeLsn = -1);
    static Input photoAnswer(bool ok, qint64 version, const QString &detail, qint64 nowMs);
    static Input accepted(const QString &correlationId, const PhotoFacts &photo, qint64 nowMs);
    static Input replicaApplied(qint64 lsn, qint64 nowMs);
    static Input dataReset(qint64 nowMs);
    static Input timerDue(qint64 nowMs);
};

struct Effect
{
    enum class Kind {
        Send, // the upload in hand, with its own idempotency key and correlation id
        Fetch, // read the profile with `consistency` (AtLeast: `lsn`), replacing any read in flight
        FetchPhoto, // the image of `version` (from cache or node with `lsn`), then PhotoAnswer
        Show, // put the image of `version` on screen
        Schedule, // TimerDue after `delayMs`, replacing the one pending
        Notify, // `notice`
    };

    Kind kind = Kind::Notify;
    ReadConsistency consistency = ReadConsistency::AnyReplica;
    qint64 version = 0;
    qint64 lsn = -1;
    qint64 delayMs = 0;
    Notice notice = Notice::Started;
    bool replayed = false;

    static Effect send();
    static Effect fetch(ReadConsistency consistency, qint64 atLeastLsn = -1);
    static Effect fetchPhoto(qint64 version, qint64 lsn);
    static Effect show(qint64 version);
    static Effect schedule(qint64 delayMs);
    static Effect notify(Notice notice, bool replayed = false);

    friend bool operator==(const Effect &, const Effect &) = default;
};

using Step = Transition<State, Effect>;

Step next(const Settings &settings, const State &state, const Input &input);

// Derived from the state, in one place each.
Activity activityOf(Phase phase);
SyncState syncStateOf(Phase phase);
bool canRetry(Phase phase);
// An upload is unsettled: a second one is refused and a reload waits for its read-back.
bool isUploadUnsettled(Phase phase);

// For test failures and logs: "fetch(primary)", "notify(Saved)".
QString describe(const Effect &effect);

} // namespace ProfileMachine
