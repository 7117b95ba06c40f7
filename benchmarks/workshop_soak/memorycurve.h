#pragma once

#include <QString>

#include <vector>

// Resident memory of this process as the session goes on: VmRSS, RssAnon and VmHWM from
// /proc/self/status, sampled by the caller (every N timeline events), with what had been done
// by then. Prints a table, writes a CSV, and says whether the curve levelled off.
class MemoryCurve
{
public:
    struct Status
    {
        qint64 rssKb = -1;
        qint64 anonKb = -1;
        qint64 hwmKb = -1;
    };
    struct Point
    {
        qint64 events = 0;
        qint64 toggles = 0;
        qint64 transfers = 0;
        qint64 uploads = 0;
        qint64 scenarioSteps = 0;
        double seconds = 0;
        Status memory;
    };

    static Status readStatus();

    MemoryCurve() { m_points.reserve(1024); } // no growth of our own while measuring
    void add(const Point &point) { m_points.push_back(point); }
    const std::vector<Point> &points() const { return m_points; }

    void printTable() const;
    bool writeCsv(const QString &path, QString *error) const;
    // Growth of RssAnon from the first point at or after `fromEvents` to the last, and the
    // least-squares slope over those points in KiB per 10,000 events.
    struct Trend
    {
        qint64 fromEvents = 0;
        qint64 toEvents = 0;
        qint64 fromAnonKb = 0;
        qint64 toAnonKb = 0;
        qint64 minAnonKb = 0;
        qint64 maxAnonKb = 0;
        double slopeKbPer10k = 0;
        int points = 0; // none: the run ended before `fromEvents`
    };
    Trend trendFrom(qint64 fromEvents) const;

private:
    std::vector<Point> m_points;
};
