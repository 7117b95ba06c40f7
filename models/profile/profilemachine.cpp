#include "models/profile/profilemachine.h"

#include <algorithm>

namespace ProfileMachine {

// ---- the table ----------------------------------------------------------------------------------

namespace {

using Kind = Input::Kind;

ReadConsistency consistencyFor(const State &s, qint64 nowMs)
{
    switch (s.pattern) {
    case ProfilePattern::NaiveReplica:
    case ProfilePattern::PollUntilFresh:
        return ReadConsistency::AnyReplica;
    case ProfilePattern::ReadYourWrites:
        return ReadConsistency::ReadYourWrites;
    case ProfilePattern::StickyPrimary:
        return s.stickyUntilMs >= 0 && nowMs < s.stickyUntilMs ? ReadConsistency::Primary
                                                               : ReadConsistency::AnyReplica;
    case ProfilePattern::Monotonic:
        return ReadConsistency::AtLeast;
    }
    return ReadConsistency::AnyReplica;
}

// Stay on one replica asks for at least what the page has seen (docs/profile.md says why not a
// pinned replica); the backend serves it from the lowest-numbered replica that has it.
Effect fetchFor(const State &s, qint64 nowMs)
{
    const ReadConsistency consistency = consistencyFor(s, nowMs);
    if (consistency == ReadConsistency::AtLeast)
        return Effect::fetch(consistency, std::max<qint64>(s.seenLsn, 0));
    return Effect::fetch(consistency);
}

Step stay(const State &s)
{
    return {s, {}};
}

// A read of the page starts: the first load, a reload, or Retry after it gave up. Poll-until-fresh
// keeps its promise on every reload while the own photo is not showing.
Step startRead(State s, qint64 nowMs)
{
    s.uploadId.clear(); // a failed or unresolved upload is no longer offered for Retry
    s.readBack = s.pattern == ProfilePattern::PollUntilFresh && s.ownVersion > 0
        && s.shownVersion < s.ownVersion;
    s.phase = s.readBack ? Phase::ReadingBack : Phase::Loading;
    s.polls = 0;
    s.savedNote = false;
    s.detail.clear();
    return {s, {fetchFor(s, nowMs)}};
}

// The upload in hand goes out with its key: the first time, or again on the person's Retry.
Step sendUpload(State s)
{
    s.phase = Phase::Uploading;
    s.checks = 0;
    s.previewShown = s.localPreview;
    s.readBack = false;
    s.polls = 0;
    s.savedNote = false;
    s.detail.clear();
    // Feedback in the same frame as the action, before the request.
    return {s, {Effect::notify(Notice::Started), Effect::send()}};
}

Step startUpload(State s, const Input &in)
{
    s.uploadId = in.correlationId;
    s.uploadBytes = in.photo.bytes;
    s.uploadType = in.photo.contentType;
    s.baselineVersion = s.shownVersion;
    return sendUpload(s);
}

// The server holds the upload: the page reads it back with the pattern.
Step saved(const Settings &settings, State s, const PhotoFacts &photo, qint64 nowMs, Effect notice)
{
    s.phase = Phase::ReadingBack;
    s.uploadId.clear();
    s.checks = 0;
    s.ownVersion = photo.version;
    s.ownLsn = photo.lsn;
    s.seenLsn = std::max(s.seenLsn, photo.lsn); // the session has seen its own write
    s.stickyUntilMs = nowMs + settings.stickyWindowMs;
    s.readBack = true;
    s.polls = 0;
    s.readsSinceUpload = 0;
    s.detail.clear();
    return {s, {notice, fetchFor(s, nowMs)}};
}

// The outcome is not known: wait for the upload's event, then look, within a bound.
Step check(const Settings &settings, State s, bool first)
{
    s.previewShown = false; // not known to be saved: the current photo stays
    if (s.checks >= settings.maxChecks) {
        s.phase = Phase::Unresolved;
        return {s, {Effect::notify(Notice::Unresolved)}};
    }
    ++s.checks;
    s.phase = Phase::Checking;
    Step step {s, {}};
    if (first) // later checks are the same story, told once
        step.effects.push_back(Effect::notify(Notice::Checking));
    step.effects.push_back(Effect::schedule(settings.checkBackoff.delay(s.checks).count()));
    return step;
}

bool isOwnUpload(const State &s, const Input &in)
{
    return !s.uploadId.isEmpty() && in.correlationId == s.uploadId;
}

// The newest photo on the primary is the upload: newer than what was shown, same bytes and type.
bool primaryHoldsUpload(const State &s, const PhotoFacts &photo)
{
    return photo.version > s.baselineVersion && photo.bytes == s.uploadBytes
        && photo.contentType == s.uploadType;
}

// Versions and LSNs start again from zero: what the machine knew of them means nothing now.
State forgetServerHistory(State s)
{
    s.ownVersion = 0;
    s.ownLsn = -1;
    s.stickyUntilMs = -1;
    s.baselineVersion = 0;
    s.seenLsn = -1;
    s.seenVersion = 0;
    return s;
}

Step onUploadAnswer(const Settings &settings, State s, const Input &in)
{
    const bool resend = s.phase == Phase::Resending;
    switch (in.write) {
    case WriteOutcome::Applied:
        return saved(settings, s, in.photo, in.nowMs, Effect::notify(Notice::Saved, in.replayed));
    case WriteOutcome::Conflict: // these routes take no If-Match: a refusal like any other
    case WriteOutcome::Rejected:
        s.phase = Phase::Refused;
        s.uploadId.clear();
        s.previewShown = false;
        s.detail = in.detail;
        return {s, {Effect::notify(Notice::Refused)}};
    case WriteOutcome::NotDelivered:
        if (resend) // this copy did not arrive, but the first one may have
            return check(settings, s, false);
        s.phase = Phase::NotSent;
        s.previewShown = false;
        s.detail = in.detail;
        return {s, {Effect::notify(Notice::NotSent)}};
    case WriteOutcome::StillProcessing:
    case WriteOutcome::Unknown:
        return check(settings, s, !resend);
    }
    return stay(s);
}

Step onReadAnswer(const Settings &settings, State s, const Input &in)
{
    const bool polling = s.pattern == ProfilePattern::PollUntilFresh && s.readBack;
    const bool morePauses = s.polls < settings.pollPausesMs.size();
    if (in.read != ReadOutcome::Answered) {
        // A failed poll is one more reason to wait, as long as the bound allows.
        if (polling && morePauses) {
            s.phase = Phase::Polling;
            const qint64 pause = settings.pollPausesMs.at(s.polls++);
            return {s, {Effect::schedule(pause)}};
        }
        s.phase = Phase::LoadFailed;
        s.previewShown = false;
        s.detail = in.detail;
        return {s, {Effect::notify(Notice::LoadFailed)}};
    }
    if (s.pattern == ProfilePattern::Monotonic && in.nodeLsn >= 0 && in.nodeLsn < s.seenLsn) {
        // Never accept an older answer: the page keeps what it shows (a backend reset is
        // told by its event, which starts over).
        s.phase = Phase::Idle;
        s.readBack = false;
        s.previewShown = false;
        s.savedNote = false;
        return {s, {Effect::notify(Notice::ReadServed), Effect::notify(Notice::OlderDiscarded)}};
    }
    s.seenLsn = std::max(s.seenLsn, in.nodeLsn);
    if (s.ownVersion > 0)
        ++s.readsSinceUpload;
    const bool stale = s.ownVersion > 0 && in.photo.version < s.ownVersion;
    if (polling && stale && morePauses) {
        s.phase = Phase::Polling;
        const qint64 pause = settings.pollPausesMs.at(s.polls++);
        return {s, {Effect::notify(Notice::ReadServed), Effect::schedule(pause)}};
    }
    if (polling && stale) {
        // Never present the older version as current: say plainly what is going on instead.
        s.phase = Phase::Stale;
        s.readBack = false;
        s.previewShown = false;
        return {s, {Effect::notify(Notice::ReadServed), Effect::notify(Notice::GaveUp)}};
    }
    // Whatever version the node believes is current is what the page presents (the naive bug).
    return {
        s,
        {Effect::notify(Notice::ReadServed), Effect::fetchPhoto(in.photo.version, in.photo.lsn)}};
}

Step onPhotoAnswer(State s, const Input &in)
{
    if (!in.ok) {
        s.phase = Phase::LoadFailed;
        s.previewShown = false;
        s.detail = in.detail;
        return {s, {Effect::notify(Notice::LoadFailed)}};
    }
    const bool afterUpload = s.readBack;
    const bool wentBack = in.photo.version < s.seenVersion;
    s.phase = Phase::Idle;
    s.shownVersion = in.photo.version;
    s.seenVersion = std::max(s.seenVersion, in.photo.version);
    s.previewShown = false;
    s.readBack = false;
    // The naive page believes an old version is current and says "Saved" all the same.
    s.savedNote = afterUpload;
    Step step {s, {Effect::show(in.photo.version)}};
    if (s.ownVersion > 0 && in.photo.version < s.ownVersion)
        step.effects.push_back(Effect::notify(Notice::OldShown));
    else if (afterUpload)
        step.effects.push_back(Effect::notify(Notice::OwnShown));
    if (wentBack)
        step.effects.push_back(Effect::notify(Notice::TimeTravel));
    return step;
}

// Nothing in flight: the person may reload, upload, retry what failed.
Step atRest(const Settings &settings, const State &s, const Input &in)
{
    switch (in.kind) {
    case Kind::Load:
        return startRead(s, in.nowMs);
    case Kind::Upload:
        return startUpload(s, in);
    case Kind::Retry:
        switch (s.phase) {
        case Phase::NotSent:
        case Phase::Unresolved:
            return sendUpload(s);
        case Phase::LoadFailed:
            if (s.readBack) {
                // The upload is saved; only its read-back failed: read back again, same story.
                State again = s;
                again.phase = Phase::ReadingBack;
                again.polls = 0;
                again.detail.clear();
                return {again, {fetchFor(again, in.nowMs)}};
            }
            return startRead(s, in.nowMs);
        case Phase::Stale:
            return startRead(s, in.nowMs);
        default:
            return stay(s);
        }
    case Kind::Accepted:
        // A late event (the stream caught up) still settles an upload that was left unresolved.
        if (isOwnUpload(s, in))
            return saved(settings, s, in.photo, in.nowMs, Effect::notify(Notice::SavedByEvent));
        return stay(s);
    case Kind::DataReset:
        return startRead(forgetServerHistory(s), in.nowMs);
    case Kind::UploadAnswer:
    case Kind::ReadAnswer:
    case Kind::PhotoAnswer:
    case Kind::ReplicaApplied:
    case Kind::TimerDue:
        return stay(s);
    }
    return stay(s);
}

// An upload is unsettled (Uploading, Checking, ReadingPrimary, Resending).
Step whileUploading(const Settings &settings, const State &s, const Input &in)
{
    switch (in.kind) {
    case Kind::Upload:
        return {s, {Effect::notify(Notice::Busy)}};
    case Kind::Accepted:
        if (isOwnUpload(s, in))
            return saved(settings, s, in.photo, in.nowMs, Effect::notify(Notice::SavedByEvent));
        return stay(s);
    case Kind::UploadAnswer:
        if (s.phase == Phase::Uploading || s.phase == Phase::Resending)
            return onUploadAnswer(settings, s, in);
        return stay(s);
    case Kind::TimerDue:
        if (s.phase == Phase::Checking) {
            State look = s;
            look.phase = Phase::ReadingPrimary;
            return {look, {Effect::fetch(ReadConsistency::Primary)}};
        }
        return stay(s);
    case Kind::ReadAnswer:
        if (s.phase != Phase::ReadingPrimary)
            return stay(s);
        if (in.read == ReadOutcome::Answered && primaryHoldsUpload(s, in.photo))
            return saved(settings, s, in.photo, in.nowMs, Effect::notify(Notice::SavedByReadBack));
        if (in.read == ReadOutcome::Answered) {
            // Not there (or not recognisable): the same key either lands it or replays it.
            State again = s;
            again.phase = Phase::Resending;
            return {again, {Effect::send()}};
        }
        return check(settings, s, false);
    case Kind::DataReset:
        // The answer (or the check's resend with the same key) still decides.
        return stay(forgetServerHistory(s));
    case Kind::Load: // the upload's own read-back follows; a second read now would only race it
    case Kind::Retry:
    case Kind::PhotoAnswer:
    case Kind::ReplicaApplied:
        return stay(s);
    }
    return stay(s);
}

// A read of the page is in flight or due (Loading, ReadingBack, Polling).
Step whileReading(const Settings &settings, const State &s, const Input &in)
{
    const bool waiting = s.phase == Phase::Polling;
    switch (in.kind) {
    case Kind::Load:
        return startRead(s, in.nowMs);
    case Kind::Upload:
        return startUpload(s, in);
    case Kind::ReadAnswer:
        return waiting ? stay(s) : onReadAnswer(settings, s, in);
    case Kind::PhotoAnswer:
        return waiting ? stay(s) : onPhotoAnswer(s, in);
    case Kind::TimerDue:
        if (!waiting)
            return stay(s);
        break;
    case Kind::ReplicaApplied:
        // A replica has the upload now: read at once instead of sleeping out the pause.
        if (!waiting || s.ownLsn <= 0 || in.photo.lsn < s.ownLsn)
            return stay(s);
        break;
    case Kind::DataReset:
        return startRead(forgetServerHistory(s), in.nowMs);
    case Kind::Retry:
    case Kind::UploadAnswer:
    case Kind::Accepted:
        return stay(s);
    }
    State again = s;
    again.phase = Phase::ReadingBack;
    return {again, {fetchFor(again, in.nowMs)}};
}

} // namespace

Step next(const Settings &settings, const State &state, const Input &input)
{
    switch (state.phase) {
    case Phase::Idle:
    case Phase::Refused:
    case Phase::NotSent:
    case Phase::Unresolved:
    case Phase::LoadFailed:
    case Phase::Stale:
        return atRest(settings, state, input);
    case Phase::Uploading:
    case Phase::Checking:
    case Phase::ReadingPrimary:
    case Phase::Resending:
        return whileUploading(settings, state, input);
    case Phase::Loading:
    case Phase::ReadingBack:
    case Phase::Polling:
        return whileReading(settings, state, input);
    }
    return stay(state);
}

Activity activityOf(Phase phase)
{
    switch (phase) {
    case Phase::Idle:
    case Phase::Refused:
    case Phase::NotSent:
    case Phase::Unresolved:
    case Phase::LoadFailed:
    case Phase::Stale:
        return Activity::Idle;
    case Phase::Loading:
        return Activity::Loading;
    case Phase::Uploading:
        return Activity::Uploading;
    case Phase::Checking:
    case Phase::ReadingPrimary:
    case Phase::Resending:
        return Activity::Checking;
    case Phase::ReadingBack:
        return Activity::ReadingBack;
    case Phase::Polling:
        return Activity::Polling;
    }
    return Activity::Idle;
}

SyncState syncStateOf(Phase phase)
{
    switch (phase) {
    case Phase::Idle:
    case Phase::Loading:
        return SyncState::Confirmed;
    case Phase::Uploading:
    case Phase::ReadingBack:
    case Phase::Polling:
        return SyncState::Pending;
    case Phase::Checking:
    case Phase::ReadingPrimary:
    case Phase::Resending:
    case Phase::Unresolved:
        return SyncState::Unknown;
    case Phase::Refused:
    case Phase::NotSent:
    case Phase::LoadFailed:
        return SyncState::Failed;
    case Phase::Stale:
        return SyncState::Stale;
    }
    return SyncState::Confirmed;
}

bool canRetry(Phase phase)
{
    return phase == Phase::NotSent || phase == Phase::Unresolved || phase == Phase::LoadFailed
        || phase == Phase::Stale;
}

bool isUploadUnsettled(Phase phase)
{
    return activityOf(phase) == Activity::Uploading || activityOf(phase) == Activity::Checking;
}

} // namespace ProfileMachine
