#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <deque>
#include <optional>

// What a person experienced, in numbers, per kind of operation ("favorite", "photo upload",
// "transfer"): how long until they saw something happen, how long until the server confirmed, and
// how often it went wrong in the ways this app teaches (rollbacks, conflicts, outcomes unknown,
// flicker). Screens call it directly; it never guesses from the timeline, because only the screen
// knows when feedback became visible.
class BackendClockHistory;
class Clock;

class Telemetry final : public QObject
{
    Q_OBJECT

public:
    // The standard counters. Screens may add their own through increment().
    static const QString Rollbacks;
    static const QString Conflicts;
    // Writes whose outcome was unknown (WriteOutcome::Unknown, "Checking…"): a 5xx such as 503,
    // a timeout or a lost answer alike, as classifyWrite() decides.
    static const QString Unknown;
    static const QString Flicker;

    struct Durations
    {
        int count = 0; // all samples ever recorded
        qint64 p50 = -1; // -1 until there is a sample
        qint64 p95 = -1;
        qint64 max = -1;
    };

    struct OperationStats
    {
        QString operation;
        Durations feedback;
        Durations confirmation;
        // The same confirmations in the backend's own time: shorter in slow motion, shorter
        // still while it was frozen. No samples without a BackendClockHistory.
        Durations confirmationBackend;
        // Standard and screen-specific counters, by name; absent means zero.
        QHash<QString, qint64> counters;
        qint64 counter(const QString &name) const { return counters.value(name); }
    };

    // Percentiles use the last this-many samples of each duration, so memory stays bounded.
    static constexpr int SampleWindow = 2000;

    explicit Telemetry(QObject *parent = nullptr);

    // Where confirmations are also measured in backend time: the backend's clock readings and the
    // session clock they were taken on (both outlive this; null for wall time only).
    void setBackendClock(const BackendClockHistory *history, const Clock *sessionClock);

    // Time from the person's action until they could see a response on screen.
    void recordFeedback(const QString &operation, qint64 ms);
    // Time from the person's action until the server confirmed it; the action was ms ago.
    void recordConfirmation(const QString &operation, qint64 ms);
    void countRollback(const QString &operation) { increment(operation, Rollbacks); }
    void countConflict(const QString &operation) { increment(operation, Conflicts); }
    void countUnknown(const QString &operation) { increment(operation, Unknown); }
    // A value shown to the person changed away and came back (A → B → A).
    void countFlicker(const QString &operation) { increment(operation, Flicker); }
    // Screen-specific counts, e.g. "stale reads of your own write".
    void increment(const QString &operation, const QString &counter, qint64 by = 1);

    // Operations in the order they first appeared.
    QStringList operations() const { return m_order; }
    OperationStats stats(const QString &operation) const;
    qint64 count(const QString &operation, const QString &counter) const;
    void clear();

    // Nearest-rank percentile (p in [0, 100]): the smallest sample such that at least p% of the
    // samples are less than or equal to it. Always an observed value, never an interpolation,
    // so "p95 = 1200 ms" means some operation really took 1200 ms. Returns -1 for no samples.
    static qint64 percentile(QList<qint64> samples, double p);

Q_SIGNALS:
    void operationAdded(const QString &operation);
    void changed(const QString &operation);
    void cleared();

private:
    struct Series
    {
        std::deque<qint64> recent;
        int count = 0;
        qint64 max = -1;
        // A view paints each cell with many roles, each asking for the summary: it is worked
        // out once per new sample, not sorted again for every read.
        mutable std::optional<Durations> summarised;
        void add(qint64 ms);
        Durations summary() const;
    };
    struct Entry
    {
        Series feedback;
        Series confirmation;
        Series confirmationBackend;
        QHash<QString, qint64> counters;
    };

    Entry &entry(const QString &operation);

    const BackendClockHistory *m_backendClock = nullptr;
    const Clock *m_sessionClock = nullptr;
    QHash<QString, Entry> m_entries;
    QStringList m_order;
};
