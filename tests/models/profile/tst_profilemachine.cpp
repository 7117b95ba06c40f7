// The profile page's machine without a server: every (phase, input) cell of its table, the
// variants where the data of an answer decides, and what is derived from the phase.

#include "models/profile/profilemachine.h"

#include <QMetaEnum>
#include <QTest>

#include <functional>
#include <set>
#include <vector>

using namespace Qt::StringLiterals;
using namespace ProfileMachine;
using Kind = Input::Kind;

namespace {

constexpr qint64 nowMs = 1000;

Settings settings()
{
    Settings s;
    s.stickyWindowMs = 5000;
    s.pollPausesMs = {10, 20, 40};
    s.checkBackoff = Backoff {std::chrono::milliseconds(500), std::chrono::milliseconds(4000)};
    s.maxChecks = 5;
    return s;
}

// The upload in hand in the rows: 100 bytes of PNG, started while version 2 was shown.
constexpr qint64 uploadBytes = 100;
const QByteArray png = "image/png";
const PhotoFacts ours {3, 30, uploadBytes, png};

// A typical state for each phase, as the machine reaches it with read-your-writes (poll-until-
// fresh where only that pattern gets there).
State at(Phase phase)
{
    State s;
    s.phase = phase;
    s.pattern = ProfilePattern::ReadYourWrites;
    s.shownVersion = 2;
    switch (phase) {
    case Phase::Uploading:
    case Phase::Checking:
    case Phase::ReadingPrimary:
    case Phase::Resending:
    case Phase::NotSent:
    case Phase::Unresolved:
        s.uploadId = u"u1"_s;
        s.uploadBytes = uploadBytes;
        s.uploadType = png;
        s.baselineVersion = 2;
        s.checks = phase == Phase::Uploading || phase == Phase::NotSent ? 0 : 1;
        break;
    case Phase::ReadingBack:
    case Phase::LoadFailed:
        s.ownVersion = 3;
        s.ownLsn = 30;
        s.readBack = true;
        break;
    case Phase::Polling:
        s.pattern = ProfilePattern::PollUntilFresh;
        s.ownVersion = 3;
        s.ownLsn = 30;
        s.readBack = true;
        s.polls = 1;
        break;
    case Phase::Stale:
        s.pattern = ProfilePattern::PollUntilFresh;
        s.ownVersion = 3;
        s.ownLsn = 30;
        break;
    case Phase::Idle:
    case Phase::Loading:
    case Phase::Refused:
        break;
    }
    return s;
}

// The most telling input of each kind: answers that would save the upload, its own event.
Input typical(Kind kind)
{
    switch (kind) {
    case Kind::Load:
        return Input::load(nowMs);
    case Kind::Upload:
        return Input::upload(u"u2"_s, 200, "image/jpeg", nowMs);
    case Kind::Retry:
        return Input::retry(nowMs);
    case Kind::UploadAnswer:
        return Input::uploadAnswer(WriteOutcome::Applied, ours, false, {}, nowMs);
    case Kind::ReadAnswer:
        return Input::readAnswer(ReadOutcome::Answered, ours, {}, nowMs);
    case Kind::PhotoAnswer:
        return Input::photoAnswer(true, 3, {}, nowMs);
    case Kind::Accepted:
        return Input::accepted(u"u1"_s, ours, nowMs);
    case Kind::ReplicaApplied:
        return Input::replicaApplied(30, nowMs);
    case Kind::DataReset:
        return Input::dataReset(nowMs);
    case Kind::TimerDue:
        return Input::timerDue(nowMs);
    }
    return Input::load(nowMs);
}

struct Row
{
    QString name;
    State state;
    Input input;
    Phase to;
    QStringList effects;
};

template<typename E> QString nameOf(E value)
{
    return QString::fromLatin1(QMetaEnum::fromType<E>().valueToKey(static_cast<int>(value)));
}

QString kindName(Kind kind)
{
    static const char *const names[] = {"Load",       "Upload",      "Retry",    "UploadAnswer",
                                        "ReadAnswer", "PhotoAnswer", "Accepted", "ReplicaApplied",
                                        "DataReset",  "TimerDue"};
    return QString::fromLatin1(names[static_cast<int>(kind)]);
}

constexpr Phase allPhases[] = {
    Phase::Idle,       Phase::Loading,     Phase::Uploading, Phase::Checking, Phase::ReadingPrimary,
    Phase::Resending,  Phase::ReadingBack, Phase::Polling,   Phase::Refused,  Phase::NotSent,
    Phase::Unresolved, Phase::LoadFailed,  Phase::Stale};
constexpr Kind allKinds[] = {
    Kind::Load,        Kind::Upload,   Kind::Retry,          Kind::UploadAnswer, Kind::ReadAnswer,
    Kind::PhotoAnswer, Kind::Accepted, Kind::ReplicaApplied, Kind::DataReset,    Kind::TimerDue};

const QString ryw = u"fetch(read-your-writes)"_s;
const QString any = u"fetch(any replica)"_s;
const QString upload = u"notify(Started)"_s;
const QString sendIt = u"send"_s;

// Every (phase, typical input) cell. An empty effect list with the same phase: ignored.
std::vector<Row> cellRows()
{
    using P = Phase;
    struct Cell
    {
        P from;
        Kind kind;
        P to;
        QStringList effects;
    };
    const QStringList none;
    const QStringList started {upload, sendIt};
    const QStringList busy {u"notify(Busy)"_s};
    const QStringList byEvent {u"notify(SavedByEvent)"_s, ryw};
    const std::vector<Cell> table = {
        {P::Idle, Kind::Load, P::Loading, {ryw}},
        {P::Idle, Kind::Upload, P::Uploading, started},
        {P::Idle, Kind::Retry, P::Idle, none},
        {P::Idle, Kind::UploadAnswer, P::Idle, none},
        {P::Idle, Kind::ReadAnswer, P::Idle, none},
        {P::Idle, Kind::PhotoAnswer, P::Idle, none},
        {P::Idle, Kind::Accepted, P::Idle, none}, // no upload in hand
        {P::Idle, Kind::ReplicaApplied, P::Idle, none},
        {P::Idle, Kind::DataReset, P::Loading, {ryw}},
        {P::Idle, Kind::TimerDue, P::Idle, none},

        {P::Loading, Kind::Load, P::Loading, {ryw}},
        {P::Loading, Kind::Upload, P::Uploading, started},
        {P::Loading, Kind::Retry, P::Loading, none},
        {P::Loading, Kind::UploadAnswer, P::Loading, none},
        {P::Loading,
         Kind::ReadAnswer,
         P::Loading,
         {u"notify(ReadServed)"_s, u"fetchPhoto(v3, lsn 30)"_s}},
        {P::Loading, Kind::PhotoAnswer, P::Idle, {u"show(v3)"_s}},
        {P::Loading, Kind::Accepted, P::Loading, none},
        {P::Loading, Kind::ReplicaApplied, P::Loading, none},
        {P::Loading, Kind::DataReset, P::Loading, {ryw}},
        {P::Loading, Kind::TimerDue, P::Loading, none},

        {P::Uploading, Kind::Load, P::Uploading, none},
        {P::Uploading, Kind::Upload, P::Uploading, busy},
        {P::Uploading, Kind::Retry, P::Uploading, none},
        {P::Uploading, Kind::UploadAnswer, P::ReadingBack, {u"notify(Saved)"_s, ryw}},
        {P::Uploading, Kind::ReadAnswer, P::Uploading, none},
        {P::Uploading, Kind::PhotoAnswer, P::Uploading, none},
        {P::Uploading, Kind::Accepted, P::ReadingBack, byEvent},
        {P::Uploading, Kind::ReplicaApplied, P::Uploading, none},
        {P::Uploading, Kind::DataReset, P::Uploading, none}, // the answer still decides
        {P::Uploading, Kind::TimerDue, P::Uploading, none},

        {P::Checking, Kind::Load, P::Checking, none},
        {P::Checking, Kind::Upload, P::Checking, busy},
        {P::Checking, Kind::Retry, P::Checking, none},
        {P::Checking, Kind::UploadAnswer, P::Checking, none},
        {P::Checking, Kind::ReadAnswer, P::Checking, none},
        {P::Checking, Kind::PhotoAnswer, P::Checking, none},
        {P::Checking, Kind::Accepted, P::ReadingBack, byEvent},
        {P::Checking, Kind::ReplicaApplied, P::Checking, none},
        {P::Checking, Kind::DataReset, P::Checking, none},
        {P::Checking, Kind::TimerDue, P::ReadingPrimary, {u"fetch(primary)"_s}},

        {P::ReadingPrimary, Kind::Load, P::ReadingPrimary, none},
        {P::ReadingPrimary, Kind::Upload, P::ReadingPrimary, busy},
        {P::ReadingPrimary, Kind::Retry, P::ReadingPrimary, none},
        {P::ReadingPrimary, Kind::UploadAnswer, P::ReadingPrimary, none},
        {P::ReadingPrimary, Kind::ReadAnswer, P::ReadingBack, {u"notify(SavedByReadBack)"_s, ryw}},
        {P::ReadingPrimary, Kind::PhotoAnswer, P::ReadingPrimary, none},
        {P::ReadingPrimary, Kind::Accepted, P::ReadingBack, byEvent},
        {P::ReadingPrimary, Kind::ReplicaApplied, P::ReadingPrimary, none},
        {P::ReadingPrimary, Kind::DataReset, P::ReadingPrimary, none},
        {P::ReadingPrimary, Kind::TimerDue, P::ReadingPrimary, none},

        {P::Resending, Kind::Load, P::Resending, none},
        {P::Resending, Kind::Upload, P::Resending, busy},
        {P::Resending, Kind::Retry, P::Resending, none},
        {P::Resending, Kind::UploadAnswer, P::ReadingBack, {u"notify(Saved)"_s, ryw}},
        {P::Resending, Kind::ReadAnswer, P::Resending, none},
        {P::Resending, Kind::PhotoAnswer, P::Resending, none},
        {P::Resending, Kind::Accepted, P::ReadingBack, byEvent},
        {P::Resending, Kind::ReplicaApplied, P::Resending, none},
        {P::Resending, Kind::DataReset, P::Resending, none},
        {P::Resending, Kind::TimerDue, P::Resending, none},

        {P::ReadingBack, Kind::Load, P::Loading, {ryw}},
        {P::ReadingBack, Kind::Upload, P::Uploading, started},
        {P::ReadingBack, Kind::Retry, P::ReadingBack, none},
        {P::ReadingBack, Kind::UploadAnswer, P::ReadingBack, none}, // a late answer after the event
        {P::ReadingBack,
         Kind::ReadAnswer,
         P::ReadingBack,
         {u"notify(ReadServed)"_s, u"fetchPhoto(v3, lsn 30)"_s}},
        {P::ReadingBack, Kind::PhotoAnswer, P::Idle, {u"show(v3)"_s, u"notify(OwnShown)"_s}},
        {P::ReadingBack, Kind::Accepted, P::ReadingBack, none},
        {P::ReadingBack, Kind::ReplicaApplied, P::ReadingBack, none},
        {P::ReadingBack, Kind::DataReset, P::Loading, {ryw}},
        {P::ReadingBack, Kind::TimerDue, P::ReadingBack, none},

        {P::Polling, Kind::Load, P::ReadingBack, {any}}, // poll-until-fresh keeps its promise
        {P::Polling, Kind::Upload, P::Uploading, started},
        {P::Polling, Kind::Retry, P::Polling, none},
        {P::Polling, Kind::UploadAnswer, P::Polling, none},
        {P::Polling, Kind::ReadAnswer, P::Polling, none},
        {P::Polling, Kind::PhotoAnswer, P::Polling, none},
        {P::Polling, Kind::Accepted, P::Polling, none},
        {P::Polling, Kind::ReplicaApplied, P::ReadingBack, {any}},
        {P::Polling, Kind::DataReset, P::Loading, {any}},
        {P::Polling, Kind::TimerDue, P::ReadingBack, {any}},

        {P::Refused, Kind::Load, P::Loading, {ryw}},
        {P::Refused, Kind::Upload, P::Uploading, started},
        {P::Refused, Kind::Retry, P::Refused, none},
        {P::Refused, Kind::UploadAnswer, P::Refused, none},
        {P::Refused, Kind::ReadAnswer, P::Refused, none},
        {P::Refused, Kind::PhotoAnswer, P::Refused, none},
        {P::Refused, Kind::Accepted, P::Refused, none},
        {P::Refused, Kind::ReplicaApplied, P::Refused, none},
        {P::Refused, Kind::DataReset, P::Loading, {ryw}},
        {P::Refused, Kind::TimerDue, P::Refused, none},

        {P::NotSent, Kind::Load, P::Loading, {ryw}},
        {P::NotSent, Kind::Upload, P::Uploading, started},
        {P::NotSent, Kind::Retry, P::Uploading, started},
        {P::NotSent, Kind::UploadAnswer, P::NotSent, none},
        {P::NotSent, Kind::ReadAnswer, P::NotSent, none},
        {P::NotSent, Kind::PhotoAnswer, P::NotSent, none},
        {P::NotSent, Kind::Accepted, P::ReadingBack, byEvent},
        {P::NotSent, Kind::ReplicaApplied, P::NotSent, none},
        {P::NotSent, Kind::DataReset, P::Loading, {ryw}},
        {P::NotSent, Kind::TimerDue, P::NotSent, none},

        {P::Unresolved, Kind::Load, P::Loading, {ryw}},
        {P::Unresolved, Kind::Upload, P::Uploading, started},
        {P::Unresolved, Kind::Retry, P::Uploading, started},
        {P::Unresolved, Kind::UploadAnswer, P::Unresolved, none},
        {P::Unresolved, Kind::ReadAnswer, P::Unresolved, none},
        {P::Unresolved, Kind::PhotoAnswer, P::Unresolved, none},
        {P::Unresolved, Kind::Accepted, P::ReadingBack, byEvent}, // a late event still settles it
        {P::Unresolved, Kind::ReplicaApplied, P::Unresolved, none},
        {P::Unresolved, Kind::DataReset, P::Loading, {ryw}},
        {P::Unresolved, Kind::TimerDue, P::Unresolved, none},

        {P::LoadFailed, Kind::Load, P::Loading, {ryw}},
        {P::LoadFailed, Kind::Upload, P::Uploading, started},
        {P::LoadFailed, Kind::Retry, P::ReadingBack, {ryw}}, // saved: read back again
        {P::LoadFailed, Kind::UploadAnswer, P::LoadFailed, none},
        {P::LoadFailed, Kind::ReadAnswer, P::LoadFailed, none},
        {P::LoadFailed, Kind::PhotoAnswer, P::LoadFailed, none},
        {P::LoadFailed, Kind::Accepted, P::LoadFailed, none},
        {P::LoadFailed, Kind::ReplicaApplied, P::LoadFailed, none},
        {P::LoadFailed, Kind::DataReset, P::Loading, {ryw}},
        {P::LoadFailed, Kind::TimerDue, P::LoadFailed, none},

        {P::Stale, Kind::Load, P::ReadingBack, {any}},
        {P::Stale, Kind::Upload, P::Uploading, started},
        {P::Stale, Kind::Retry, P::ReadingBack, {any}},
        {P::Stale, Kind::UploadAnswer, P::Stale, none},
        {P::Stale, Kind::ReadAnswer, P::Stale, none},
        {P::Stale, Kind::PhotoAnswer, P::Stale, none},
        {P::Stale, Kind::Accepted, P::Stale, none},
        {P::Stale, Kind::ReplicaApplied, P::Stale, none},
        {P::Stale, Kind::DataReset, P::Loading, {any}},
        {P::Stale, Kind::TimerDue, P::Stale, none},
    };
    std::vector<Row> rows;
    for (const Cell &cell : table) {
        rows.push_back({nameOf(cell.from) + u" × "_s + kindName(cell.kind), at(cell.from),
                        typical(cell.kind), cell.to, cell.effects});
    }
    return rows;
}

// Where the data of an answer or the state decides, beyond the typical input.
std::vector<Row> variantRows()
{
    using P = Phase;
    std::vector<Row> rows;
    const auto add = [&rows](const char *name, State state, Input input, P to,
                             QStringList effects) {
        rows.push_back(
            {QString::fromUtf8(name), std::move(state), std::move(input), to, std::move(effects)});
    };
    const auto answer = [](WriteOutcome outcome) {
        return Input::uploadAnswer(outcome, {}, false, u"words"_s, nowMs);
    };
    const auto read = [](ReadOutcome outcome, PhotoFacts photo) {
        return Input::readAnswer(outcome, photo, u"words"_s, nowMs);
    };
    const auto with = [](Phase phase, const std::function<void(State &)> &change) {
        State s = at(phase);
        change(s);
        return s;
    };

    // The one meaning of an answer: only Applied and Rejected are final.
    add("first answer replayed", at(P::Uploading),
        Input::uploadAnswer(WriteOutcome::Applied, ours, true, {}, nowMs), P::ReadingBack,
        {u"notify(Saved, replayed)"_s, ryw});
    add("first answer rejected", at(P::Uploading), answer(WriteOutcome::Rejected), P::Refused,
        {u"notify(Refused)"_s});
    add("first answer not delivered", at(P::Uploading), answer(WriteOutcome::NotDelivered),
        P::NotSent, {u"notify(NotSent)"_s});
    add("first answer 409 in flight", at(P::Uploading), answer(WriteOutcome::StillProcessing),
        P::Checking, {u"notify(Checking)"_s, u"schedule(500 ms)"_s});
    add("first answer lost", at(P::Uploading), answer(WriteOutcome::Unknown), P::Checking,
        {u"notify(Checking)"_s, u"schedule(500 ms)"_s});
    add("resend lost: the next check waits longer", at(P::Resending), answer(WriteOutcome::Unknown),
        P::Checking, {u"schedule(1000 ms)"_s});
    add("resend in flight", at(P::Resending), answer(WriteOutcome::StillProcessing), P::Checking,
        {u"schedule(1000 ms)"_s});
    // The copy did not arrive, but the first one may have.
    add("resend not delivered", at(P::Resending), answer(WriteOutcome::NotDelivered), P::Checking,
        {u"schedule(1000 ms)"_s});
    add("resend rejected", at(P::Resending), answer(WriteOutcome::Rejected), P::Refused,
        {u"notify(Refused)"_s});
    add("resend lost, checks used up", with(P::Resending, [](State &s) { s.checks = 5; }),
        answer(WriteOutcome::Unknown), P::Unresolved, {u"notify(Unresolved)"_s});
    add("check backoff is capped", with(P::Resending, [](State &s) { s.checks = 4; }),
        answer(WriteOutcome::Unknown), P::Checking, {u"schedule(4000 ms)"_s});

    // Reading the primary back: only a newer photo of the same bytes and type is the upload.
    add("primary still has the old photo", at(P::ReadingPrimary),
        read(ReadOutcome::Answered, {2, 20, 50, png}), P::Resending, {sendIt});
    add("primary has someone else's photo", at(P::ReadingPrimary),
        read(ReadOutcome::Answered, {3, 30, 999, png}), P::Resending, {sendIt});
    add("primary has a photo of another type", at(P::ReadingPrimary),
        read(ReadOutcome::Answered, {3, 30, uploadBytes, "image/jpeg"}), P::Resending, {sendIt});
    add("primary unavailable", at(P::ReadingPrimary), read(ReadOutcome::Unavailable, {}),
        P::Checking, {u"schedule(1000 ms)"_s});
    add("primary says not found", at(P::ReadingPrimary), read(ReadOutcome::NotFound, {}),
        P::Checking, {u"schedule(1000 ms)"_s});
    add("another upload's event", at(P::Checking), Input::accepted(u"u9"_s, ours, nowMs),
        P::Checking, {});

    // Poll-until-fresh: pauses from the list, then a plain message instead of the old photo.
    const auto polling = [&with](int polls) {
        return with(P::ReadingBack, [polls](State &s) {
            s.pattern = ProfilePattern::PollUntilFresh;
            s.polls = polls;
        });
    };
    const PhotoFacts old {2, 20, 50, png};
    add("poll: stale read waits", polling(0), read(ReadOutcome::Answered, old), P::Polling,
        {u"notify(ReadServed)"_s, u"schedule(10 ms)"_s});
    add("poll: second stale read waits longer", polling(1), read(ReadOutcome::Answered, old),
        P::Polling, {u"notify(ReadServed)"_s, u"schedule(20 ms)"_s});
    add("poll: stale read after the last pause", polling(3), read(ReadOutcome::Answered, old),
        P::Stale, {u"notify(ReadServed)"_s, u"notify(GaveUp)"_s});
    add("poll: failed read waits", polling(0), read(ReadOutcome::Unavailable, {}), P::Polling,
        {u"schedule(10 ms)"_s});
    add("poll: failed read after the last pause", polling(3), read(ReadOutcome::Unavailable, {}),
        P::LoadFailed, {u"notify(LoadFailed)"_s});
    add("poll: fresh read", polling(1), read(ReadOutcome::Answered, ours), P::ReadingBack,
        {u"notify(ReadServed)"_s, u"fetchPhoto(v3, lsn 30)"_s});
    add("poll: a replica applied something older", at(P::Polling), Input::replicaApplied(29, nowMs),
        P::Polling, {});

    // What the page presents, and what it says about it.
    add("naive read-back presents the old photo",
        with(P::ReadingBack, [](State &s) { s.pattern = ProfilePattern::NaiveReplica; }),
        Input::photoAnswer(true, 2, {}, nowMs), P::Idle, {u"show(v2)"_s, u"notify(OldShown)"_s});
    add("photo can't be shown", at(P::ReadingBack), Input::photoAnswer(false, 3, u"x"_s, nowMs),
        P::LoadFailed, {u"notify(LoadFailed)"_s});
    add("read fails", at(P::Loading), read(ReadOutcome::Unavailable, {}), P::LoadFailed,
        {u"notify(LoadFailed)"_s});
    add("retry after a failed plain load",
        with(P::LoadFailed, [](State &s) { s.readBack = false; }), Input::retry(nowMs), P::Loading,
        {ryw});

    // Primary for a while: inside the window after a save, replicas again after it.
    const auto sticky = [&with](Phase phase) {
        return with(phase, [](State &s) { s.pattern = ProfilePattern::StickyPrimary; });
    };
    add("sticky: saved, read from the primary", sticky(P::Uploading),
        Input::uploadAnswer(WriteOutcome::Applied, ours, false, {}, nowMs), P::ReadingBack,
        {u"notify(Saved)"_s, u"fetch(primary)"_s});
    add("sticky: reload inside the window",
        with(P::Idle,
             [](State &s) {
                 s.pattern = ProfilePattern::StickyPrimary;
                 s.stickyUntilMs = nowMs + 1;
             }),
        Input::load(nowMs), P::Loading, {u"fetch(primary)"_s});
    add("sticky: reload after the window",
        with(P::Idle,
             [](State &s) {
                 s.pattern = ProfilePattern::StickyPrimary;
                 s.stickyUntilMs = nowMs;
             }),
        Input::load(nowMs), P::Loading, {any});

    // Stay on one replica: every read asks for at least what the page has seen, and an answer
    // from an older node is never shown. The naive page shows it and goes back in time.
    const auto seen = [&with](Phase phase, ProfilePattern pattern) {
        return with(phase, [pattern](State &s) {
            s.pattern = pattern;
            s.seenLsn = 52;
            s.seenVersion = 5;
            s.shownVersion = 5;
        });
    };
    const PhotoFacts older {4, 40, 50, png};
    const PhotoFacts newer {5, 52, 50, png};
    add("monotonic: a reload asks for at least the LSN seen",
        seen(P::Idle, ProfilePattern::Monotonic), Input::load(nowMs), P::Loading,
        {u"fetch(lsn >= 52)"_s});
    add("monotonic: the first read asks for at least LSN 0",
        with(P::Idle, [](State &s) { s.pattern = ProfilePattern::Monotonic; }), Input::load(nowMs),
        P::Loading, {u"fetch(lsn >= 0)"_s});
    add("monotonic: a saved upload raises the floor to its LSN",
        with(P::Uploading,
             [](State &s) {
                 s.pattern = ProfilePattern::Monotonic;
                 s.seenLsn = 20;
             }),
        Input::uploadAnswer(WriteOutcome::Applied, ours, false, {}, nowMs), P::ReadingBack,
        {u"notify(Saved)"_s, u"fetch(lsn >= 30)"_s});
    add("monotonic: an answer from an older node is not shown",
        seen(P::Loading, ProfilePattern::Monotonic),
        Input::readAnswer(ReadOutcome::Answered, older, {}, nowMs, 40), P::Idle,
        {u"notify(ReadServed)"_s, u"notify(OlderDiscarded)"_s});
    add("monotonic: an older answer after an upload is not shown either",
        with(P::ReadingBack,
             [](State &s) {
                 s.pattern = ProfilePattern::Monotonic;
                 s.seenLsn = 30;
             }),
        Input::readAnswer(ReadOutcome::Answered, {2, 20, 50, png}, {}, nowMs, 29), P::Idle,
        {u"notify(ReadServed)"_s, u"notify(OlderDiscarded)"_s});
    add("monotonic: an answer at the LSN seen is shown",
        seen(P::Loading, ProfilePattern::Monotonic),
        Input::readAnswer(ReadOutcome::Answered, newer, {}, nowMs, 52), P::Loading,
        {u"notify(ReadServed)"_s, u"fetchPhoto(v5, lsn 52)"_s});
    add("monotonic: a reset forgets what was seen", seen(P::Idle, ProfilePattern::Monotonic),
        Input::dataReset(nowMs), P::Loading, {u"fetch(lsn >= 0)"_s});
    add("naive: an answer from an older node is shown",
        seen(P::Loading, ProfilePattern::NaiveReplica),
        Input::readAnswer(ReadOutcome::Answered, older, {}, nowMs, 40), P::Loading,
        {u"notify(ReadServed)"_s, u"fetchPhoto(v4, lsn 40)"_s});
    add("naive: the page goes back in time", seen(P::Loading, ProfilePattern::NaiveReplica),
        Input::photoAnswer(true, 4, {}, nowMs), P::Idle, {u"show(v4)"_s, u"notify(TimeTravel)"_s});
    add("naive: the same version again is no time travel",
        seen(P::Loading, ProfilePattern::NaiveReplica), Input::photoAnswer(true, 5, {}, nowMs),
        P::Idle, {u"show(v5)"_s});
    add("naive: back in time after the own upload is also the old photo",
        with(P::ReadingBack,
             [](State &s) {
                 s.pattern = ProfilePattern::NaiveReplica;
                 s.seenVersion = 3;
             }),
        Input::photoAnswer(true, 2, {}, nowMs), P::Idle,
        {u"show(v2)"_s, u"notify(OldShown)"_s, u"notify(TimeTravel)"_s});
    return rows;
}

// What a plain reload of each pattern asks for, with LSN 52 seen and no upload: one row per
// pattern, and patternsHaveARead checks none is missing.
std::vector<std::pair<ProfilePattern, QString>> readOfEachPattern()
{
    return {
        {ProfilePattern::NaiveReplica, u"fetch(any replica)"_s},
        {ProfilePattern::ReadYourWrites, u"fetch(read-your-writes)"_s},
        {ProfilePattern::StickyPrimary, u"fetch(any replica)"_s}, // no write: no window
        {ProfilePattern::PollUntilFresh, u"fetch(any replica)"_s},
        {ProfilePattern::Monotonic, u"fetch(lsn >= 52)"_s},
    };
}

QStringList described(const std::vector<Effect> &effects)
{
    QStringList out;
    for (const Effect &effect : effects)
        out << describe(effect);
    return out;
}

} // namespace

