#pragma once

#include "models/sync/backoff.h"
#include "models/sync/syncstate.h"
#include "models/sync/transition.h"
#include "models/sync/writeoutcome.h"

#include <QObject>
#include <QString>

#include <chrono>

// The profile's contact details (display name and e-mail) as a pure machine (docs/sync.md, "One
// state-machine form"): next(settings, state, input) -> Transition { state', effects }. No Qt
// objects, no I/O, no clock. DetailsModel is the driver.
//
// A save carries the version the person edited from (If-Match). When somebody else changed the
// record meanwhile the server refuses with 412 and the current version, and the person decides:
// keep theirs, take the other, or save an edited merge — each choice a new write based on the
// current version. With "last write wins" the save carries no version and silently replaces
// whatever is there; the machine counts the versions it replaced unseen so the room sees what was
// lost. A save whose answer is lost is sent again with the same idempotency key, never a new one.
namespace DetailsMachine {
Q_NAMESPACE

enum class Pattern {
    AskOnConflict, // If-Match: a change made elsewhere is never overwritten unseen
    LastWriteWins, // no If-Match: the last save replaces whatever is there
};
Q_ENUM_NS(Pattern)

enum class Phase {
    Idle, // the page shows the newest version it has read
    Saving, // the person's save is on its way (or waits to be sent again after "not delivered")
    Checking, // its answer was lost: sent again with the same key after a pause
    Conflict, // the record changed elsewhere: the person decides
    Refused, // the server refused the values; the form keeps them to be corrected
};
Q_ENUM_NS(Phase)

enum class Notice {
    Saved,
    Checking, // the first answer of this save was lost
    Conflict, // the save was refused because the record changed elsewhere
    Refused,
    Overwrote, // last write wins replaced versions this page never showed
    ChangedElsewhere, // a newer version written by somebody else arrived while nothing was pending
    TookTheirs, // the person chose the other version
};
Q_ENUM_NS(Notice)

// One version of the details as the server holds it.
struct Details
{
    QString name;
    QString email;
    qint64 version = 0; // 0: not read yet
    QString updatedBy; // the writer's client id; empty for the seeded record
    qint64 updatedAtMs = 0;

    friend bool operator==(const Details &, const Details &) = default;
};

struct Settings
{
    Backoff resendBackoff {std::chrono::milliseconds(500), std::chrono::milliseconds(8000)};
};

struct State
{
    Phase phase = Phase::Idle;
    Pattern pattern = Pattern::AskOnConflict;
    Details server; // the newest version this page has read
    qint64 editBase = 0; // the version the person started editing from; 0: not editing
    // The save in hand, from Save until it is settled.
    QString draftName;
    QString draftEmail;
    qint64 basedOn = 0; // the version it was edited from
    bool conditional = false; // sent with If-Match: basedOn
    QString key; // its idempotency key, kept for every resend
    int resends = 0;
    Details theirs; // Conflict: the version the server holds
    QString detail; // the server's words for a refusal
    qint64 overwritten = 0; // versions the last "last write wins" save replaced unseen

    friend bool operator==(const State &, const State &) = default;
};

struct Input
{
    enum class Kind {
        Loaded, // a read of the profile answered with this version
        Edit, // the person changed a field of the form
        Revert, // the person put the form back to what the server holds
        Save, // the person saved the form (draft, key)
        Answer, // the save's answer, classified by classifyWrite (details: the payload)
        TimerDue, // the pause before a resend is over
        KeepMine, // Conflict: write the draft again, based on the current version (key)
        TakeTheirs, // Conflict: take the other version, write nothing
        SaveMerged, // Conflict: write an edited merge (draft, key), based on the current version
        ChangedElsewhere, // an event says another client wrote the details
        DataReset, // the backend's data went back to its seed: versions start again
    };

    Kind kind = Kind::Loaded;
    Details details {}; // Loaded, Answer (Applied: the saved version; Conflict: the current one)
    QString name {}; // Save, SaveMerged
    QString email {};
    QString key {}; // Save, KeepMine, SaveMerged
    WriteOutcome outcome = WriteOutcome::Unknown;
    QString detail {}; // Answer: the server's words for a refusal
    bool byOtherClient = false; // Loaded: written by another client than this session

    static Input loaded(const Details &details, bool byOtherClient);
    static Input edit();
    static Input revert();
    static Input save(const QString &name, const QString &email, const QString &key);
    static Input answer(WriteOutcome outcome, const Details &details, const QString &detail = {});
    static Input timerDue();
    static Input keepMine(const QString &key);
    static Input takeTheirs();
    static Input saveMerged(const QString &name, const QString &email, const QString &key);
    static Input changedElsewhere();
    static Input dataReset();
};

struct Effect
{
    enum class Kind {
        Send, // the save in hand: draftName/draftEmail, key, If-Match basedOn when conditional
        Fetch, // read the details from the primary
        Schedule, // TimerDue after delayMs, replacing the one pending
        Notify, // notice
        Ask, // show the person both versions (again: theirs changed)
    };

    Kind kind = Kind::Notify;
    qint64 delayMs = 0;
    Notice notice = Notice::Saved;

    static Effect send() { return {Kind::Send}; }
    static Effect fetch() { return {Kind::Fetch}; }
    static Effect schedule(qint64 delayMs) { return {Kind::Schedule, delayMs}; }
    static Effect notify(Notice notice) { return {Kind::Notify, 0, notice}; }
    static Effect ask() { return {Kind::Ask}; }

    friend bool operator==(const Effect &, const Effect &) = default;
};

using Step = Transition<State, Effect>;

Step next(const Settings &settings, const State &state, const Input &input);

// The one sync word the form shows for a phase.
SyncState syncState(Phase phase);
// What the form shows in its fields when nobody is typing: the save in hand while it is not
// settled (optimistic), else the server's version.
QString shownName(const State &state);
QString shownEmail(const State &state);
} // namespace DetailsMachine

Q_DECLARE_METATYPE(DetailsMachine::Details)
