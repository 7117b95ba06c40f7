#include "widgets/glyphpainter.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace {

void drawCenteredText(QPainter *p, const QRectF &r, const QString &text)
{
    QFont font = p->font();
    font.setBold(true);
    font.setPixelSize(std::max(6, qRound(r.height() * 0.62)));
    p->setFont(font);
    p->drawText(r, Qt::AlignCenter, text);
}

void drawArrow(QPainter *p, QPointF from, QPointF to, qreal head)
{
    p->drawLine(from, to);
    const qreal dir = to.x() > from.x() ? -1 : 1;
    p->drawLine(to, to + QPointF(dir * head, -head * 0.8));
    p->drawLine(to, to + QPointF(dir * head, head * 0.8));
}

} // namespace

void GlyphPainter::paint(QPainter *painter, const QRectF &rect, Glyph glyph, const QColor &color,
                         qreal spinnerAngle)
{
    const qreal side = std::min(rect.width(), rect.height());
    const QRectF r(rect.center().x() - side / 2, rect.center().y() - side / 2, side, side);
    const qreal stroke = std::max(1.5, side / 9.0);
    const QRectF ring = r.adjusted(stroke / 2, stroke / 2, -stroke / 2, -stroke / 2);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(color, stroke, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);

    switch (glyph) {
    case Glyph::Hourglass: {
        const qreal l = r.left() + side * 0.22, rr = r.right() - side * 0.22;
        const qreal t = r.top() + side * 0.12, b = r.bottom() - side * 0.12;
        QPainterPath path;
        path.moveTo(l, t);
        path.lineTo(rr, t);
        path.lineTo(r.center().x(), r.center().y());
        path.lineTo(rr, b);
        path.lineTo(l, b);
        path.lineTo(r.center().x(), r.center().y());
        path.closeSubpath();
        painter->drawPath(path);
        // Sand in the lower bulb, so the shape reads as "time passing" even when tiny.
        QPainterPath sand;
        sand.moveTo(r.center().x(), b - side * 0.22);
        sand.lineTo(rr - side * 0.08, b);
        sand.lineTo(l + side * 0.08, b);
        sand.closeSubpath();
        painter->fillPath(sand, color);
        break;
    }
    case Glyph::Spinner: {
        QColor faint = color;
        faint.setAlphaF(0.3f);
        painter->setPen(QPen(faint, stroke));
        painter->drawEllipse(ring);
        painter->setPen(pen);
        // Qt angles are in 1/16 degree, counter-clockwise; spin clockwise.
        painter->drawArc(ring, qRound(-spinnerAngle * 16), 100 * 16);
        break;
    }
    case Glyph::Check:
        painter->drawEllipse(ring);
        painter->drawPolyline(QPolygonF({QPointF(r.left() + side * 0.28, r.top() + side * 0.52),
                                         QPointF(r.left() + side * 0.44, r.top() + side * 0.68),
                                         QPointF(r.left() + side * 0.72, r.top() + side * 0.34)}));
        break;
    case Glyph::Exclamation: {
        // A filled circle (unlike Check and Question): failure stands out by shape as well.
        // The mark is a hole (odd-even fill), so it works on any background.
        const qreal w = stroke * 1.1;
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        path.addEllipse(r.adjusted(side * 0.02, side * 0.02, -side * 0.02, -side * 0.02));
        path.addRoundedRect(QRectF(r.center().x() - w / 2, r.top() + side * 0.2, w, side * 0.38),
                            w / 2, w / 2);
        path.addEllipse(QPointF(r.center().x(), r.top() + side * 0.75), w * 0.6, w * 0.6);
        painter->fillPath(path, color);
        break;
    }
    case Glyph::Question:
        painter->drawEllipse(ring);
        drawCenteredText(painter, r, QStringLiteral("?"));
        break;
    case Glyph::Info:
        painter->drawEllipse(ring);
        drawCenteredText(painter, r, QStringLiteral("i"));
        break;
    case Glyph::Conflict: {
        const qreal head = side * 0.2;
        drawArrow(painter, QPointF(r.left() + side * 0.12, r.top() + side * 0.32),
                  QPointF(r.right() - side * 0.12, r.top() + side * 0.32), head);
        drawArrow(painter, QPointF(r.right() - side * 0.12, r.top() + side * 0.7),
                  QPointF(r.left() + side * 0.12, r.top() + side * 0.7), head);
        break;
    }
    case Glyph::Clock:
        painter->drawEllipse(ring);
        painter->drawPolyline(QPolygonF({QPointF(r.center().x(), r.top() + side * 0.24), r.center(),
                                         QPointF(r.left() + side * 0.7, r.top() + side * 0.64)}));
        break;
    case Glyph::Offline: {
        // Two link halves with a gap and a slash: "the connection is cut".
        const qreal y = r.center().y();
        painter->drawLine(QPointF(r.left() + side * 0.08, y), QPointF(r.left() + side * 0.36, y));
        painter->drawLine(QPointF(r.right() - side * 0.36, y), QPointF(r.right() - side * 0.08, y));
        painter->drawLine(QPointF(r.left() + side * 0.36, y - side * 0.14),
                          QPointF(r.left() + side * 0.36, y + side * 0.14));
        painter->drawLine(QPointF(r.right() - side * 0.36, y - side * 0.14),
                          QPointF(r.right() - side * 0.36, y + side * 0.14));
        painter->drawLine(QPointF(r.left() + side * 0.62, r.top() + side * 0.12),
                          QPointF(r.left() + side * 0.38, r.bottom() - side * 0.12));
        break;
    }
    case Glyph::Close: {
        const qreal m = side * 0.26;
        painter->drawLine(r.topLeft() + QPointF(m, m), r.bottomRight() - QPointF(m, m));
        painter->drawLine(r.topRight() + QPointF(-m, m), r.bottomLeft() + QPointF(m, -m));
        break;
    }
    }
    painter->restore();
}

QPixmap GlyphPainter::pixmap(Glyph glyph, const QColor &color, int size, qreal devicePixelRatio)
{
    QPixmap pm(QSize(size, size) * devicePixelRatio);
    pm.setDevicePixelRatio(devicePixelRatio);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    paint(&p, QRectF(0, 0, size, size), glyph, color);
    return pm;
}
