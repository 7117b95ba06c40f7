#include "widgets/syncstatestyle.h"

#include "widgets/palettes.h"

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
