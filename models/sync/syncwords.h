#pragma once

#include "models/sync/syncstate.h"

#include <QCoreApplication>
#include <QString>

#include <chrono>

// The one table of words a person reads for a sync state (docs/sync.md). Models, badges,
// delegates, toasts, the announcer and the timeline all take their words from here, so
// "Saving…" means the same on every screen.
class SyncWords
{
    Q_DECLARE_TR_FUNCTIONS(SyncWords)

public:
    // Used when a stale value's age is not known.
    static constexpr std::chrono::seconds unknownAge {-1};

    // "Saving…", "Saved", "Couldn't save · Retry", "Checking…", "Changed elsewhere",
    // "Updated 3 s ago" (age only matters for Stale).
    static QString shortText(SyncState state, std::chrono::seconds age = unknownAge);
    // The sentence for descriptions and tooltips; itemName fills "We couldn't save "Blue Chair"."
    static QString longText(SyncState state, const QString &itemName = {},
                            std::chrono::seconds age = unknownAge);

    // Offline is a connection state, not a SyncState, but people see it next to the badges.
    static QString offlineShortText();
    static QString offlineLongText();

    // A money transfer the bank is still working on, within and past its expected time.
    static QString inProgressShortText();
    static QString inProgressLongText(std::chrono::seconds expected);
    static QString slowShortText();
    static QString slowLongText();
};