class TestProfileMachine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cells_data();
    void cells();
    void variants_data();
    void variants();
    void tableCoversEveryCell();
    void ignoredInputsChangeNothing();
    void pollsCountTowardsTheBound();
    void checksCountTowardsTheBound();
    void savedUploadIsRememberedForTheReadBack();
    void lostUploadSettlesByItsEvent();
    void lostUploadSettlesByReadingBack();
    void derivedFromThePhase_data();
    void derivedFromThePhase();
    void patternReads_data();
    void patternReads();
    void patternsHaveARead();
    void seenFollowsWhatThePageReadAndShowed_data();
    void seenFollowsWhatThePageReadAndShowed();

private:
    void run(const Row &row);
};

void TestProfileMachine::run(const Row &row)
{
    const Step step = next(settings(), row.state, row.input);
    QCOMPARE(nameOf(step.state.phase), nameOf(row.to));
    QCOMPARE(described(step.effects), row.effects);
}

void TestProfileMachine::cells_data()
{
    QTest::addColumn<int>("index");
    const std::vector<Row> rows = cellRows();
    for (int i = 0; i < int(rows.size()); ++i)
        QTest::newRow(qPrintable(rows[size_t(i)].name)) << i;
}

void TestProfileMachine::cells()
{
    QFETCH(int, index);
    run(cellRows()[size_t(index)]);
}

