#pragma once

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <deque>

class ApiCall;
class ApiClient;
class Clock;
class QTimer;
struct Health;

// Replica lag over the last few minutes, one series per replica, fed by polling GET /health
// every second while running. Keeps p50/p95 per replica and raises an alarm when any replica is
// further behind than a threshold, so the status bar can warn the room. Tests feed samples
// directly through addHealth()/addSample() with a ManualClock.
class ReplicaLagSeries final : public QObject
{
    Q_OBJECT

public:
    struct Sample
    {
        qint64 atMs = 0; // on the injected clock
        qint64 lagMs = 0;
        qint64 appliedLsn = -1;
        bool paused = false;
    };

    static constexpr qint64 DefaultThresholdMs = 5000;
    static constexpr qint64 DefaultWindowMs = 5 * 60 * 1000;

    // api may be null when samples are only fed by hand.
    ReplicaLagSeries(ApiClient *api, const Clock *clock, QObject *parent = nullptr);

    void start();
    void stop();
    bool isRunning() const;
    void setPollIntervalMs(int ms);

    // How much history to keep; older samples drop out.
    qint64 windowMs() const { return m_windowMs; }
    void setWindowMs(qint64 ms);

    void addHealth(const Health &health);
    void addSample(int replicaId, qint64 lagMs, bool paused = false, qint64 appliedLsn = -1);

    QList<int> replicaIds() const; // ascending
    const std::deque<Sample> &samples(int replicaId) const;
    qint64 latestLagMs(int replicaId) const; // -1 when unknown
    qint64 percentileMs(int replicaId, double p) const; // nearest rank over the window; -1: none
    qint64 nowMs() const;

    qint64 thresholdMs() const { return m_thresholdMs; }
    void setThresholdMs(qint64 ms);
    bool isAlarmActive() const { return m_alarm; }
    // "Replica 2 is 7.3 s behind (alarm at 5.0 s)"; empty when quiet.
    QString alarmText() const;
    void clear();

Q_SIGNALS:
    void samplesChanged();
    void thresholdChanged(qint64 ms);
    // Emitted when the alarm is raised, cleared, or its words change while raised.
    void alarmChanged(bool active, const QString &text);

private:
    void poll();
    void trim(std::deque<Sample> &series) const;
    void updateAlarm();

    QPointer<ApiClient> m_api;
    const Clock *m_clock;
    QTimer *m_timer;
    QPointer<ApiCall> m_inFlight;
    QHash<int, std::deque<Sample>> m_series;
    qint64 m_windowMs = DefaultWindowMs;
    qint64 m_thresholdMs = DefaultThresholdMs;
    bool m_alarm = false;
    QString m_alarmText;
};
