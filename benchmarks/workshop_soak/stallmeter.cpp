#include "benchmarks/workshop_soak/stallmeter.h"

#include <QMetaEnum>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <ctime>

StallMeter::StallMeter(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setTimerType(Qt::PreciseTimer);
    m_timer->setInterval(1);
    connect(m_timer, &QTimer::timeout, this, &StallMeter::beat);
    m_clock.start();
}

qint64 StallMeter::threadCpuNs()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1'000'000'000 + now.tv_nsec;
}

void StallMeter::start()
{
    m_wall = {};
    m_cpu = {};
    m_interval = {};
    m_longest = {};
    m_worst.fill({});
    m_worstCpu.fill({});
    m_startNs = m_clock.nsecsElapsed();
    m_stopNs = -1;
    m_lastBeatNs = m_startNs;
    m_lastBeatCpuNs = threadCpuNs();
    m_timer->start();
}

void StallMeter::stop()
{
    m_timer->stop();
    m_stopNs = m_clock.nsecsElapsed();
}

void StallMeter::noteEvent(const char *receiverClass, const char *ownerClass, QEvent::Type type,
                           qint64 ns, qint64 cpuNs)
{
    if (!m_timer->isActive())
        return;
    const Event event {receiverClass, ownerClass, type, ns, cpuNs};
    if (ns > m_interval.ns)
        m_interval = event;
    if (ns > m_longest.ns)
        m_longest = event;
}

void StallMeter::Histogram::add(qint64 ns)
{
    ++count;
    const auto bucket = static_cast<int>(double(ns) / 1e6 / bucketMs);
    ++buckets[static_cast<size_t>(std::clamp(bucket, 0, bucketCount - 1))];
    maxNs = std::max(maxNs, ns);
    if (double(ns) / 1e6 > frameMs)
        ++overFrame;
}

double StallMeter::Histogram::percentile(double p) const
{
    if (count == 0)
        return 0;
    // Nearest rank; the bucket's upper edge, so never an underestimate.
    const auto rank = static_cast<qint64>(std::ceil(p / 100.0 * double(count)));
    qint64 seen = 0;
    for (int i = 0; i < bucketCount - 1; ++i) {
        seen += buckets[static_cast<size_t>(i)];
        if (seen >= rank)
            return std::min((i + 1) * bucketMs, double(maxNs) / 1e6);
    }
    return double(maxNs) / 1e6;
}

StallMeter::Figures StallMeter::Histogram::figures() const
{
    return {percentile(50), percentile(99), percentile(99.9), double(maxNs) / 1e6, overFrame};
}

void StallMeter::keep(Worst &worst, const Gap &gap, qint64 Gap::*by)
{
    const auto least = std::min_element(worst.begin(), worst.end(),
                                        [by](const Gap &a, const Gap &b) { return a.*by < b.*by; });
    if (gap.*by > (*least).*by)
        *least = gap;
}

void StallMeter::beat()
{
    const qint64 now = m_clock.nsecsElapsed();
    const qint64 cpu = threadCpuNs();
    const Gap gap {now - m_lastBeatNs, cpu - m_lastBeatCpuNs, m_interval};
    m_lastBeatNs = now;
    m_lastBeatCpuNs = cpu;
    m_wall.add(gap.ns);
    m_cpu.add(gap.cpuNs);
    keep(m_worst, gap, &Gap::ns);
    keep(m_worstCpu, gap, &Gap::cpuNs);
    m_interval = {};
}

QString StallMeter::describe(const Event &event)
{
    if (!event.receiverClass)
        return QStringLiteral("no single event stood out");
    const char *typeName = QMetaEnum::fromType<QEvent::Type>().valueToKey(event.type);
    QString receiver = QLatin1StringView(event.receiverClass);
    if (event.ownerClass)
        receiver += QStringLiteral(" of a ") + QLatin1StringView(event.ownerClass);
    return QStringLiteral("%1 to %2 (%3 ms, CPU %4 ms)")
        .arg(QLatin1StringView(typeName ? typeName : "?"), receiver)
        .arg(double(event.ns) / 1e6, 0, 'f', 2)
        .arg(double(event.cpuNs) / 1e6, 0, 'f', 2);
}

QStringList StallMeter::describe(Worst worst, qint64 Gap::*by)
{
    std::sort(worst.begin(), worst.end(),
              [by](const Gap &a, const Gap &b) { return a.*by > b.*by; });
    QStringList lines;
    for (const Gap &gap : worst) {
        if (gap.ns > 0)
            lines.append(QStringLiteral("%1 ms (CPU %2 ms), longest event: %3")
                             .arg(double(gap.ns) / 1e6, 0, 'f', 2)
                             .arg(double(gap.cpuNs) / 1e6, 0, 'f', 2)
                             .arg(describe(gap.event)));
    }
    return lines;
}

StallMeter::Summary StallMeter::summary() const
{
    Summary s;
    s.beats = m_wall.count;
    const qint64 end = m_stopNs >= 0 ? m_stopNs : m_clock.nsecsElapsed();
    s.seconds = double(end - m_startNs) / 1e9;
    s.wall = m_wall.figures();
    s.cpu = m_cpu.figures();
    s.longestEvent = describe(m_longest);
    s.worstGaps = describe(m_worst, &Gap::ns);
    s.worstCpuGaps = describe(m_worstCpu, &Gap::cpuNs);
    return s;
}