void TestProfileMachine::variants_data()
{
    QTest::addColumn<int>("index");
    const std::vector<Row> rows = variantRows();
    for (int i = 0; i < int(rows.size()); ++i)
        QTest::newRow(qPrintable(rows[size_t(i)].name)) << i;
}

void TestProfileMachine::variants()
{
    QFETCH(int, index);
    run(variantRows()[size_t(index)]);
}

void TestProfileMachine::tableCoversEveryCell()
{
    std::set<std::pair<int, int>> covered;
    for (const Row &row : cellRows())
        covered.insert({static_cast<int>(row.state.phase), static_cast<int>(row.input.kind)});
    for (Phase phase : allPhases) {
        for (Kind kind : allKinds) {
            QVERIFY2(covered.count({static_cast<int>(phase), static_cast<int>(kind)}),
                     qPrintable(nameOf(phase) + u" × "_s + kindName(kind)));
        }
    }
    QCOMPARE(covered.size(), std::size(allPhases) * std::size(allKinds));
    QCOMPARE(QMetaEnum::fromType<Phase>().keyCount(), int(std::size(allPhases)));
}

void TestProfileMachine::ignoredInputsChangeNothing()
{
    // A cell without effects that keeps its phase keeps the whole state (the driver relies on it
    // to skip repainting), except a data reset, which forgets versions while a send decides.
    for (const Row &row : cellRows()) {
        const Step step = next(settings(), row.state, row.input);
        if (!step.effects.empty() || step.state.phase != row.state.phase
            || row.input.kind == Kind::DataReset)
            continue;
        QVERIFY2(step.state == row.state, qPrintable(row.name));
    }
}

