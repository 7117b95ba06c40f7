#include "models/details/detailsmachine.h"

namespace DetailsMachine {

Input Input::loaded(const Details &details, bool byOtherClient)
{
    Input in {Kind::Loaded, details};
    in.byOtherClient = byOtherClient;
    return in;
}

Input Input::edit()
{
    return {Kind::Edit};
}

Input Input::revert()
{
    return {Kind::Revert};
}

Input Input::save(const QString &name, const QString &email, const QString &key)
{
    return {Kind::Save, {}, name, email, key};
}

Input Input::answer(WriteOutcome outcome, const Details &details, const QString &detail)
{
    Input in {Kind::Answer, details};
    in.outcome = outcome;
    in.detail = detail;
    return in;
}

Input Input::timerDue()
{
    return {Kind::TimerDue};
}

Input Input::keepMine(const QString &key)
{
    Input in {Kind::KeepMine};
    in.key = key;
    return in;
}

Input Input::takeTheirs()
{
    return {Kind::TakeTheirs};
}

Input Input::saveMerged(const QString &name, const QString &email, const QString &key)
{
    return {Kind::SaveMerged, {}, name, email, key};
}

Input Input::changedElsewhere()
{
    return {Kind::ChangedElsewhere};
}

Input Input::dataReset()
{
    return {Kind::DataReset};
}

namespace {

bool inFlight(Phase phase)
{
    return phase == Phase::Saving || phase == Phase::Checking;
}

void forgetSave(State &s)
{
    s.draftName.clear();
    s.draftEmail.clear();
    s.basedOn = 0;
    s.conditional = false;
    s.key.clear();
    s.resends = 0;
    s.theirs = {};
    s.detail.clear();
    s.editBase = 0;
}

void adopt(State &s, const Details &details)
{
    if (details.version > s.server.version)
        s.server = details;
}

// A new write of the draft, decided by the person after a conflict: against the version the
// server holds now, so a further change elsewhere is caught again.
Step resolveByWriting(State s, const QString &key)
{
    s.basedOn = s.theirs.version;
    s.conditional = true;
    s.key = key;
    s.resends = 0;
    s.theirs = {};
    s.phase = Phase::Saving;
    return {s, {Effect::send()}};
}

Step onAnswer(const Settings &settings, State s, const Input &in)
{
    switch (in.outcome) {
    case WriteOutcome::Applied: {
        // Without If-Match every version between the one edited and ours was replaced unseen.
        const qint64 between = in.details.version - s.basedOn - 1;
        s.overwritten = !s.conditional && s.basedOn > 0 && between > 0 ? between : 0;
        adopt(s, in.details);
        forgetSave(s);
        s.phase = Phase::Idle;
        std::vector<Effect> effects {Effect::notify(Notice::Saved)};
        if (s.overwritten > 0)
            effects.push_back(Effect::notify(Notice::Overwrote));
        if (in.details.version == 0)
            effects.push_back(Effect::fetch()); // saved, but the answer did not say as what
        return {s, effects};
    }
    case WriteOutcome::Conflict: {
        s.phase = Phase::Conflict;
        s.key.clear();
        s.resends = 0;
        s.theirs = in.details;
        adopt(s, in.details);
        // Without the current version in the answer there is nothing to show yet: read it.
        Effect show = in.details.version > 0 ? Effect::ask() : Effect::fetch();
        return {s, {Effect::notify(Notice::Conflict), show}};
    }
    case WriteOutcome::Rejected:
        s.phase = Phase::Refused;
        s.key.clear();
        s.resends = 0;
        s.detail = in.detail;
        return {s, {Effect::notify(Notice::Refused)}};
    case WriteOutcome::NotDelivered:
    case WriteOutcome::StillProcessing:
        ++s.resends;
        return {s, {Effect::schedule(settings.resendBackoff.delay(s.resends).count())}};
    case WriteOutcome::Unknown: {
        std::vector<Effect> effects;
        if (s.phase == Phase::Saving)
            effects.push_back(Effect::notify(Notice::Checking));
        s.phase = Phase::Checking;
        ++s.resends;
        effects.push_back(Effect::schedule(settings.resendBackoff.delay(s.resends).count()));
        return {s, effects};
    }
    }
    return {s, {}};
}

Step onLoaded(State s, const Input &in)
{
    std::vector<Effect> effects;
    if (s.phase == Phase::Conflict && in.details.version > s.theirs.version) {
        s.theirs = in.details;
        effects.push_back(Effect::ask());
    }
    const bool news = in.details.version > s.server.version;
    const bool hadOne = s.server.version > 0;
    adopt(s, in.details);
    if (news && hadOne && in.byOtherClient && s.phase == Phase::Idle)
        effects.push_back(Effect::notify(Notice::ChangedElsewhere));
    return {s, effects};
}

} // namespace

Step next(const Settings &settings, const State &state, const Input &in)
{
    State s = state;
    switch (in.kind) {
    case Input::Kind::Loaded:
        return onLoaded(s, in);
    case Input::Kind::Edit:
        if (s.editBase == 0)
            s.editBase = s.server.version;
        return {s, {}};
    case Input::Kind::Revert:
        s.editBase = 0;
        if (s.phase == Phase::Refused) {
            forgetSave(s);
            s.phase = Phase::Idle;
        }
        return {s, {}};
    case Input::Kind::Save:
        if (inFlight(s.phase) || s.phase == Phase::Conflict)
            return {s, {}}; // one save at a time; a conflict is answered in its dialog
        s.draftName = in.name;
        s.draftEmail = in.email;
        s.basedOn = s.editBase > 0 ? s.editBase : s.server.version;
        s.conditional = s.pattern == Pattern::AskOnConflict;
        s.key = in.key;
        s.resends = 0;
        s.detail.clear();
        s.phase = Phase::Saving;
        return {s, {Effect::send()}};
    case Input::Kind::Answer:
        if (!inFlight(s.phase))
            return {s, {}};
        return onAnswer(settings, s, in);
    case Input::Kind::TimerDue:
        if (!inFlight(s.phase))
            return {s, {}};
        return {s, {Effect::send()}};
    case Input::Kind::KeepMine:
        if (s.phase != Phase::Conflict || s.theirs.version == 0)
            return {s, {}};
        return resolveByWriting(s, in.key);
    case Input::Kind::SaveMerged:
        if (s.phase != Phase::Conflict || s.theirs.version == 0)
            return {s, {}};
        s.draftName = in.name;
        s.draftEmail = in.email;
        return resolveByWriting(s, in.key);
    case Input::Kind::TakeTheirs:
        if (s.phase != Phase::Conflict || s.theirs.version == 0)
            return {s, {}};
        adopt(s, s.theirs);
        forgetSave(s);
        s.phase = Phase::Idle;
        return {s, {Effect::notify(Notice::TookTheirs)}};
    case Input::Kind::ChangedElsewhere:
        return {s, {Effect::fetch()}};
    case Input::Kind::DataReset: {
        // Whatever was in hand refers to versions that no longer exist; only the choice stays.
        State fresh;
        fresh.pattern = s.pattern;
        return {fresh, {Effect::fetch()}};
    }
    }
    return {s, {}};
}

SyncState syncState(Phase phase)
{
    switch (phase) {
    case Phase::Idle:
        return SyncState::Confirmed;
    case Phase::Saving:
        return SyncState::Pending;
    case Phase::Checking:
        return SyncState::Unknown;
    case Phase::Conflict:
        return SyncState::Conflict;
    case Phase::Refused:
        return SyncState::Failed;
    }
    return SyncState::Confirmed;
}

QString shownName(const State &state)
{
    return state.phase == Phase::Idle ? state.server.name : state.draftName;
}

QString shownEmail(const State &state)
{
    return state.phase == Phase::Idle ? state.server.email : state.draftEmail;
}

} // namespace DetailsMachine
