#pragma once

#include "models/sync/syncstate.h"

#include <QMetaType>
#include <QString>

#include <optional>

// One step in the story of a user action (or of the backend), as the timeline, telemetry and
// session export see it. Steps of one action share its correlation id.
struct TimelineEvent
{
    enum class Kind {
        UserAction, // the person did something ("Tapped the heart on Blue Chair")
        RequestSent,
        ResponseReceived,
        RequestFailed,
        WriteAccepted, // the primary accepted a write (carries its LSN)
        ReplicaApplied, // a replica caught up to the LSN
        Confirmed, // what the person sees is now what the server holds
        Failed, // refused; what is shown went back
        RolledBack,
        OutcomeUnknown, // the answer was lost: checking
        Conflict,
        Stale,
        ToastShown,
        Announcement,
        ConfigChanged,
        Info,
    };

    qint64 atMs = -1; // session clock; stamped by the recorder when left at -1
    // Backend events: the backend's own clock when it published them. It runs slower than the
    // session's in slow motion and stands still while frozen (docs/api.md, "Backend time").
    qint64 backendAtMs = -1;
    QString correlationId;
    QString screen; // "favorites", "profile", "transfer", "control-room", "backend"
    Kind kind = Kind::Info;
    QString text; // plain words for people
    // Technical columns, for inspectors.
    QString node; // primary, replica-2
    qint64 lsn = -1;
    int httpStatus = 0;
    QString detail;
    // What a consistency checker needs of requests and answers (empty / -1 when not one).
    QString requestId; // pairs request_sent with its answer ("r-17")
    QString consistency; // reads: "any", "primary" or "min-lsn"
    qint64 minLsn = -1; // the token a "min-lsn" read sent
    qint64 dataVersion = -1; // answers: the LSN of the data the node served (X-LSN)
    qint64 writeLsn = -1; // answers to writes: the LSN the write was given (X-Write-LSN)
    // A screen's verdict on a read's answer (requestId names it): "shown" or "discarded".
    QString readUse;
    // On such a verdict: the read is shown although older than what the screen showed before.
    bool timeTravel = false;
};

Q_DECLARE_METATYPE(TimelineEvent)

QString timelineKindName(TimelineEvent::Kind kind); // stable machine name, e.g. "user_action"
// The sync outcome an event stands for, if any: a story's outcome is its last such event.
std::optional<SyncState> outcomeOfEvent(TimelineEvent::Kind kind);
