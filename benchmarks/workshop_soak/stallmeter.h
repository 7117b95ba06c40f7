#pragma once

#include <QElapsedTimer>
#include <QEvent>
#include <QObject>
#include <QStringList>

#include <array>

class QTimer;

// How long the UI thread stays away from its event loop. A 1 ms precise timer beats on the UI
// thread; the time between two beats is how long anything else that wanted the thread (a click, a
// paint) would have waited, since the timer is served in the same event-loop iteration as input
// and posted events. Each gap is taken twice: on the wall clock (what a person would feel on this
// machine, scheduler included) and in CPU time of the UI thread (the app's own work in the gap,
// whatever else the machine runs). Gaps go into fixed histograms (0.05 ms buckets up to 200 ms,
// and the exact maximum), so measuring adds no memory to the curve being measured.
// MeteredApplication reports every top-level event it delivers, so the worst gaps also name the
// longest event inside them.
class StallMeter final : public QObject
{
    Q_OBJECT

public:
    struct Figures
    {
        double p50Ms = 0;
        double p99Ms = 0;
        double p999Ms = 0;
        double maxMs = 0;
        qint64 overFrame = 0; // gaps longer than 16.7 ms
    };
    struct Summary
    {
        qint64 beats = 0;
        double seconds = 0;
        Figures wall;
        Figures cpu;
        QString longestEvent; // of the whole run, by wall time
        // The worst gaps by wall time, longest first, each with the longest event inside it.
        QStringList worstGaps;
        // The worst gaps by CPU time.
        QStringList worstCpuGaps;
    };

    explicit StallMeter(QObject *parent = nullptr);

    void start();
    void stop();
    Summary summary() const;

    // From MeteredApplication::notify for events delivered straight from the event loop.
    // ownerClass: the class of the receiver's parent, which says more for a QTimer's event.
    void noteEvent(const char *receiverClass, const char *ownerClass, QEvent::Type type, qint64 ns,
                   qint64 cpuNs);

    static constexpr double frameMs = 1000.0 / 60.0;
    // CPU time the calling thread has used.
    static qint64 threadCpuNs();

private:
    struct Histogram
    {
        static constexpr double bucketMs = 0.05;
        static constexpr int bucketCount = 4000; // up to 200 ms; longer ones land in the last
        std::array<qint64, bucketCount> buckets {};
        qint64 count = 0;
        qint64 maxNs = 0;
        qint64 overFrame = 0;
        void add(qint64 ns);
        double percentile(double p) const;
        Figures figures() const;
    };
    struct Event
    {
        const char *receiverClass = nullptr;
        const char *ownerClass = nullptr;
        QEvent::Type type = QEvent::None;
        qint64 ns = 0;
        qint64 cpuNs = 0;
    };
    struct Gap
    {
        qint64 ns = 0;
        qint64 cpuNs = 0;
        Event event;
    };
    using Worst = std::array<Gap, 8>;

    void beat();
    static void keep(Worst &worst, const Gap &gap, qint64 Gap::*by);
    static QStringList describe(Worst worst, qint64 Gap::*by);
    static QString describe(const Event &event);

    QTimer *m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastBeatNs = 0;
    qint64 m_lastBeatCpuNs = 0;
    qint64 m_startNs = 0;
    qint64 m_stopNs = -1;
    Histogram m_wall;
    Histogram m_cpu;
    Event m_interval; // the longest event since the last beat
    Event m_longest;
    Worst m_worst {};
    Worst m_worstCpu {};
};
