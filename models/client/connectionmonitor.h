#pragma once

#include "models/sync/backoff.h"

#include <QObject>
#include <QPointer>

#include <chrono>

class ApiCall;
class ApiClient;
class QTimer;

// Whether the backend answers, judged from every request the session makes and, while it does
// not answer, from probes of /health with growing pauses.
class ConnectionMonitor final : public QObject
{
    Q_OBJECT

public:
    enum class State { Connecting, Online, Offline };
    Q_ENUM(State)

    explicit ConnectionMonitor(ApiClient *client, QObject *parent = nullptr);

    State state() const { return m_state; }
    void start();
    void setProbeInterval(std::chrono::milliseconds first, std::chrono::milliseconds max);

Q_SIGNALS:
    void stateChanged(ConnectionMonitor::State state);

private:
    void observe(bool reachable);
    void probe();
    void setState(State state);

    ApiClient *m_client;
    QTimer *m_probeTimer;
    QPointer<ApiCall> m_probe;
    Backoff m_backoff {std::chrono::milliseconds(500), std::chrono::milliseconds(5000)};
    int m_failedProbes = 0; // in a row, for the backoff
    State m_state = State::Connecting;
};
