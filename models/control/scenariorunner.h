#pragma once

#include "models/control/scenario.h"

#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>

class ActionRegistry;
class ApiClient;
class BackendSettings;
class Clock;
class QTimer;
class SessionRecorder;

// Plays a scenario against the backend: resets it to the scenario's seed and configuration, then
// fires each step at its time. A step that takes time (a request, a user action) is awaited
// before the next one starts, so steps never overlap; a late step makes the following ones late
// rather than skipping them. Expectations that fail are collected, not fatal: a QA run reports
// all of them.
class ScenarioRunner final : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, Preparing, Running, Paused, Finished };
    Q_ENUM(State)

    ScenarioRunner(ApiClient *client, BackendSettings *settings, ActionRegistry *registry,
                   QObject *parent = nullptr);
    ~ScenarioRunner() override;

    void setRecorder(SessionRecorder *recorder) { m_recorder = recorder; }
    // The scenario clock's time source (a steady clock unless set), so tests can move time
    // themselves instead of waiting for it. Set it before start().
    void setClock(const Clock *clock);
    // How often an expectation with withinMs is asked again.
    void setRetryInterval(int ms) { m_retryIntervalMs = ms; }

    void start(const Scenario &scenario);
    void pause();
    void resume();
    // Abandons the run; no finished() follows.
    void stop();

    State state() const { return m_state; }
    bool isActive() const
    {
        return m_state == State::Preparing || m_state == State::Running || m_state == State::Paused;
    }
    const Scenario &scenario() const { return m_scenario; }
    qint64 elapsedMs() const;
    // Index into scenario().steps of the step that comes next; steps.size() when none is left.
    int nextStepIndex() const { return m_next; }
    QStringList failures() const { return m_failures; }

Q_SIGNALS:
    void stateChanged(ScenarioRunner::State state);
    // About five times a second while running, for the clock.
    void progressChanged(qint64 elapsedMs, qint64 durationMs);
    // index -1: no step left.
    void nextStepChanged(int index, qint64 atMs, const QString &text);
    void stepStarted(int index, const QString &text);
    void stepFinished(int index, bool ok, const QString &message);
    // Whoever owns the window saves <name>.png now; the run goes on at once.
    void screenshotRequested(const QString &name);
    void finished(bool allExpectationsMet, const QStringList &failures);

private:
    using Done = std::function<void(bool ok, const QString &message)>;

    void setState(State state);
    void prepare();
    void scheduleNext();
    void runStep(int index);
    void perform(const ScenarioStep &step, Done done);
    void heal(Done done);
    void check(const ScenarioStep &step, qint64 startedAtMs, Done done);
    void admin(const QByteArray &method, const QString &path, const QJsonObject &body, Done done);
    void finish();
    void announceNext();
    void note(const QString &text, bool config = false);
    // Wraps a callback so it is dropped when the run it belongs to has ended.
    Done guarded(Done done);

    ApiClient *m_client;
    BackendSettings *m_settings;
    ActionRegistry *m_registry;
    SessionRecorder *m_recorder = nullptr;
    QTimer *m_stepTimer;
    QTimer *m_tick;
    Scenario m_scenario;
    State m_state = State::Idle;
    std::unique_ptr<Clock> m_ownClock;
    const Clock *m_clock;
    qint64 m_resumedAtMs = 0;
    qint64 m_elapsedBeforePause = 0;
    int m_next = 0;
    bool m_busy = false;
    quint64 m_generation = 0;
    int m_retryIntervalMs = 250;
    QStringList m_failures;
};
