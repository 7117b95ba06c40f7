#pragma once

#include "models/sync/backoff.h"

#include "models/client/dto.h"

#include <QObject>
#include <QPointer>

#include <chrono>

class ApiCall;
class ApiClient;
class QTimer;

// The backend's push channel as a stream of events: long-polls GET /events, resumes from the
// last sequence number it saw after any break, and backs off while the server is unreachable.
class EventStream final : public QObject
{
    Q_OBJECT

public:
    explicit EventStream(ApiClient *client, QObject *parent = nullptr);
    ~EventStream() override;

    // Delivers every event after afterSeq (resuming a stream that was interrupted).
    void start(qint64 afterSeq);
    // Delivers only events that happen from now on (a fresh session on a shared backend).
    void startFromNow();
    void stop();
    bool isRunning() const { return m_running; }
    bool isConnected() const { return m_connected; }
    qint64 lastSeq() const { return m_lastSeq; }

    void setPollWait(std::chrono::milliseconds wait) { m_pollWait = wait; }
    void setBackoff(std::chrono::milliseconds first, std::chrono::milliseconds max);

Q_SIGNALS:
    void eventReceived(const BackendEvent &event);
    void connectedChanged(bool connected);
    // The server no longer holds events after lastSeq(): whoever mirrors server state must
    // fetch it again.
    void resyncNeeded();

private:
    void begin(qint64 afterSeq, bool skipHistory);
    void poll();
    void scheduleRetry();
    void setConnected(bool connected);

    ApiClient *m_client;
    QPointer<ApiCall> m_call;
    QTimer *m_retry;
    std::chrono::milliseconds m_pollWait {20000};
    Backoff m_backoff {std::chrono::milliseconds(250), std::chrono::milliseconds(5000)};
    int m_failures = 0; // in a row, for the backoff
    qint64 m_lastSeq = 0;
    bool m_running = false;
    // The first poll after a start or a break answers at once, so "connected" is known
    // without waiting out a long poll; skipHistory drops what it returns.
    bool m_handshake = true;
    bool m_skipHistory = false;
    bool m_connected = false;
};
