#pragma once

#include <QMetaType>

// The one vocabulary for "how sure are we that what the person sees is what the server holds".
// Models, badges, delegates, toasts and the timeline all speak it.
enum class SyncState {
    Confirmed, // the server holds what is shown
    Pending, // the person's change is on its way
    Failed, // the change was refused and what is shown went back to the server's value
    Unknown, // the answer was lost: we are checking whether the change arrived
    Conflict, // somebody else changed it in the meantime
    Stale, // what is shown is older than the staleness bound
};
Q_DECLARE_METATYPE(SyncState)

// Whether a state asks the person for nothing and may quietly fade.
constexpr bool isSettled(SyncState state)
{
    return state == SyncState::Confirmed;
}
