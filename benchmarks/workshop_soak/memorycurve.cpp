#include "benchmarks/workshop_soak/memorycurve.h"

#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

MemoryCurve::Status MemoryCurve::readStatus()
{
    Status status;
    QFile file(u"/proc/self/status"_s);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return status;
    const QList<QByteArray> lines = file.readAll().split('\n');
    auto valueOf = [](const QByteArray &line) {
        return line.mid(line.indexOf(':') + 1).trimmed().split(' ').value(0).toLongLong();
    };
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            status.rssKb = valueOf(line);
        else if (line.startsWith("RssAnon:"))
            status.anonKb = valueOf(line);
        else if (line.startsWith("VmHWM:"))
            status.hwmKb = valueOf(line);
    }
    return status;
}

void MemoryCurve::printTable() const
{
    std::printf("%9s %8s %9s %7s %6s %8s %9s %9s %9s\n", "events", "toggles", "transfers",
                "uploads", "steps", "time s", "RSS MiB", "anon MiB", "HWM MiB");
    for (const Point &p : m_points)
        std::printf("%9lld %8lld %9lld %7lld %6lld %8.1f %9.1f %9.1f %9.1f\n", p.events, p.toggles,
                    p.transfers, p.uploads, p.scenarioSteps, p.seconds,
                    double(p.memory.rssKb) / 1024.0, double(p.memory.anonKb) / 1024.0,
                    double(p.memory.hwmKb) / 1024.0);
}

bool MemoryCurve::writeCsv(const QString &path, QString *error) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        *error = file.errorString();
        return false;
    }
    QTextStream out(&file);
    out << "events,toggles,transfers,uploads,scenario_steps,seconds,vm_rss_kb,rss_anon_kb,"
           "vm_hwm_kb\n";
    for (const Point &p : m_points)
        out << p.events << ',' << p.toggles << ',' << p.transfers << ',' << p.uploads << ','
            << p.scenarioSteps << ',' << QString::number(p.seconds, 'f', 2) << ',' << p.memory.rssKb
            << ',' << p.memory.anonKb << ',' << p.memory.hwmKb << '\n';
    return true;
}

MemoryCurve::Trend MemoryCurve::trendFrom(qint64 fromEvents) const
{
    Trend trend;
    std::vector<const Point *> tail;
    for (const Point &p : m_points) {
        if (p.events >= fromEvents)
            tail.push_back(&p);
    }
    if (tail.empty())
        return trend;
    trend.points = static_cast<int>(tail.size());
    trend.fromEvents = tail.front()->events;
    trend.toEvents = tail.back()->events;
    trend.fromAnonKb = tail.front()->memory.anonKb;
    trend.toAnonKb = tail.back()->memory.anonKb;
    trend.minAnonKb = trend.maxAnonKb = trend.fromAnonKb;
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (const Point *p : tail) {
        trend.minAnonKb = std::min(trend.minAnonKb, p->memory.anonKb);
        trend.maxAnonKb = std::max(trend.maxAnonKb, p->memory.anonKb);
        const double x = double(p->events) / 10000.0;
        const double y = double(p->memory.anonKb);
        sx += x;
        sy += y;
        sxx += x * x;
        sxy += x * y;
    }
    const double n = double(tail.size());
    const double denominator = n * sxx - sx * sx;
    trend.slopeKbPer10k = denominator > 0 ? (n * sxy - sx * sy) / denominator : 0;
    return trend;
}
