#pragma once

#include "glyphpainter.h"
#include "models/syncstate.h"
#include "toastspec.h"

// How a toast style looks, shared by the toast itself and the notification history so that an
// error reads the same in both places.
namespace ToastStyle {
// Toast styles borrow the state tones, so "error" looks like "Couldn't save" everywhere.
SyncState tone(ToastSpec::Style style);
Glyph glyph(ToastSpec::Style style);
} // namespace ToastStyle