void TestProfileMachine::pollsCountTowardsTheBound()
{
    State s = at(Phase::ReadingBack);
    s.pattern = ProfilePattern::PollUntilFresh;
    const Input stale = Input::readAnswer(ReadOutcome::Answered, {2, 20, 50, png}, {}, nowMs);
    QStringList pauses;
    for (int read = 0; read < 10 && s.phase != Phase::Stale; ++read) {
        Step step = next(settings(), s, stale);
        pauses << described(step.effects);
        if (step.state.phase == Phase::Polling)
            step = next(settings(), step.state, Input::timerDue(nowMs));
        s = step.state;
    }
    QCOMPARE(nameOf(s.phase), nameOf(Phase::Stale));
    QCOMPARE(s.polls, 3);
    QCOMPARE(s.readsSinceUpload, 4);
    QCOMPARE(pauses.filter(u"schedule"_s),
             QStringList({u"schedule(10 ms)"_s, u"schedule(20 ms)"_s, u"schedule(40 ms)"_s}));
}

void TestProfileMachine::checksCountTowardsTheBound()
{
    State s = at(Phase::Uploading);
    QStringList waits;
    for (int round = 0; round < 20 && s.phase != Phase::Unresolved; ++round) {
        Step step =
            next(settings(), s, Input::uploadAnswer(WriteOutcome::Unknown, {}, false, {}, nowMs));
        waits << described(step.effects).filter(u"schedule"_s);
        if (step.state.phase == Phase::Checking) {
            step = next(settings(), step.state, Input::timerDue(nowMs));
            step = next(settings(), step.state,
                        Input::readAnswer(ReadOutcome::Answered, {2, 20, 50, png}, {}, nowMs));
            QCOMPARE(nameOf(step.state.phase), nameOf(Phase::Resending));
        }
        s = step.state;
    }
    QCOMPARE(nameOf(s.phase), nameOf(Phase::Unresolved));
    QCOMPARE(waits,
             QStringList({u"schedule(500 ms)"_s, u"schedule(1000 ms)"_s, u"schedule(2000 ms)"_s,
                          u"schedule(4000 ms)"_s, u"schedule(4000 ms)"_s}));
}

