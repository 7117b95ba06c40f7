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
// and posted events. Gaps go into a fixed histogram (0.05 ms buckets up to 200 ms, and the exact
// maximum), so measuring adds no memory to the curve being measured. MeteredApplication reports
// every top-level event it delivers, so the longest gap also names the longest event inside it.
class StallMeter final : public QObject
{
    Q_OBJECT

public:
    struct Summary
    {
        qint64 beats = 0;
        double seconds = 0;
        double maxGapMs = 0;
        double p50GapMs = 0;
        double p99GapMs = 0;
        double p999GapMs = 0;
        qint64 gapsOverFrame = 0; // gaps longer than 16.7 ms
        // The longest single event delivered in the longest gap, and in the whole run.
        QString maxGapCulprit;
        double maxGapCulpritMs = 0;
        QString longestEvent;
        double longestEventMs = 0;
        // The worst gaps, longest first, each with the longest event inside it.
        QStringList worstGaps;
    };

    explicit StallMeter(QObject *parent = nullptr);

    void start();
    void stop();
    Summary summary() const;

    // From MeteredApplication::notify for events delivered straight from the event loop.
    // ownerClass: the class of the receiver's parent, which says more for a QTimer's event.
    void noteEvent(const char *receiverClass, const char *ownerClass, QEvent::Type type, qint64 ns);

    static constexpr double frameMs = 1000.0 / 60.0;

private:
    static constexpr double bucketMs = 0.05;
    static constexpr int bucketCount = 4000; // up to 200 ms; longer ones land in the last

    void beat();
    double percentile(double p) const;
    struct Event
    {
        const char *receiverClass = nullptr;
        const char *ownerClass = nullptr;
        QEvent::Type type = QEvent::None;
        qint64 ns = 0;
    };
    static QString describe(const Event &event);

    QTimer *m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastBeatNs = -1;
    qint64 m_startNs = 0;
    qint64 m_stopNs = -1;
    qint64 m_beats = 0;
    std::array<qint64, bucketCount> m_histogram {};
    qint64 m_maxGapNs = 0;
    qint64 m_overFrame = 0;
    // The longest event since the last beat; kept for the gap it falls in.
    Event m_interval;
    Event m_maxGapEvent;
    Event m_longest;
    struct Gap
    {
        qint64 ns = 0;
        Event event;
    };
    std::array<Gap, 8> m_worst {};
};
