#include "benchmarks/workshop_soak/stallmeter.h"

#include <QMetaEnum>
#include <QTimer>

#include <algorithm>

StallMeter::StallMeter(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setTimerType(Qt::PreciseTimer);
    m_timer->setInterval(1);
    connect(m_timer, &QTimer::timeout, this, &StallMeter::beat);
    m_clock.start();
}

void StallMeter::start()
{
    m_histogram.fill(0);
    m_beats = 0;
    m_maxGapNs = 0;
    m_overFrame = 0;
    m_interval = {};
    m_maxGapEvent = {};
    m_longest = {};
    m_worst.fill({});
    m_startNs = m_clock.nsecsElapsed();
    m_stopNs = -1;
    m_lastBeatNs = m_startNs;
    m_timer->start();
}

void StallMeter::stop()
{
    m_timer->stop();
    m_stopNs = m_clock.nsecsElapsed();
}

void StallMeter::noteEvent(const char *receiverClass, const char *ownerClass, QEvent::Type type,
                           qint64 ns)
{
    if (!m_timer->isActive())
        return;
    const Event event {receiverClass, ownerClass, type, ns};
    if (ns > m_interval.ns)
        m_interval = event;
    if (ns > m_longest.ns)
        m_longest = event;
}

void StallMeter::beat()
{
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 gap = now - m_lastBeatNs;
    m_lastBeatNs = now;
    ++m_beats;
    const auto bucket = static_cast<int>(double(gap) / 1e6 / bucketMs);
    ++m_histogram[static_cast<size_t>(std::clamp(bucket, 0, bucketCount - 1))];
    if (double(gap) / 1e6 > frameMs)
        ++m_overFrame;
    if (gap > m_maxGapNs) {
        m_maxGapNs = gap;
        m_maxGapEvent = m_interval;
    }
    const auto least = std::min_element(m_worst.begin(), m_worst.end(),
                                        [](const Gap &a, const Gap &b) { return a.ns < b.ns; });
    if (gap > least->ns)
        *least = {gap, m_interval};
    m_interval = {};
}

double StallMeter::percentile(double p) const
{
    if (m_beats == 0)
        return 0;
    // Nearest rank over the histogram; the bucket's upper edge, so never an underestimate.
    const auto rank = static_cast<qint64>(std::ceil(p / 100.0 * double(m_beats)));
    qint64 seen = 0;
    for (int i = 0; i < bucketCount; ++i) {
        seen += m_histogram[static_cast<size_t>(i)];
        if (seen >= rank)
            return i == bucketCount - 1 ? double(m_maxGapNs) / 1e6 : (i + 1) * bucketMs;
    }
    return double(m_maxGapNs) / 1e6;
}

QString StallMeter::describe(const Event &event)
{
    if (!event.receiverClass)
        return QStringLiteral("(no event: outside Qt's event delivery)");
    const char *typeName = QMetaEnum::fromType<QEvent::Type>().valueToKey(event.type);
    QString receiver = QLatin1StringView(event.receiverClass);
    if (event.ownerClass)
        receiver += QStringLiteral(" of a ") + QLatin1StringView(event.ownerClass);
    return QStringLiteral("%1 to %2 (%3 ms)")
        .arg(QLatin1StringView(typeName ? typeName : "?"), receiver)
        .arg(double(event.ns) / 1e6, 0, 'f', 2);
}

StallMeter::Summary StallMeter::summary() const
{
    Summary s;
    s.beats = m_beats;
    const qint64 end = m_stopNs >= 0 ? m_stopNs : m_clock.nsecsElapsed();
    s.seconds = double(end - m_startNs) / 1e9;
    s.maxGapMs = double(m_maxGapNs) / 1e6;
    s.p50GapMs = percentile(50);
    s.p99GapMs = percentile(99);
    s.p999GapMs = percentile(99.9);
    s.gapsOverFrame = m_overFrame;
    s.maxGapCulpritMs = double(m_maxGapEvent.ns) / 1e6;
    s.maxGapCulprit = describe(m_maxGapEvent);
    s.longestEventMs = double(m_longest.ns) / 1e6;
    s.longestEvent = describe(m_longest);
    std::array<Gap, 8> worst = m_worst;
    std::sort(worst.begin(), worst.end(), [](const Gap &a, const Gap &b) { return a.ns > b.ns; });
    for (const Gap &gap : worst) {
        if (gap.ns > 0)
            s.worstGaps.append(QStringLiteral("%1 ms: %2")
                                   .arg(double(gap.ns) / 1e6, 0, 'f', 2)
                                   .arg(describe(gap.event)));
    }
    return s;
}
