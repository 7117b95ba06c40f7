#pragma once

#include "models/sync/syncstate.h"
#include "widgets/glyphpainter.h"

#include <QPalette>

// Glyph and colour for each SyncState: the one place that decides how a state looks, so badges,
// delegates, toasts and the announcer all agree. Its words come from SyncWords (models/sync).
class SyncStateStyle
{
public:
    static Glyph glyph(SyncState state);
    // Text and icon colour of the state on this palette's Window and Base (>= 4.5:1 on both).
    static QColor toneColor(SyncState state, const QPalette &palette);
    // A wait whose end we do not know yet: these get the delayed spinner.
    static bool isWaiting(SyncState state);

    static constexpr SyncState allStates[] = {SyncState::Pending,  SyncState::Confirmed,
                                              SyncState::Failed,   SyncState::Unknown,
                                              SyncState::Conflict, SyncState::Stale};
};