void TestProfileMachine::savedUploadIsRememberedForTheReadBack()
{
    const Step step = next(settings(), at(Phase::Uploading), typical(Kind::UploadAnswer));
    QCOMPARE(step.state.ownVersion, 3);
    QCOMPARE(step.state.ownLsn, 30);
    QCOMPARE(step.state.stickyUntilMs, nowMs + 5000);
    QVERIFY(step.state.readBack);
    QVERIFY(step.state.uploadId.isEmpty());
    QCOMPARE(step.state.readsSinceUpload, 0);
}

// The bug of issue 10: an upload whose answer was lost stayed "Checking…" until Retry.
void TestProfileMachine::lostUploadSettlesByItsEvent()
{
    const Settings s = settings();
    Step step = next(s, at(Phase::Idle), Input::upload(u"u1"_s, uploadBytes, png, 0));
    step = next(s, step.state, Input::uploadAnswer(WriteOutcome::Unknown, {}, false, {}, 10));
    QCOMPARE(syncStateOf(step.state.phase), SyncState::Unknown);
    step = next(s, step.state, Input::accepted(u"u1"_s, ours, 20));
    QCOMPARE(nameOf(step.state.phase), nameOf(Phase::ReadingBack));
    step = next(s, step.state, Input::readAnswer(ReadOutcome::Answered, ours, {}, 30));
    step = next(s, step.state, Input::photoAnswer(true, 3, {}, 40));
    QCOMPARE(nameOf(step.state.phase), nameOf(Phase::Idle));
    QCOMPARE(step.state.shownVersion, 3);
    QCOMPARE(described(step.effects), QStringList({u"show(v3)"_s, u"notify(OwnShown)"_s}));
}

