#include "models/sync/syncwords.h"

using namespace std::chrono_literals;

QString SyncWords::shortText(SyncState state, std::chrono::seconds age)
{
    switch (state) {
    case SyncState::Pending:
        return tr("Saving…");
    case SyncState::Confirmed:
        return tr("Saved");
    case SyncState::Failed:
        return tr("Couldn't save · Retry");
    case SyncState::Unknown:
        return tr("Checking…");
    case SyncState::Conflict:
        return tr("Changed elsewhere");
    case SyncState::Stale:
        if (age < 0s)
            return tr("Updated a while ago");
        return tr("Updated %1 s ago").arg(age.count());
    }
    return {};
}

QString SyncWords::longText(SyncState state, const QString &itemName, std::chrono::seconds age)
{
    switch (state) {
    case SyncState::Pending:
        return tr("Saving your change…");
    case SyncState::Confirmed:
        return tr("All changes saved");
    case SyncState::Failed:
        return itemName.isEmpty()
            ? tr("We couldn't save your change. It's back as it was.")
            : tr("We couldn't save \"%1\". It's back as it was.").arg(itemName);
    case SyncState::Unknown:
        return tr("We're checking whether your change arrived.");
    case SyncState::Conflict:
        return tr("Changed on another device a moment ago.");
    case SyncState::Stale:
        if (age < 0s)
            return tr("Showing data that may be out of date.");
        return tr("Showing data from %n second(s) ago.", nullptr, static_cast<int>(age.count()));
    }
    return {};
}

QString SyncWords::offlineShortText()
{
    return tr("Offline");
}

QString SyncWords::offlineLongText()
{
    return tr("You're offline. Changes will be sent when you're back.");
}

QString SyncWords::inProgressShortText()
{
    return tr("In progress");
}

QString SyncWords::inProgressLongText(std::chrono::seconds expected)
{
    if (expected == 3s)
        return tr("This usually takes 2 to 3 seconds.");
    return tr("This usually takes up to %n second(s).", nullptr,
              static_cast<int>(expected.count()));
}

QString SyncWords::slowShortText()
{
    return tr("Taking longer than usual");
}

QString SyncWords::slowLongText()
{
    return tr("You can leave this screen; we'll tell you when it's done.");
}
