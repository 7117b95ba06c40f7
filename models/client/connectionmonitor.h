#pragma once

#include "models/sync/backoff.h"

#include <QObject>
#include <QPointer>

#include <chrono>

class ApiCall;
class ApiClient;
class QTimer;

// Whether the backend answers, judged from every request the session makes (the event channel's
// long poll included, so an idle session still shows a change within one poll) and, only while it
// does not answer, from probes of /health with growing pauses. Answers overtake each other (a
// delayed answer, a parked long poll), so only an attempt sent after the latest evidence counts:
// an answer to a request sent before the failure was seen cannot mean "back online".
// One lost answer is not a lost connection (a dropped response, one timeout): while online, a
// failure is first doubted and checked with a /health probe sent at once; only when that, or any
// request sent after the failure, fails too is the session offline.
class ConnectionMonitor final : public QObject
{
    Q_OBJECT

public:
    enum class State { Connecting, Online, Offline };
    Q_ENUM(State)

    explicit ConnectionMonitor(ApiClient *client, QObject *parent = nullptr);

    State state() const { return m_state; }
    // A failure was seen while online and is being checked before anybody is told.
    bool isDoubting() const { return m_doubting; }
    void start();
    void setProbeInterval(std::chrono::milliseconds first, std::chrono::milliseconds max);

Q_SIGNALS:
    void stateChanged(ConnectionMonitor::State state);

private:
    void observe(bool reachable, quint64 attempt);
    void probe();
    void sendProbe();
    void setState(State state);

    ApiClient *m_client;
    QTimer *m_probeTimer;
    QPointer<ApiCall> m_probe;
    Backoff m_backoff {std::chrono::milliseconds(500), std::chrono::milliseconds(5000)};
    int m_failedProbes = 0; // in a row, for the backoff
    // Attempts up to this number were sent before the latest evidence and say nothing new.
    quint64 m_evidence = 0;
    State m_state = State::Connecting;
    bool m_doubting = false;
};