void TestProfileMachine::lostUploadSettlesByReadingBack()
{
    const Settings s = settings();
    Step step = next(s, at(Phase::Idle), Input::upload(u"u1"_s, uploadBytes, png, 0));
    step = next(s, step.state, Input::uploadAnswer(WriteOutcome::Unknown, {}, false, {}, 10));
    step = next(s, step.state, Input::timerDue(510));
    QCOMPARE(described(step.effects), QStringList {u"fetch(primary)"_s});
    step = next(s, step.state, Input::readAnswer(ReadOutcome::Answered, ours, {}, 520));
    QCOMPARE(described(step.effects), QStringList({u"notify(SavedByReadBack)"_s, ryw}));
    QCOMPARE(step.state.ownVersion, 3);
}

void TestProfileMachine::derivedFromThePhase_data()
{
    QTest::addColumn<Phase>("phase");
    QTest::addColumn<Activity>("activity");
    QTest::addColumn<SyncState>("state");
    QTest::addColumn<bool>("retry");
    QTest::addColumn<bool>("unsettled");

    using A = Activity;
    using S = SyncState;
    QTest::newRow("Idle") << Phase::Idle << A::Idle << S::Confirmed << false << false;
    QTest::newRow("Loading") << Phase::Loading << A::Loading << S::Confirmed << false << false;
    QTest::newRow("Uploading") << Phase::Uploading << A::Uploading << S::Pending << false << true;
    QTest::newRow("Checking") << Phase::Checking << A::Checking << S::Unknown << false << true;
    QTest::newRow("ReadingPrimary")
        << Phase::ReadingPrimary << A::Checking << S::Unknown << false << true;
    QTest::newRow("Resending") << Phase::Resending << A::Checking << S::Unknown << false << true;
    QTest::newRow("ReadingBack") << Phase::ReadingBack << A::ReadingBack << S::Pending << false
                                 << false;
    QTest::newRow("Polling") << Phase::Polling << A::Polling << S::Pending << false << false;
    QTest::newRow("Refused") << Phase::Refused << A::Idle << S::Failed << false << false;
    QTest::newRow("NotSent") << Phase::NotSent << A::Idle << S::Failed << true << false;
    QTest::newRow("Unresolved") << Phase::Unresolved << A::Idle << S::Unknown << true << false;
    QTest::newRow("LoadFailed") << Phase::LoadFailed << A::Idle << S::Failed << true << false;
    QTest::newRow("Stale") << Phase::Stale << A::Idle << S::Stale << true << false;
}

