#include "core/clock.h"
#include "mock_backend/server/backendserver.h"
#include "models/client/apiclient.h"
#include "models/control/actionregistry.h"
#include "models/control/backendsettings.h"
#include "models/control/scenario.h"
#include "models/control/scenariorunner.h"
#include "models/session/sessionrecorder.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

// The runner against a real in-process backend with millisecond step times: order, awaiting,
// expectations collected, screenshots requested, the backend prepared from the scenario.
class TestScenarioRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void runsStepsInOrderAndCollectsFailures();
    void preparesBackendFromScenario();
    void stopEndsWithoutFinished();
    void pauseHoldsTheClock();
    void healUndoesFaultsAndPauses();

private:
    Scenario parse(const QByteArray &text);
    // Runs scenario until finished(); fails the test unless every step worked.
    void runToTheEnd(const Scenario &scenario);

    std::unique_ptr<mock::BackendServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<BackendSettings> m_settings;
    std::unique_ptr<ActionRegistry> m_registry;
    std::unique_ptr<ScenarioRunner> m_runner;
    QStringList m_log;
    int m_eventuallyCalls = 0;
};

void TestScenarioRunner::init()
{
    m_server = std::make_unique<mock::BackendServer>(mock::BackendConfig::instant());
    QVERIFY(m_server->listen(QHostAddress::LocalHost));
    m_client = std::make_unique<ApiClient>(m_server->url());
    m_settings = std::make_unique<BackendSettings>(m_client.get());
    m_registry = std::make_unique<ActionRegistry>();
    m_runner = std::make_unique<ScenarioRunner>(m_client.get(), m_settings.get(), m_registry.get());
    m_runner->setRetryInterval(10);
    m_log.clear();
    m_eventuallyCalls = 0;

    // An action that takes a while: the next step must wait for it.
    m_registry->registerAction(u"test.slow"_s, u"slow"_s,
                               [this](const QJsonObject &args, ActionRegistry::Done done) {
                                   m_log << u"slow start %1"_s.arg(args.value(u"n"_s).toInt());
                                   QTimer::singleShot(50, this, [this, done] {
                                       m_log << u"slow done"_s;
                                       done(true, {});
                                   });
                               });
    m_registry->registerExpectation(u"test.pass"_s, {}, [this](const QJsonObject &) {
        m_log << u"pass"_s;
        return std::pair {true, u"fine"_s};
    });
    m_registry->registerExpectation(u"test.fail"_s, {}, [this](const QJsonObject &) {
        m_log << u"fail"_s;
        return std::pair {false, u"item 3 is not a favorite"_s};
    });
    // Holds from the third time it is asked: eventual consistency.
    m_registry->registerExpectation(u"test.eventually"_s, {}, [this](const QJsonObject &) {
        ++m_eventuallyCalls;
        return std::pair {m_eventuallyCalls >= 3, u"asked %1 times"_s.arg(m_eventuallyCalls)};
    });
    connect(m_runner.get(), &ScenarioRunner::stepStarted, this,
            [this](int, const QString &text) { m_log << u"step: "_s + text; });
}

void TestScenarioRunner::cleanup()
{
    m_runner.reset();
    m_registry.reset();
    m_settings.reset();
    m_client.reset();
    m_server.reset();
}

Scenario TestScenarioRunner::parse(const QByteArray &text)
{
    QString error;
    const std::optional<Scenario> scenario =
        Scenario::parse(text, u"s.json"_s, &error, m_registry.get());
    if (!scenario)
        qFatal("%s", qPrintable(error));
    return *scenario;
}

void TestScenarioRunner::runToTheEnd(const Scenario &scenario)
{
    QSignalSpy finished(m_runner.get(), &ScenarioRunner::finished);
    m_runner->start(scenario);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    QVERIFY2(finished.at(0).at(0).toBool(),
             qPrintable(finished.at(0).at(1).toStringList().join(u'\n')));
}

