#include "models/profile/profilewords.h"

using ProfileMachine::Phase;

QString ProfileWords::status(const ProfileMachine::State &state, const QString &name)
{
    switch (state.phase) {
    case Phase::Idle:
        return state.savedNote ? tr("Saved") : QString();
    case Phase::Loading:
        return {};
    case Phase::Uploading:
        return tr("Uploading…");
    case Phase::Checking:
    case Phase::ReadingPrimary:
    case Phase::Resending:
        return tr("We're checking whether “%1” arrived.").arg(name);
    case Phase::ReadingBack:
        return tr("Saved. Loading your profile…");
    case Phase::Polling:
        return tr("Saved. Waiting for your new photo to appear…");
    case Phase::Refused:
        return tr("The server refused “%1”: %2").arg(name, state.detail);
    case Phase::NotSent:
        return tr("Couldn't upload “%1”. Your current photo stays. %2")
            .arg(name, state.detail)
            .trimmed();
    case Phase::Unresolved:
        return tr("We're not sure “%1” arrived. Retry sends it again safely.").arg(name);
    case Phase::LoadFailed:
        return (state.readBack
                    ? tr("Your photo is saved, but the page couldn't reload. %1").arg(state.detail)
                    : tr("Couldn't load your profile. %1").arg(state.detail))
            .trimmed();
    case Phase::Stale:
        return tr("Your new photo is saved, but it isn't showing here yet. Reload in a moment.");
    }
    return {};
}

QString ProfileWords::preview(const ProfileMachine::State &state)
{
    if (!state.previewShown)
        return {};
    if (state.phase == Phase::Uploading)
        return tr("Uploading…");
    return tr("Saved. Waiting for the server's copy…");
}

QString ProfileWords::node(const QString &servedBy)
{
    if (servedBy == QLatin1String("primary"))
        return tr("the primary");
    if (servedBy.startsWith(QLatin1String("replica-")))
        return tr("replica %1").arg(servedBy.mid(8));
    return servedBy;
}
