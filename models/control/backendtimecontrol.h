#pragma once

#include "core/clock.h"
#include "models/session/backendclockhistory.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class ApiClient;
class EventStream;
struct ApiResult;
struct BackendEvent;

// The backend's time as the control room sees and sets it (docs/api.md, "Backend time"): its
// scale (1 normal, 0.25 slow motion, 0 frozen) and the command to step a frozen backend to what is
// due next. Follows time.changed, so every control room on a shared backend shows the same
// scale. Only the backend slows down; the app's own clock and animations never do.
class BackendTimeControl final : public QObject
{
    Q_OBJECT

public:
    using Done = std::function<void(bool ok, const QString &message)>;

    explicit BackendTimeControl(ApiClient *client, QObject *parent = nullptr);

    void observe(EventStream *events);
    // The session clock readings of the backend's clock are taken on (default: a steady clock of
    // its own); it must outlive this.
    void setSessionClock(const Clock *clock) { m_clock = clock; }
    const Clock *sessionClock() const { return m_clock; }
    // Every reading of the backend's clock this control room got (answers and time.changed),
    // for measuring in backend time (Telemetry::setBackendClock).
    const BackendClockHistory &history() const { return m_history; }

    // The scales the control room offers, fastest first; 0 is frozen.
    static QList<double> offeredScales();
    // "1×", "0.25×", "Frozen": a choice's name.
    static QString scaleName(double scale);
    // What the status bar says: empty at 1×, "Backend in slow motion 0.25×", "Backend frozen".
    static QString statusWords(double scale);

    double scale() const { return m_scale; }
    bool isFrozen() const { return m_scale == 0; }
    QString statusWords() const { return statusWords(m_scale); }

    void refresh(Done done = {});
    void setScale(double scale, Done done = {});
    // Frozen or not, moves backend time to what is due next and says what it was.
    void step(Done done = {});
    // Between 1× and frozen: frozen goes back to 1×, anything else freezes.
    void toggleFrozen(Done done = {});

Q_SIGNALS:
    // The scale changed (ours, a scenario's, or another control room's).
    void scaleChanged(double scale);
    // A step happened, in plain words ("Stepped to the next answer.").
    void stepped(const QString &sentence);
    void commandFinished(bool ok, const QString &message);

private:
    void onEvent(const BackendEvent &event);
    void take(const QJsonObject &time);
    void send(const QByteArray &method, const QString &path, const QJsonObject &body,
              const QString &what, Done done);
    static QString stepSentence(const QJsonValue &stepped);

    ApiClient *m_client;
    SteadyClock m_ownClock;
    const Clock *m_clock = &m_ownClock;
    BackendClockHistory m_history;
    double m_scale = 1;
    // One scale change in flight at a time: two on two connections could arrive in either order.
    // The newest one asked for meanwhile waits here, replacing any older one.
    bool m_scaleInFlight = false;
    std::optional<double> m_wantedScale;
    Done m_wantedDone;
    quint64 m_asked = 0; // requests sent: an answer to an older one than the last is stale
    QList<QString> m_issued; // our newest correlation ids: their events are answered already
};
