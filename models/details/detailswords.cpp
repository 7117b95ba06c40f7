#include "models/details/detailswords.h"

#include "models/sync/syncwords.h"

using namespace DetailsMachine;
using namespace Qt::StringLiterals;

namespace {
// The simulated other device of the control room (the backend's own name for it).
constexpr auto otherDevice = "other-device";
} // namespace

QString DetailsWords::writer(const QString &updatedBy, const QString &ownClientId)
{
    if (updatedBy.isEmpty())
        return tr("nobody yet");
    if (updatedBy == ownClientId)
        return tr("you");
    if (updatedBy == QLatin1String(otherDevice))
        return tr("another device");
    return tr("another session");
}

QString DetailsWords::status(const State &state, const QString &ownClientId)
{
    switch (state.phase) {
    case Phase::Idle:
        if (state.server.version > 0 && !state.server.updatedBy.isEmpty()
            && state.server.updatedBy != ownClientId)
            return tr("Last changed by %1.").arg(writer(state.server.updatedBy, ownClientId));
        return {};
    case Phase::Saving:
        return SyncWords::longText(SyncState::Pending);
    case Phase::Checking:
        return SyncWords::longText(SyncState::Unknown);
    case Phase::Conflict:
        return tr("Changed by %1 while you were editing. Decide which version to keep.")
            .arg(writer(state.theirs.updatedBy, ownClientId));
    case Phase::Refused:
        return state.detail.isEmpty()
            ? tr("Couldn't save your contact details.")
            : tr("Couldn't save your contact details: %1").arg(state.detail);
    }
    return {};
}

QString DetailsWords::announcement(Notice notice, const State &state)
{
    switch (notice) {
    case Notice::Saved:
        return tr("Contact details saved.");
    case Notice::Checking:
        return SyncWords::longText(SyncState::Unknown);
    case Notice::Conflict:
        return tr("Your contact details were changed somewhere else. Choose which version to "
                  "keep.");
    case Notice::Refused:
        return status(state, {});
    case Notice::ChangedElsewhere:
        return tr("Your contact details were changed on another device.");
    case Notice::TookTheirs:
        return tr("Kept the other version of your contact details.");
    case Notice::Overwrote:
        return {}; // last write wins does not know what it lost; only the telemetry says so
    }
    return {};
}

QString DetailsWords::patternTitle(Pattern pattern)
{
    switch (pattern) {
    case Pattern::AskOnConflict:
        return tr("Ask me which to keep");
    case Pattern::LastWriteWins:
        return tr("Last write wins");
    }
    return {};
}

QString DetailsWords::patternExplanation(Pattern pattern)
{
    switch (pattern) {
    case Pattern::AskOnConflict:
        return tr("Each save says which version it was based on. If it changed elsewhere "
                  "meanwhile, you see both and decide.");
    case Pattern::LastWriteWins:
        return tr("Each save simply replaces what is there. A change made elsewhere meanwhile is "
                  "lost without anyone noticing.");
    }
    return {};
}
