#include "app/gallerysize.h"

QSize galleryWindowSize(const QSize &available)
{
    const QSize preferred(1280, 900);
    if (available.isEmpty())
        return preferred;
    // A little margin for the window frame and a panel.
    return preferred.boundedTo(available * 0.95);
}