void TestProfileMachine::derivedFromThePhase()
{
    QFETCH(Phase, phase);
    QFETCH(Activity, activity);
    QFETCH(SyncState, state);
    QFETCH(bool, retry);
    QFETCH(bool, unsettled);
    QCOMPARE(activityOf(phase), activity);
    QCOMPARE(syncStateOf(phase), state);
    QCOMPARE(canRetry(phase), retry);
    QCOMPARE(isUploadUnsettled(phase), unsettled);
}

void TestProfileMachine::patternReads_data()
{
    QTest::addColumn<ProfilePattern>("pattern");
    QTest::addColumn<QString>("fetch");
    for (const auto &[pattern, fetch] : readOfEachPattern())
        QTest::newRow(qPrintable(ProfilePatterns::key(pattern))) << pattern << fetch;
}

void TestProfileMachine::patternReads()
{
    QFETCH(ProfilePattern, pattern);
    QFETCH(QString, fetch);
    State s = at(Phase::Idle);
    s.pattern = pattern;
    s.seenLsn = 52;
    const Step step = next(settings(), s, Input::load(nowMs));
    QCOMPARE(nameOf(step.state.phase), nameOf(Phase::Loading));
    QCOMPARE(described(step.effects), QStringList {fetch});
}

void TestProfileMachine::patternsHaveARead()
{
    std::set<int> covered;
    for (const auto &row : readOfEachPattern())
        covered.insert(static_cast<int>(row.first));
    for (ProfilePattern pattern : ProfilePatterns::all)
        QVERIFY2(covered.count(static_cast<int>(pattern)),
                 qPrintable(ProfilePatterns::key(pattern)));
}

