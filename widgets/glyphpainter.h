#pragma once

#include <QColor>
#include <QPixmap>
#include <QRectF>

class QPainter;

// The kit's icons, drawn as vector shapes in one colour so they follow the palette and stay sharp
// at any scale. Each glyph has a distinct shape: state is never told by colour alone.
enum class Glyph {
    Hourglass, // waiting (Saving…)
    Spinner, // waiting long enough to show motion; angle given by the caller
    Check, // done (Saved, success toast)
    Exclamation, // failed (Couldn't save, error toast)
    Question, // outcome unknown (Checking…)
    Conflict, // changed elsewhere: two opposing arrows
    Clock, // stale data
    Info, // information toast
    Offline, // connection lost: a cut link
    Close, // dismiss button
};

class GlyphPainter
{
public:
    // Draws the glyph centred in rect, square, in color. spinnerAngle (degrees) only for Spinner.
    static void paint(QPainter *painter, const QRectF &rect, Glyph glyph, const QColor &color,
                      qreal spinnerAngle = 0);
    static QPixmap pixmap(Glyph glyph, const QColor &color, int size, qreal devicePixelRatio = 1);
};
