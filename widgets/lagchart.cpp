#include "widgets/lagchart.h"

#include "models/session/replicalagseries.h"
#include "widgets/palettes.h"

#include <QAccessible>
#include <QEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <array>
#include <cmath>

namespace {

QString seconds(qint64 ms)
{
    return LagChart::tr("%L1 s").arg(std::max<qint64>(0, ms) / 1000.0, 0, 'f', 1);
}

struct Look
{
    Qt::PenStyle pen;
    int marker; // 0 circle, 1 square, 2 triangle, 3 diamond
};

// Patterns first, colours second: the chart must still read in greyscale.
constexpr std::array<Look, 4> looks {{
    {Qt::SolidLine, 0},
    {Qt::DashLine, 1},
    {Qt::DotLine, 2},
    {Qt::DashDotLine, 3},
}};

QColor lineColor(int slot, bool dark)
{
    // Okabe–Ito hues, distinguishable with the common colour-vision deficiencies; lighter
    // variants on dark backgrounds to keep contrast.
    static const std::array<QColor, 4> light {QColor(0x00, 0x5a, 0x9c), QColor(0xb3, 0x4f, 0x00),
                                              QColor(0x00, 0x7a, 0x5a), QColor(0x8e, 0x3b, 0x7a)};
    static const std::array<QColor, 4> onDark {QColor(0x56, 0xb4, 0xe9), QColor(0xe6, 0x9f, 0x00),
                                               QColor(0x00, 0xc2, 0x92), QColor(0xcc, 0x79, 0xa7)};
    return (dark ? onDark : light)[static_cast<std::size_t>(slot) % 4];
}

void drawMarker(QPainter &p, QPointF at, int shape, qreal r, bool hollow, const QColor &color)
{
    p.save();
    p.setPen(QPen(color, 1.5));
    p.setBrush(hollow ? QBrush(Qt::NoBrush) : QBrush(color));
    switch (shape % 4) {
    case 0:
        p.drawEllipse(at, r, r);
        break;
    case 1:
        p.drawRect(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r));
        break;
    case 2: {
        const QPointF pts[] = {
            {at.x(), at.y() - r}, {at.x() + r, at.y() + r}, {at.x() - r, at.y() + r}};
        p.drawPolygon(pts, 3);
        break;
    }
    default: {
        const QPointF pts[] = {
            {at.x(), at.y() - r}, {at.x() + r, at.y()}, {at.x(), at.y() + r}, {at.x() - r, at.y()}};
        p.drawPolygon(pts, 4);
        break;
    }
    }
    p.restore();
}

} // namespace

LagChart::LagChart(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("lagChart"));
    setAccessibleName(tr("Replica lag chart"));
    setFocusPolicy(Qt::TabFocus); // reachable so a screen reader can read the summary
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setAccessibleDescription(tr("No lag measured yet."));
}

void LagChart::setSeries(ReplicaLagSeries *series)
{
    if (m_series)
        disconnect(m_series, nullptr, this, nullptr);
    m_series = series;
    if (series)
        connect(series, &ReplicaLagSeries::samplesChanged, this, &LagChart::onSamplesChanged);
    onSamplesChanged();
}

void LagChart::setVisibleSpanMs(qint64 ms)
{
    m_spanMs = ms;
    update();
}

qint64 LagChart::span() const
{
    if (m_spanMs > 0)
        return m_spanMs;
    if (!m_series)
        return ReplicaLagSeries::DefaultWindowMs;
    // Grow with the data up to the series' window, so the first minute is not squeezed into the
    // right edge of a five-minute axis.
    qint64 oldest = m_series->nowMs();
    for (const int id : m_series->replicaIds()) {
        if (!m_series->samples(id).empty())
            oldest = std::min(oldest, m_series->samples(id).front().atMs);
    }
    const qint64 covered = ((m_series->nowMs() - oldest) / 60000 + 1) * 60000;
    return std::clamp<qint64>(covered, 60000, m_series->windowMs());
}

QSize LagChart::sizeHint() const
{
    return {480, 240};
}

QSize LagChart::minimumSizeHint() const
{
    return {280, 160};
}

