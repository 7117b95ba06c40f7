#include "models/client/connectionmonitor.h"

#include "models/client/apicall.h"
#include "models/client/apiclient.h"

#include <QTimer>

ConnectionMonitor::ConnectionMonitor(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_probeTimer(new QTimer(this))
{
    m_probeTimer->setSingleShot(true);
    connect(m_probeTimer, &QTimer::timeout, this, &ConnectionMonitor::probe);
    connect(m_client, &ApiClient::reachabilityObserved, this, &ConnectionMonitor::observe);
}

void ConnectionMonitor::setProbeInterval(std::chrono::milliseconds first,
                                         std::chrono::milliseconds max)
{
    m_backoff = {first, max};
    m_failedProbes = 0;
}

void ConnectionMonitor::start()
{
    probe();
}

void ConnectionMonitor::observe(bool reachable, quint64 attempt)
{
    if (attempt <= m_evidence)
        return;
    if (reachable) {
        m_evidence = attempt;
        m_probeTimer->stop();
        m_failedProbes = 0;
        m_doubting = false;
        setState(State::Online);
        return;
    }
    // Everything in flight was sent before this failure: it may still be answered (it was
    // admitted before the backend went away) without the backend being back.
    m_evidence = m_client->lastAttempt();
    if (m_state == State::Online && !m_doubting) {
        // Ask once more before saying "offline": the probe is sent after the failure, so its
        // answer (or its failure) is new evidence.
        m_doubting = true;
        sendProbe();
        return;
    }
    m_doubting = false;
    setState(State::Offline);
    if (!m_probeTimer->isActive() && !m_probe)
        m_probeTimer->start(m_backoff.delay(m_failedProbes + 1));
}

void ConnectionMonitor::probe()
{
    if (m_probe)
        return;
    sendProbe();
}

void ConnectionMonitor::sendProbe()
{
    ApiCall *call = m_client->fetchHealth();
    m_probe = call;
    connect(call, &ApiCall::finished, this, [this, call](const ApiResult &result) {
        if (m_probe != call)
            return; // an older probe, overtaken by a doubt's own
        m_probe = nullptr;
        // A probe that failed keeps probing, with a longer pause each time.
        if (!result.ok() && m_state != State::Online) {
            m_probeTimer->start(m_backoff.delay(++m_failedProbes + 1));
        }
    });
}

void ConnectionMonitor::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}
