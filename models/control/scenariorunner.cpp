#include "models/control/scenariorunner.h"

#include "core/clock.h"
#include "core/configschema.h"
#include "core/jsonpath.h"
#include "core/wire.h"
#include "models/client/apicall.h"
#include "models/client/apiclient.h"
#include "models/control/actionregistry.h"
#include "models/control/backendsettings.h"
#include "models/session/sessionrecorder.h"

#include <QJsonArray>
#include <QTimer>

using namespace Qt::StringLiterals;

ScenarioRunner::ScenarioRunner(ApiClient *client, BackendSettings *settings,
                               ActionRegistry *registry, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_settings(settings)
    , m_registry(registry)
    , m_stepTimer(new QTimer(this))
    , m_tick(new QTimer(this))
    , m_ownClock(std::make_unique<SteadyClock>())
    , m_clock(m_ownClock.get())
{
    m_stepTimer->setSingleShot(true);
    connect(m_stepTimer, &QTimer::timeout, this, [this] {
        if (m_next < m_scenario.steps.size())
            runStep(m_next);
        else
            finish();
    });
    m_tick->setInterval(200);
    connect(m_tick, &QTimer::timeout, this, [this] {
        Q_EMIT progressChanged(std::min(elapsedMs(), m_scenario.durationMs), m_scenario.durationMs);
    });
}

ScenarioRunner::~ScenarioRunner() = default;

void ScenarioRunner::setClock(const Clock *clock)
{
    m_clock = clock ? clock : m_ownClock.get();
}

qint64 ScenarioRunner::elapsedMs() const
{
    if (m_state == State::Running)
        return m_elapsedBeforePause + m_clock->nowMs() - m_resumedAtMs;
    return m_elapsedBeforePause;
}

void ScenarioRunner::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

ScenarioRunner::Done ScenarioRunner::guarded(Done done)
{
    const quint64 generation = m_generation;
    return [this, generation, done = std::move(done)](bool ok, const QString &message) {
        if (generation == m_generation)
            done(ok, message);
    };
}

void ScenarioRunner::start(const Scenario &scenario)
{
    stop();
    ++m_generation;
    m_scenario = scenario;
    m_failures.clear();
    m_next = 0;
    m_busy = false;
    m_elapsedBeforePause = 0;
    setState(State::Preparing);
    Q_EMIT progressChanged(0, m_scenario.durationMs);
    announceNext();
    prepare();
}

void ScenarioRunner::admin(const QByteArray &method, const QString &path, const QJsonObject &body,
                           Done done)
{
    ApiCall *call = m_client->admin(method, path, body);
    connect(call, &ApiCall::finished, this,
            [done = guarded(std::move(done))](const ApiResult &r) { done(r.ok(), r.message); });
}

void ScenarioRunner::prepare()
{
    // PUT starts from the backend's defaults, so what the facilitator clicked before does not
    // leak into the run: the same file gives the same run on every machine.
    QJsonObject config = m_scenario.config;
    config.insert(u"seed"_s, static_cast<qint64>(m_scenario.seed));
    note(tr("Scenario “%1” starts: seed %2").arg(m_scenario.name).arg(m_scenario.seed), true);
    const auto failed = [this](const QString &what, const QString &message) {
        m_failures << tr("Could not prepare the backend (%1): %2").arg(what, message);
        finish();
    };
    admin("PUT", Wire::Route::adminConfig, config, [this, failed](bool ok, const QString &message) {
        if (!ok)
            return failed(tr("configuration"), message);
        admin("POST", Wire::Route::adminFaults, {{u"clear"_s, true}},
              [this, failed](bool cleared, const QString &clearMessage) {
                  if (!cleared)
                      return failed(tr("one-off faults"), clearMessage);
                  // Answers held before the run would wait forever; the reset drops them.
                  admin("PUT", Wire::Route::adminHold, {{u"routes"_s, QJsonArray {}}},
                        [this, failed](bool unheld, const QString &holdMessage) {
                            if (!unheld)
                                return failed(tr("held answers"), holdMessage);
                            admin("POST", Wire::Route::adminReset, {},
                                  [this, failed](bool reset, const QString &resetMessage) {
                                      if (!reset)
                                          return failed(tr("data reset"), resetMessage);
                                      m_settings->refresh();
                                      m_resumedAtMs = m_clock->nowMs();
                                      setState(State::Running);
                                      m_tick->start();
                                      scheduleNext();
                                  });
                        });
              });
    });
}

void ScenarioRunner::pause()
{
    if (m_state != State::Running)
        return;
    m_elapsedBeforePause += m_clock->nowMs() - m_resumedAtMs;
    m_stepTimer->stop();
    m_tick->stop();
    setState(State::Paused);
    Q_EMIT progressChanged(m_elapsedBeforePause, m_scenario.durationMs);
}

void ScenarioRunner::resume()
{
    if (m_state != State::Paused)
        return;
    m_resumedAtMs = m_clock->nowMs();
    setState(State::Running);
    m_tick->start();
    scheduleNext();
}

void ScenarioRunner::stop()
{
    if (!isActive())
        return;
    if (m_state == State::Running)
        m_elapsedBeforePause += m_clock->nowMs() - m_resumedAtMs;
    ++m_generation;
    m_stepTimer->stop();
    m_tick->stop();
    m_busy = false;
    note(tr("Scenario “%1” stopped").arg(m_scenario.name));
    setState(State::Idle);
}

void ScenarioRunner::scheduleNext()
{
    if (m_state != State::Running || m_busy)
        return;
    const qint64 due =
        m_next < m_scenario.steps.size() ? m_scenario.steps.at(m_next).atMs : m_scenario.durationMs;
    m_stepTimer->start(static_cast<int>(std::max<qint64>(0, due - elapsedMs())));
}

void ScenarioRunner::runStep(int index)
{
    const ScenarioStep &step = m_scenario.steps.at(index);
    const QString text = step.describe();
    m_busy = true;
    Q_EMIT stepStarted(index, text);
    perform(
        step, guarded([this, index, text](bool ok, const QString &message) {
            const ScenarioStep &done = m_scenario.steps.at(index);
            const QString where =
                u"%1:%2 (%3 s)"_s.arg(m_scenario.fileName).arg(done.line).arg(done.atMs / 1000.0);
            if (done.kind == ScenarioStep::Kind::Expect) {
                note(ok ? tr("✓ Expectation met: %1 — %2").arg(done.name, message)
                        : tr("✗ Expectation failed: %1 — %2").arg(done.name, message));
                if (!ok)
                    m_failures
                        << tr("%1: expectation %2 failed: %3").arg(where, done.name, message);
            } else if (!ok) {
                note(tr("✗ Step failed: %1 — %2").arg(text, message));
                m_failures << tr("%1: step “%2” failed: %3").arg(where, text, message);
            }
            Q_EMIT stepFinished(index, ok, message);
            m_busy = false;
            m_next = index + 1;
            announceNext();
            scheduleNext();
        }));
}

void ScenarioRunner::perform(const ScenarioStep &step, Done done)
{
    switch (step.kind) {
    case ScenarioStep::Kind::Set:
        m_settings->apply(step.patch, tr("Scenario: %1").arg(step.describe()), std::move(done));
        return;
    case ScenarioStep::Kind::PauseReplica:
    case ScenarioStep::Kind::ResumeReplica:
        m_settings->setReplicaPaused(step.replica, step.kind == ScenarioStep::Kind::PauseReplica,
                                     std::move(done));
        return;
    case ScenarioStep::Kind::Heal:
        heal(std::move(done));
        return;
    case ScenarioStep::Kind::FailNext:
        m_settings->failNext(step.count, std::move(done));
        return;
    case ScenarioStep::Kind::Reset:
        m_settings->resetData(std::move(done));
        return;
    case ScenarioStep::Kind::Action:
        note(tr("Scenario action: %1").arg(step.describe()));
        m_registry->runAction(step.name, step.args, std::move(done));
        return;
    case ScenarioStep::Kind::Expect:
        check(step, m_clock->nowMs(), std::move(done));
        return;
    case ScenarioStep::Kind::Screenshot:
        Q_EMIT screenshotRequested(step.name);
        done(true, {});
        return;
    }
}

void ScenarioRunner::check(const ScenarioStep &step, qint64 startedAtMs, Done done)
{
    const quint64 generation = m_generation;
    m_registry->checkExpectation(
        step.name, step.args,
        [this, step, startedAtMs, done, generation](bool ok, const QString &message) {
            if (generation != m_generation)
                return;
            // withinMs gives eventual consistency its time: ask again until it holds or the time
            // is up, and report the last answer.
            if (ok || m_clock->nowMs() - startedAtMs >= step.withinMs) {
                done(ok, message);
                return;
            }
            QTimer::singleShot(m_retryIntervalMs, this,
                               [this, step, startedAtMs, done, generation] {
                                   if (generation == m_generation && m_state != State::Idle)
                                       check(step, startedAtMs, done);
                               });
        });
}

void ScenarioRunner::heal(Done done)
{
    // The replica count is needed for the patch, so read the current configuration first.
    m_settings->refresh([this, done = guarded(std::move(done))](bool ok, const QString &message) {
        if (!ok)
            return done(false, message);
        // Every fault back to its default (none, online) and every replica resumed.
        const ConfigSchema::Field *paused = ConfigSchema::field(u"replication.replicas[].paused"_s);
        QJsonObject patch = m_settings->replicaPatch(-1, {{paused->key(), paused->defaultValue}});
        for (const ConfigSchema::Field &field : ConfigSchema::fields()) {
            if (field.path.startsWith(u"faults."_s))
                patch = JsonPath::withValue(patch, field.path, field.defaultValue);
        }
        m_settings->apply(patch, tr("Scenario: heal — no faults, every replica resumed"),
                          [this, done](bool applied, const QString &applyMessage) {
                              if (!applied)
                                  return done(false, applyMessage);
                              m_settings->clearOneShotFaults(done);
                          });
    });
}

void ScenarioRunner::announceNext()
{
    if (m_next < m_scenario.steps.size()) {
        const ScenarioStep &step = m_scenario.steps.at(m_next);
        Q_EMIT nextStepChanged(m_next, step.atMs, step.describe());
    } else {
        Q_EMIT nextStepChanged(-1, m_scenario.durationMs, tr("End of the scenario"));
    }
}

void ScenarioRunner::finish()
{
    if (m_state == State::Running)
        m_elapsedBeforePause += m_clock->nowMs() - m_resumedAtMs;
    m_stepTimer->stop();
    m_tick->stop();
    ++m_generation;
    Q_EMIT progressChanged(m_scenario.durationMs, m_scenario.durationMs);
    note(m_failures.isEmpty()
             ? tr("Scenario “%1” finished: every expectation met").arg(m_scenario.name)
             : tr("Scenario “%1” finished: problems: %2")
                   .arg(m_scenario.name)
                   .arg(m_failures.size()));
    setState(State::Finished);
    Q_EMIT finished(m_failures.isEmpty(), m_failures);
}

void ScenarioRunner::note(const QString &text, bool config)
{
    if (!m_recorder)
        return;
    TimelineEvent event;
    event.kind = config ? TimelineEvent::Kind::ConfigChanged : TimelineEvent::Kind::Info;
    event.screen = u"control-room"_s;
    event.text = text;
    event.detail = m_scenario.fileName;
    m_recorder->record(std::move(event));
}