QString LagChart::summary() const
{
    if (!m_series || m_series->replicaIds().isEmpty())
        return tr("No lag measured yet.");
    QStringList parts;
    for (const int id : m_series->replicaIds()) {
        const auto &samples = m_series->samples(id);
        const bool paused = !samples.empty() && samples.back().paused;
        QString line =
            tr("Replica %1: now %2, p50 %3, p95 %4")
                .arg(id)
                .arg(seconds(m_series->latestLagMs(id)), seconds(m_series->percentileMs(id, 50)),
                     seconds(m_series->percentileMs(id, 95)));
        if (paused)
            line += tr(", paused");
        parts.append(line + u'.');
    }
    parts.append(
        m_series->isAlarmActive()
            ? tr("Alarm at %1: %2.").arg(seconds(m_series->thresholdMs()), m_series->alarmText())
            : tr("Alarm at %1: all replicas below it.").arg(seconds(m_series->thresholdMs())));
    return parts.join(u' ');
}

void LagChart::onSamplesChanged()
{
    const QString text = summary();
    if (text != accessibleDescription()) {
        setAccessibleDescription(text);
        setToolTip(text);
    }
    update();
}

void LagChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        update();
    QWidget::changeEvent(event);
}

void LagChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const bool dark = Palettes::isDark(pal);
    const QFontMetrics fm = fontMetrics();
    const QColor text = pal.color(QPalette::Text);
    QColor grid = text;
    grid.setAlphaF(0.15);

    const QList<int> ids = m_series ? m_series->replicaIds() : QList<int> {};
    const int lineHeight = fm.height() + 4;
    const int legendHeight = std::max(1, static_cast<int>(ids.size())) * lineHeight + 6;
    const int left = fm.horizontalAdvance(QStringLiteral("00.0 s")) + 12;
    const QRectF plot(left, 8, width() - left - 12, height() - legendHeight - fm.height() - 18);
    if (plot.width() < 40 || plot.height() < 30)
        return;

    const qint64 now = m_series ? m_series->nowMs() : 0;
    const qint64 from = now - span();
    const qint64 threshold =
        m_series ? m_series->thresholdMs() : ReplicaLagSeries::DefaultThresholdMs;
    qint64 top = threshold + threshold / 4;
    for (const int id : ids) {
        for (const auto &s : m_series->samples(id))
            if (s.atMs >= from)
                top = std::max(top, s.lagMs + s.lagMs / 10);
    }
    // Round the scale up to whole seconds for readable ticks.
    top = ((top + 999) / 1000) * 1000;
    auto xOf = [&](qint64 at) {
        return plot.left() + plot.width() * double(at - from) / double(span());
    };
    auto yOf = [&](qint64 lag) {
        return plot.bottom() - plot.height() * double(lag) / double(top);
    };

    // Grid and axis labels.
    p.setFont(font());
    const qint64 step = top <= 5000 ? 1000 : top <= 12000 ? 2000 : top <= 30000 ? 5000 : 10000;
    for (qint64 v = 0; v <= top; v += step) {
        const qreal y = yOf(v);
        p.setPen(QPen(grid, 1));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(text);
        p.drawText(QRectF(0, y - fm.height() / 2.0, left - 6, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, seconds(v));
    }
    const qint64 minutes = span() / 60000;
    // Label every minute, or every second/fifth one when the chart is too narrow for all.
    const qreal perMinute = plot.width() * 60000.0 / double(span());
    const qreal labelWidth = fm.horizontalAdvance(tr("−%1 min").arg(5)) + 12;
    const qint64 every = perMinute >= labelWidth ? 1 : perMinute * 2 >= labelWidth ? 2 : 5;
    for (qint64 m = 0; m <= minutes; m += every) {
        const qreal x = xOf(now - m * 60000);
        p.setPen(QPen(grid, 1));
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        p.setPen(text);
        const QString label = m == 0 ? tr("now") : tr("−%1 min").arg(m);
        const int w = fm.horizontalAdvance(label);
        p.drawText(QPointF(std::clamp(x - w / 2.0, plot.left(), plot.right() - w),
                           plot.bottom() + fm.ascent() + 4),
                   label);
    }
    p.setPen(QPen(text, 1));
    p.drawLine(plot.bottomLeft(), plot.bottomRight());

    // Above the alarm line is shaded and the line is labelled in words, not only coloured.
    const bool alarm = m_series && m_series->isAlarmActive();
    const QColor alarmColor = dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x00, 0x20);
    QColor shade = alarmColor;
    shade.setAlphaF(alarm ? 0.14 : 0.06);
    const qreal yAlarm = yOf(threshold);
    p.fillRect(QRectF(plot.left(), plot.top(), plot.width(), yAlarm - plot.top()), shade);
    p.setPen(QPen(alarmColor, 2, Qt::DashLine));
    p.drawLine(QPointF(plot.left(), yAlarm), QPointF(plot.right(), yAlarm));
    const QString alarmLabel = alarm ? tr("⚠ Alarm %1 — crossed").arg(seconds(threshold))
                                     : tr("Alarm %1").arg(seconds(threshold));
    // Top left of the line, where the lines ("now" is on the right) rarely are, on a plate so a
    // crossing line does not cut through the words.
    const QRectF labelRect(plot.left() + 4, yAlarm - fm.height() - 4,
                           fm.horizontalAdvance(alarmLabel) + 8, fm.height() + 2);
    QColor plate = pal.color(QPalette::Base);
    plate.setAlphaF(0.85);
    p.fillRect(labelRect, plate);
    p.setPen(alarmColor);
    p.drawText(labelRect, Qt::AlignCenter, alarmLabel);

    // One line per replica, markers at each minute and at the latest sample (hollow = paused).
    p.save();
    p.setClipRect(plot.adjusted(-6, -6, 6, 6));
    for (int slot = 0; slot < ids.size(); ++slot) {
        const auto &samples = m_series->samples(ids[slot]);
        const Look look = looks[static_cast<std::size_t>(slot) % looks.size()];
        const QColor color = lineColor(slot, dark);
        QPainterPath path;
        bool started = false;
        for (const auto &s : samples) {
            if (s.atMs < from)
                continue;
            const QPointF pt(xOf(s.atMs), yOf(std::min(s.lagMs, top)));
            if (!started) {
                path.moveTo(pt);
                started = true;
            } else {
                path.lineTo(pt);
            }
        }
        p.setPen(QPen(color, 2, look.pen, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
        if (!samples.empty() && samples.back().atMs >= from) {
            const auto &last = samples.back();
            drawMarker(p, QPointF(xOf(last.atMs), yOf(std::min(last.lagMs, top))), look.marker, 4.5,
                       last.paused, color);
        }
    }
    p.restore();

    // Legend: pattern, marker and the numbers in words.
    qreal y = plot.bottom() + fm.height() + 12;
    if (ids.isEmpty()) {
        p.setPen(text);
        p.drawText(QPointF(plot.left(), y + fm.ascent()),
                   tr("Waiting for the first health report…"));
        return;
    }
    for (int slot = 0; slot < ids.size(); ++slot) {
        const int id = ids[slot];
        const Look look = looks[static_cast<std::size_t>(slot) % looks.size()];
        const QColor color = lineColor(slot, dark);
        const qreal mid = y + lineHeight / 2.0;
        p.setPen(QPen(color, 2, look.pen));
        p.drawLine(QPointF(plot.left(), mid), QPointF(plot.left() + 28, mid));
        drawMarker(p, QPointF(plot.left() + 14, mid), look.marker, 4, false, color);
        const auto &samples = m_series->samples(id);
        const bool paused = !samples.empty() && samples.back().paused;
        const bool over = m_series->latestLagMs(id) > threshold;
        // The state words come first so they survive eliding on a narrow dock.
        const QString name = paused ? tr("Replica %1 (paused)").arg(id) : tr("Replica %1").arg(id);
        const QString line = (over ? tr("⚠ ") : QString()) + name
            + tr(" · now %1 · p50 %2 · p95 %3")
                  .arg(seconds(m_series->latestLagMs(id)), seconds(m_series->percentileMs(id, 50)),
                       seconds(m_series->percentileMs(id, 95)));
        p.setPen(text);
        p.drawText(
            QPointF(plot.left() + 36, mid - fm.height() / 2.0 + fm.ascent()),
            fm.elidedText(line, Qt::ElideRight, width() - static_cast<int>(plot.left()) - 40));
        y += lineHeight;
    }
}