void TestProfileMachine::seenFollowsWhatThePageReadAndShowed_data()
{
    QTest::addColumn<ProfilePattern>("pattern");
    QTest::addColumn<qint64>("nodeLsn");
    QTest::addColumn<qint64>("seenLsn");
    QTest::addColumn<qint64>("seenVersion");

    // A newer answer raises the floor; an older one leaves it (and the newest version shown).
    QTest::newRow("monotonic, newer")
        << ProfilePattern::Monotonic << qint64(60) << qint64(60) << qint64(6);
    QTest::newRow("monotonic, older")
        << ProfilePattern::Monotonic << qint64(40) << qint64(52) << qint64(5);
    QTest::newRow("naive, newer") << ProfilePattern::NaiveReplica << qint64(60) << qint64(60)
                                  << qint64(6);
    QTest::newRow("naive, older") << ProfilePattern::NaiveReplica << qint64(40) << qint64(52)
                                  << qint64(5);
}

void TestProfileMachine::seenFollowsWhatThePageReadAndShowed()
{
    QFETCH(ProfilePattern, pattern);
    QFETCH(qint64, nodeLsn);
    QFETCH(qint64, seenLsn);
    QFETCH(qint64, seenVersion);
    State s = at(Phase::Loading);
    s.pattern = pattern;
    s.seenLsn = 52;
    s.seenVersion = 5;
    s.shownVersion = 5;
    const qint64 version = nodeLsn > 52 ? 6 : 4;
    Step step = next(
        settings(), s,
        Input::readAnswer(ReadOutcome::Answered, {version, nodeLsn, 50, png}, {}, nowMs, nodeLsn));
    if (step.state.phase == Phase::Loading)
        step = next(settings(), step.state, Input::photoAnswer(true, version, {}, nowMs));
    QCOMPARE(nameOf(step.state.phase), nameOf(Phase::Idle));
    QCOMPARE(step.state.seenLsn, seenLsn);
    QCOMPARE(step.state.seenVersion, seenVersion);
    // Whatever happened, the monotonic page never shows an older version than it has shown.
    if (pattern == ProfilePattern::Monotonic)
        QVERIFY(step.state.shownVersion >= 5);
}

QTEST_APPLESS_MAIN(TestProfileMachine)
#include "tst_profilemachine.moc"
