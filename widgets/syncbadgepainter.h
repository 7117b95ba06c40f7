#pragma once

#include "models/sync/syncstate.h"
#include "models/sync/syncwords.h"

#include <QPalette>
#include <QRect>
#include <QSize>
#include <QString>

#include <chrono>

class QFontMetrics;
class QPainter;

struct SyncBadgePaintOptions
{
    qreal opacity = 1.0; // the fade of "Saved"
    bool spinner = false; // replace the static icon by the spinner
    qreal spinnerAngle = 0; // degrees
    bool selected = false; // drawn on Highlight: use HighlightedText instead of the tone
};

// Paints a sync-state badge (icon + word) anywhere: SyncBadge uses it, and screens call it from
// their own item delegates so list rows and standalone badges look identical.
class SyncBadgePainter
{
public:
    using Options = SyncBadgePaintOptions;

    // text overrides the state's short word (e.g. "Updated 12 s ago"); empty means the default.
    static QSize sizeHint(const QFontMetrics &metrics, SyncState state, const QString &text = {});
    static void paint(QPainter *painter, const QRect &rect, SyncState state,
                      const QPalette &palette, const QString &text = {},
                      const Options &options = {});
    // What Qt::AccessibleTextRole of a row or a badge's accessible name should carry.
    // The colour of the glyph and the word: the state's tone, or HighlightedText on a selected row.
    static QColor color(SyncState state, const QPalette &palette, bool selected);
    static QString accessibleText(SyncState state, const QString &text = {});
    // What Qt::AccessibleDescriptionRole should carry: the longer sentence.
    static QString accessibleDescription(SyncState state, const QString &itemName = {},
                                         std::chrono::seconds age = SyncWords::unknownAge);

    static int iconSize(const QFontMetrics &metrics);
};
