#include "widgets/syncbadgepainter.h"
#include "models/sync/syncwords.h"

#include "widgets/glyphpainter.h"
#include "widgets/syncstatestyle.h"

#include <QFontMetrics>
#include <QPainter>

namespace {

constexpr int spacing = 6;

QString wordFor(SyncState state, const QString &text)
{
    return text.isEmpty() ? SyncWords::shortText(state) : text;
}

} // namespace

int SyncBadgePainter::iconSize(const QFontMetrics &metrics)
{
    return std::max(12, metrics.height());
}

QSize SyncBadgePainter::sizeHint(const QFontMetrics &metrics, SyncState state, const QString &text)
{
    const int icon = iconSize(metrics);
    return {icon + spacing + metrics.horizontalAdvance(wordFor(state, text)) + 2,
            std::max(icon, metrics.height()) + 4};
}

void SyncBadgePainter::paint(QPainter *painter, const QRect &rect, SyncState state,
                             const QPalette &palette, const QString &text, const Options &options)
{
    if (options.opacity <= 0)
        return;
    painter->save();
    painter->setOpacity(painter->opacity() * options.opacity);
    const QFontMetrics metrics = painter->fontMetrics();
    const QColor color = SyncBadgePainter::color(state, palette, options.selected);
    const int icon = iconSize(metrics);
    const QRect iconRect(rect.left(), rect.center().y() - icon / 2 + 1, icon, icon);
    GlyphPainter::paint(painter, QRectF(iconRect).adjusted(1, 1, -1, -1),
                        options.spinner ? Glyph::Spinner : SyncStateStyle::glyph(state), color,
                        options.spinnerAngle);
    const QRect textRect = rect.adjusted(icon + spacing, 0, 0, 0);
    painter->setPen(color);
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                      metrics.elidedText(wordFor(state, text), Qt::ElideRight, textRect.width()));
    painter->restore();
}

QColor SyncBadgePainter::color(SyncState state, const QPalette &palette, bool selected)
{
    return selected ? palette.color(QPalette::HighlightedText)
                    : SyncStateStyle::toneColor(state, palette);
}

QString SyncBadgePainter::accessibleText(SyncState state, const QString &text)
{
    return wordFor(state, text);
}

QString SyncBadgePainter::accessibleDescription(SyncState state, const QString &itemName,
                                                std::chrono::seconds age)
{
    return SyncWords::longText(state, itemName, age);
}
