#pragma once

#include "models/sync/syncstate.h"
#include "widgets/glyphpainter.h"
#include "widgets/toastspec.h"

// How a toast style looks, shared by the toast itself and the notification history so that an
// error reads the same in both places.
namespace ToastStyle {
// Toast styles borrow the state tones, so "error" looks like "Couldn't save" everywhere.
SyncState tone(ToastSpec::Style style);
Glyph glyph(ToastSpec::Style style);
} // namespace ToastStyle
