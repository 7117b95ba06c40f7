#pragma once

#include <QSize>

// The component gallery's window: room for both palette columns side by side (1280×900), but
// never larger than the screen it opens on (available: the screen's free area; empty when
// unknown, e.g. offscreen).
QSize galleryWindowSize(const QSize &available);
