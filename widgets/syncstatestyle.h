#pragma once

#include "models/sync/syncstate.h"
#include "widgets/glyphpainter.h"

#include <QCoreApplication>
#include <QPalette>
#include <QString>

#include <chrono>

// Words, glyph and colour for each SyncState: the one place that decides how a state looks and
// reads, so badges, delegates, toasts and the announcer all agree (ARCHITECTURE.md word table).
class SyncStateStyle
{
    Q_DECLARE_TR_FUNCTIONS(SyncStateStyle)

public:
    // "Saving…", "Saved", "Couldn't save · Retry", "Checking…", "Changed elsewhere",
    // "Updated 3 s ago" (age only matters for Stale).
    static QString shortText(SyncState state, std::chrono::seconds age = {});
    // The sentence for descriptions and tooltips; itemName fills "We couldn't save "Blue Chair"."
    static QString longText(SyncState state, const QString &itemName = {},
                            std::chrono::seconds age = {});
    // Offline is a connection state, not a SyncState, but people see it next to the badges.
    static QString offlineShortText();
    static QString offlineLongText();

    static Glyph glyph(SyncState state);
    // Text and icon colour of the state on this palette's Window and Base (>= 4.5:1 on both).
    static QColor toneColor(SyncState state, const QPalette &palette);
    // A wait whose end we do not know yet: these get the delayed spinner.
    static bool isWaiting(SyncState state);

    static constexpr SyncState allStates[] = {SyncState::Pending,  SyncState::Confirmed,
                                              SyncState::Failed,   SyncState::Unknown,
                                              SyncState::Conflict, SyncState::Stale};
};