void TestScenarioRunner::runsStepsInOrderAndCollectsFailures()
{
    const Scenario scenario = parse(R"({"name": "t", "seed": 5,
"config": {"replication": {"replicas": [{}, {}]}},
"steps": [
 {"atMs": 0, "set": {"faults": {"errorRate": 0.1}}},
 {"atMs": 10, "action": "test.slow", "args": {"n": 1}},
 {"atMs": 11, "pauseReplica": 1},
 {"atMs": 20, "expect": "test.pass"},
 {"atMs": 30, "expect": "test.fail"},
 {"atMs": 40, "screenshot": "shot"},
 {"atMs": 50, "expect": "test.eventually", "withinMs": 5000},
 {"atMs": 60, "resumeReplica": 1},
 {"atMs": 70, "failNext": 2}
], "durationMs": 100})");

    QSignalSpy finished(m_runner.get(), &ScenarioRunner::finished);
    QSignalSpy screenshots(m_runner.get(), &ScenarioRunner::screenshotRequested);
    QSignalSpy next(m_runner.get(), &ScenarioRunner::nextStepChanged);
    m_runner->start(scenario);
    QCOMPARE(m_runner->state(), ScenarioRunner::State::Preparing);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);

    QCOMPARE(finished.at(0).at(0).toBool(), false);
    const QStringList failures = finished.at(0).at(1).toStringList();
    QCOMPARE(failures.size(), 1);
    // Names the file, the line, the expectation and what was found.
    QVERIFY2(failures.at(0).startsWith(u"s.json:8 "_s), qPrintable(failures.at(0)));
    QVERIFY2(failures.at(0).contains(u"test.fail"_s), qPrintable(failures.at(0)));
    QVERIFY2(failures.at(0).contains(u"item 3 is not a favorite"_s), qPrintable(failures.at(0)));

    QCOMPARE(screenshots.size(), 1);
    QCOMPARE(screenshots.at(0).at(0).toString(), u"shot"_s);
    QCOMPARE(m_eventuallyCalls, 3);
    // The slow action finished before the next step began.
    const qsizetype slowDone = m_log.indexOf(u"slow done"_s);
    const qsizetype pause = m_log.indexOf(u"step: Pause replica 1"_s);
    QVERIFY2(slowDone >= 0 && pause > slowDone, qPrintable(m_log.join(u" | "_s)));
    QVERIFY(m_log.indexOf(u"pass"_s) < m_log.indexOf(u"fail"_s));
    // The clock was told about every next step and then the end.
    QCOMPARE(next.last().at(0).toInt(), -1);
    QVERIFY(next.size() >= scenario.steps.size() + 1);

    QCOMPARE(m_server->config().faults.errorRate, 0.1);
    QCOMPARE(m_server->config().seed, 5u);
    QVERIFY(!m_server->config().replicas.at(0).paused);
    QCOMPARE(m_runner->state(), ScenarioRunner::State::Finished);
}

void TestScenarioRunner::preparesBackendFromScenario()
{
    // Whatever the facilitator set before does not leak into the run.
    QVERIFY(m_server->applyConfigPatch(
        {{u"faults"_s, QJsonObject {{u"errorRate"_s, 0.4}, {u"offline"_s, true}}}}));
    m_server->failNext(5);
    const Scenario scenario = parse(R"({"name": "p", "seed": 77,
"config": {"latency": {"reads": {"distribution": "fixed", "baseMs": 3, "jitterMs": 0}},
           "faults": {"errorRate": 0, "offline": false}},
"steps": [{"atMs": 0, "expect": "test.pass"}], "durationMs": 10})");
    runToTheEnd(scenario);
    if (QTest::currentTestFailed())
        return;
    const mock::BackendConfig config = m_server->config();
    QCOMPARE(config.seed, 77u);
    QCOMPARE(config.reads.baseMs, 3);
    QCOMPARE(config.faults.errorRate, 0.0);
    QVERIFY(!config.faults.offline);
}

void TestScenarioRunner::stopEndsWithoutFinished()
{
    const Scenario scenario = parse(R"({"name": "s", "seed": 1,
"steps": [{"atMs": 60000, "heal": true}], "durationMs": 60000})");
    QSignalSpy finished(m_runner.get(), &ScenarioRunner::finished);
    m_runner->start(scenario);
    QTRY_COMPARE_WITH_TIMEOUT(m_runner->state(), ScenarioRunner::State::Running, 10000);
    m_runner->stop();
    QCOMPARE(m_runner->state(), ScenarioRunner::State::Idle);
    QCOMPARE(finished.size(), 0);
}

void TestScenarioRunner::pauseHoldsTheClock()
{
    // The runner's clock is moved by hand: that time passes without the scenario clock moving is
    // shown without waiting for it.
    ManualClock clock(1000);
    m_runner->setClock(&clock);
    const Scenario scenario = parse(R"({"name": "s", "seed": 1,
"steps": [{"atMs": 60000, "heal": true}], "durationMs": 60000})");
    m_runner->start(scenario);
    QTRY_COMPARE_WITH_TIMEOUT(m_runner->state(), ScenarioRunner::State::Running, 10000);
    clock.advance(400);
    QCOMPARE(m_runner->elapsedMs(), 400);
    m_runner->pause();
    clock.advance(5000);
    QCOMPARE(m_runner->elapsedMs(), 400);
    m_runner->resume();
    QCOMPARE(m_runner->state(), ScenarioRunner::State::Running);
    QCOMPARE(m_runner->elapsedMs(), 400);
    clock.advance(100);
    QCOMPARE(m_runner->elapsedMs(), 500);
    m_runner->stop();
    clock.advance(100);
    QCOMPARE(m_runner->elapsedMs(), 500);
}

void TestScenarioRunner::healUndoesFaultsAndPauses()
{
    const Scenario scenario = parse(R"({"name": "h", "seed": 1, "steps": [
 {"atMs": 0, "set": {"faults": {"errorRate": 0.3, "hangRate": 0.1, "offline": true}}},
 {"atMs": 1, "pauseReplica": 2},
 {"atMs": 2, "failNext": 4},
 {"atMs": 3, "heal": true}
], "durationMs": 10})");
    runToTheEnd(scenario);
    if (QTest::currentTestFailed())
        return;
    const mock::BackendConfig config = m_server->config();
    QCOMPARE(config.faults.errorRate, 0.0);
    QCOMPARE(config.faults.hangRate, 0.0);
    QVERIFY(!config.faults.offline);
    QVERIFY(!config.replicas.at(1).paused);
}

QTEST_GUILESS_MAIN(TestScenarioRunner)
#include "tst_scenariorunner.moc"
