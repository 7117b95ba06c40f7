#include "widgets/syncstatestyle.h"

#include "widgets/palettes.h"

QString SyncStateStyle::shortText(SyncState state, std::chrono::seconds age)
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
        return tr("Updated %1 s ago").arg(age.count());
    }
    return {};
}

QString SyncStateStyle::longText(SyncState state, const QString &itemName, std::chrono::seconds age)
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
        return age.count() == 1 ? tr("Showing data from 1 second ago.")
                                : tr("Showing data from %1 seconds ago.").arg(age.count());
    }
    return {};
}

QString SyncStateStyle::offlineShortText()
{
    return tr("Offline");
}

QString SyncStateStyle::offlineLongText()
{
    return tr("You're offline. Changes will be sent when you're back.");
}

Glyph SyncStateStyle::glyph(SyncState state)
{
    switch (state) {
    case SyncState::Pending:
        return Glyph::Hourglass;
    case SyncState::Confirmed:
        return Glyph::Check;
    case SyncState::Failed:
        return Glyph::Exclamation;
    case SyncState::Unknown:
        return Glyph::Question;
    case SyncState::Conflict:
        return Glyph::Conflict;
    case SyncState::Stale:
        return Glyph::Clock;
    }
    return Glyph::Info;
}

QColor SyncStateStyle::toneColor(SyncState state, const QPalette &palette)
{
    // Two hand-picked sets, checked by tst_syncstatestyle against both palettes' Window and Base.
    const bool dark = Palettes::isDark(palette);
    switch (state) {
    case SyncState::Pending:
        return dark ? QColor(0x8c, 0xb8, 0xf0) : QColor(0x1a, 0x5f, 0xb4);
    case SyncState::Confirmed:
        return dark ? QColor(0x6f, 0xcf, 0x8e) : QColor(0x1c, 0x6b, 0x36);
    case SyncState::Failed:
        return dark ? QColor(0xff, 0x8f, 0x85) : QColor(0xb0, 0x22, 0x1a);
    case SyncState::Unknown:
        return dark ? QColor(0xf2, 0xc2, 0x5c) : QColor(0x85, 0x4f, 0x00);
    case SyncState::Conflict:
        return dark ? QColor(0xd0, 0xa8, 0xf5) : QColor(0x74, 0x36, 0xa3);
    case SyncState::Stale:
        return dark ? QColor(0xbd, 0xbd, 0xbd) : QColor(0x5a, 0x5a, 0x5a);
    }
    return palette.color(QPalette::WindowText);
}

bool SyncStateStyle::isWaiting(SyncState state)
{
    return state == SyncState::Pending || state == SyncState::Unknown;
}
