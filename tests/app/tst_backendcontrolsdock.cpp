#include "app/controlroom/backendcontrolsdock.h"
#include "app/controlroom/scenariodock.h"
#include "core/configschema.h"
#include "core/jsonpath.h"
#include "mock_backend/server/backendserver.h"
#include "mock_backend/sim/simulation.h"
#include "models/client/apicall.h"
#include "models/client/apiclient.h"
#include "models/client/eventstream.h"
#include "models/control/actionregistry.h"
#include "models/control/backendsettings.h"
#include "models/control/scenario.h"
#include "models/control/scenariorunner.h"

#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

using namespace Qt::StringLiterals;

// The knobs a facilitator clicks, against a real backend over HTTP: a preset or a knob reaches
// the backend, the knobs then show the backend's values, and a refused value shows the
// backend's words next to the knob.
class TestBackendControlsDock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void presetSetsKnobsAndBackend();
    void knobChangeReachesBackend();
    void keyboardChangesAKnob();
    void refusedValueShowsServerMessage();
    void replicaPauseAndSeed();
    void everyControlIsNamedAndFocusable();
    void scenarioClockShowsNextStep();
    void offersExactlyTheSchemaKnobs();
    void oneShotsShowWhatIsLeftFromTheBackend();
    void oneShotAimedAtARoute();
    void statusLineFollowsTheBackend();
    void photoCacheStrategyByKeyboard();

private:
    mock::BackendConfig serverConfig() const { return m_server->config(); }
    // The control room's event channel, as the app runs it.
    void listen();
    QString labelText(const char *name) const
    {
        const auto *label = m_dock->findChild<QLabel *>(QLatin1String(name));
        return label ? label->text() : u"(no label %1)"_s.arg(QLatin1String(name));
    }
    // A request of another app on the same backend; waits for its answer.
    int otherAppSends(const QByteArray &method, const QString &path, const QJsonObject &body = {});
    void saveScreenshot(QWidget *widget, const QString &name);

    std::unique_ptr<mock::BackendServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<BackendSettings> m_settings;
    std::unique_ptr<BackendControlsDock> m_dock;
    std::unique_ptr<EventStream> m_events;
};

void TestBackendControlsDock::listen()
{
    m_events = std::make_unique<EventStream>(m_client.get());
    m_events->setPollWait(std::chrono::milliseconds(2000));
    m_settings->observe(m_events.get());
    m_events->startFromNow();
    QTRY_VERIFY_WITH_TIMEOUT(m_events->isConnected(), 10000);
}

int TestBackendControlsDock::otherAppSends(const QByteArray &method, const QString &path,
                                           const QJsonObject &body)
{
    ApiClient other(m_server->url());
    ApiRequest request;
    request.method = method;
    request.path = path;
    if (!body.isEmpty()) {
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        request.contentType = "application/json";
    }
    int status = -1;
    ApiCall *call = other.send(std::move(request));
    connect(call, &ApiCall::finished, this,
            [&status](const ApiResult &result) { status = result.httpStatus; });
    [&status] { QTRY_VERIFY_WITH_TIMEOUT(status >= 0, 10000); }();
    return status;
}

void TestBackendControlsDock::init()
{
    m_server = std::make_unique<mock::BackendServer>(mock::BackendConfig::instant());
    QVERIFY(m_server->listen(QHostAddress::LocalHost));
    m_client = std::make_unique<ApiClient>(m_server->url());
    m_settings = std::make_unique<BackendSettings>(m_client.get());
    m_dock = std::make_unique<BackendControlsDock>(m_settings.get());
    m_dock->setDebounceInterval(10);
    m_dock->resize(420, 1400);
    m_dock->show();
    m_settings->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(m_settings->isLoaded(), 10000);
}

void TestBackendControlsDock::cleanup()
{
    m_events.reset();
    m_dock.reset();
    m_settings.reset();
    m_client.reset();
    m_server.reset();
}

void TestBackendControlsDock::saveScreenshot(QWidget *widget, const QString &name)
{
    // Set by people who want to look at the dock; tests never depend on it.
    const QString dir = qEnvironmentVariable("CONVERGE_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget->grab().save(QDir(dir).filePath(name));
}

void TestBackendControlsDock::presetSetsKnobsAndBackend()
{
    auto *threeG = m_dock->findChild<QPushButton *>(u"preset-3g"_s);
    QVERIFY(threeG);
    QVERIFY(threeG->text().contains(u"2 s"_s)); // the numbers are on the button
    threeG->click();
    auto *readsBase = qobject_cast<QSpinBox *>(m_dock->knob(u"latency.reads.baseMs"_s));
    QVERIFY(readsBase);
    QTRY_COMPARE_WITH_TIMEOUT(readsBase->value(), 2000, 10000);
    QCOMPARE(serverConfig().reads.baseMs, 2000);
    QCOMPARE(serverConfig().transfersLatency.jitterMs, 400);

    m_dock->findChild<QPushButton *>(u"preset-flaky"_s)->click();
    auto *errorRate = qobject_cast<QDoubleSpinBox *>(m_dock->knob(u"faults.errorRate"_s));
    QTRY_COMPARE_WITH_TIMEOUT(errorRate->value(), 30.0, 10000);
    QCOMPARE(serverConfig().faults.errorRate, 0.3);
    QCOMPARE(serverConfig().reads.baseMs, 2000); // Flaky leaves latency alone

    m_dock->findChild<QPushButton *>(u"preset-replica-lag-5s"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(serverConfig().replicas.at(1).baseMs, 5000, 10000);
    auto *lag = qobject_cast<QSpinBox *>(m_dock->knob(u"replication.replicas[1].baseMs"_s));
    QVERIFY(lag);
    QTRY_COMPARE_WITH_TIMEOUT(lag->value(), 5000, 10000);

    m_dock->findChild<QPushButton *>(u"preset-instant"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(errorRate->value(), 0.0, 10000);
    QCOMPARE(serverConfig().reads.baseMs, 0);
    QCOMPARE(serverConfig().replicas.at(1).baseMs, 0);
    saveScreenshot(m_dock.get(), u"backend-controls.png"_s);
}

void TestBackendControlsDock::knobChangeReachesBackend()
{
    auto *hang = qobject_cast<QDoubleSpinBox *>(m_dock->knob(u"faults.hangRate"_s));
    auto *writes = qobject_cast<QSpinBox *>(m_dock->knob(u"latency.writes.baseMs"_s));
    auto *distribution = qobject_cast<QComboBox *>(m_dock->knob(u"latency.writes.distribution"_s));
    hang->setValue(12.5);
    writes->setValue(321);
    distribution->setCurrentIndex(distribution->findData(u"lognormal"_s));
    QTRY_COMPARE_WITH_TIMEOUT(serverConfig().faults.hangRate, 0.125, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(serverConfig().writes.baseMs, 321, 10000);
    QCOMPARE(mock::LatencyModel::distributionName(serverConfig().writes.distribution),
             u"lognormal"_s);
}

void TestBackendControlsDock::keyboardChangesAKnob()
{
    auto *lost = qobject_cast<QDoubleSpinBox *>(m_dock->knob(u"faults.lostResponseRate"_s));
    m_dock->activateWindow();
    lost->setFocus();
    QTest::keyClick(lost, Qt::Key_Up);
    QTest::keyClick(lost, Qt::Key_Up);
    QCOMPARE(lost->value(), 10.0);
    QTRY_COMPARE_WITH_TIMEOUT(serverConfig().faults.lostResponseRate, 0.1, 10000);
}

void TestBackendControlsDock::refusedValueShowsServerMessage()
{
    auto *settleMin = qobject_cast<QSpinBox *>(m_dock->knob(u"transfers.settleMinMs"_s));
    QCOMPARE(settleMin->value(), 10);
    settleMin->setValue(9000); // above the longest settle time (20 ms): the backend refuses
    QTRY_VERIFY_WITH_TIMEOUT(!m_dock->errorFor(u"transfers.settleMinMs"_s).isEmpty(), 10000);
    const QString error = m_dock->errorFor(u"transfers.settleMaxMs"_s);
    QVERIFY2(error.contains(u"settleMaxMs must be ≥"_s), qPrintable(error));
    QVERIFY(error.startsWith(u"⚠"_s)); // a symbol, not colour alone
    // Nothing changed: the knob shows the backend's value again.
    QTRY_COMPARE_WITH_TIMEOUT(settleMin->value(), 10, 10000);
    QCOMPARE(serverConfig().transfers.settleMinMs, 10);
    QVERIFY(m_dock->errorFor(u"faults.errorRate"_s).isEmpty());
    saveScreenshot(m_dock.get(), u"backend-controls-refused.png"_s);

    // A later accepted change of the same knobs clears the message.
    settleMin->setValue(15);
    QTRY_VERIFY_WITH_TIMEOUT(m_dock->errorFor(u"transfers.settleMinMs"_s).isEmpty(), 10000);
    QCOMPARE(serverConfig().transfers.settleMinMs, 15);
}

void TestBackendControlsDock::replicaPauseAndSeed()
{
    auto *pause = m_dock->findChild<QPushButton *>(u"pauseReplica2"_s);
    QVERIFY(pause);
    QCOMPARE(pause->text(), u"Pause"_s);
    pause->click();
    QTRY_COMPARE_WITH_TIMEOUT(pause->text(), u"Resume"_s, 10000);
    QVERIFY(serverConfig().replicas.at(1).paused);
    QCOMPARE(pause->accessibleName(), u"Resume replica 2"_s);
    pause->click();
    QTRY_COMPARE_WITH_TIMEOUT(pause->text(), u"Pause"_s, 10000);
    QVERIFY(!serverConfig().replicas.at(1).paused);

    auto *seed = m_dock->findChild<QLineEdit *>(u"seed"_s);
    QCOMPARE(seed->text(), u"42"_s);
    seed->setText(u"77"_s);
    m_dock->findChild<QPushButton *>(u"applySeed"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(serverConfig().seed, 77u, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(m_settings->seed(), 77u, 10000);

    auto *count = qobject_cast<QSpinBox *>(m_dock->knob(u"replication.replicas"_s));
    count->setValue(3);
    QTRY_COMPARE_WITH_TIMEOUT(serverConfig().replicas.size(), 3, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_dock->findChild<QPushButton *>(u"pauseReplica3"_s), 10000);
}

void TestBackendControlsDock::everyControlIsNamedAndFocusable()
{
    const QList<QWidget *> widgets = m_dock->findChildren<QWidget *>();
    int controls = 0;
    for (QWidget *w : widgets) {
        const bool control = qobject_cast<QAbstractButton *>(w) || qobject_cast<QComboBox *>(w)
            || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QLineEdit *>(w);
        if (!control || qobject_cast<QLineEdit *>(w->parentWidget()))
            continue;
        if (qobject_cast<QAbstractSpinBox *>(w->parentWidget())
            || qobject_cast<QComboBox *>(w->parentWidget()))
            continue; // the line edit inside a spin box or combo box
        if (w->parentWidget() == m_dock.get())
            continue; // the dock's own title bar buttons
        ++controls;
        const QString name = w->accessibleName();
        const auto *button = qobject_cast<QAbstractButton *>(w);
        QVERIFY2(!name.isEmpty() || (button && !button->text().isEmpty()),
                 qPrintable(w->objectName() + u" has no accessible name"_s));
        QVERIFY2(w->focusPolicy() & Qt::TabFocus,
                 qPrintable(w->objectName() + u" cannot be reached with Tab"_s));
    }
    QVERIFY(controls > 30);
}

void TestBackendControlsDock::scenarioClockShowsNextStep()
{
    ActionRegistry registry;
    ScenarioRunner runner(m_client.get(), m_settings.get(), &registry);
    ScenarioDock clock(&runner);
    clock.resize(420, 200);
    clock.show();
    QString error;
    const auto scenario = Scenario::parse(R"({"name": "Clock", "seed": 3, "steps": [
        {"atMs": 65000, "pauseReplica": 2, "note": "Replica 2 stops"}], "durationMs": 90000})",
                                          u"clock.json"_s, &error);
    QVERIFY2(scenario, qPrintable(error));
    runner.start(*scenario);
    QTRY_COMPARE_WITH_TIMEOUT(runner.state(), ScenarioRunner::State::Running, 10000);
    auto *next = clock.findChild<QLabel *>(u"scenarioNextStep"_s);
    QCOMPARE(next->text(), u"Next at 1:05: Replica 2 stops (Pause replica 2)"_s);
    auto *title = clock.findChild<QLabel *>(u"scenarioTitle"_s);
    QVERIFY(title->text().startsWith(u"Clock"_s));
    QVERIFY(title->text().contains(u"running"_s));
    QTRY_VERIFY_WITH_TIMEOUT(
        clock.findChild<QLabel *>(u"scenarioTime"_s)->text().endsWith(u"/ 1:30"_s), 10000);
    saveScreenshot(&clock, u"scenario-clock.png"_s);
    runner.stop();
    QVERIFY(title->text().contains(u"stopped"_s));
}

void TestBackendControlsDock::offersExactlyTheSchemaKnobs()
{
    // Every knob the schema marks, no other, each with the schema's range and options.
    QStringList offered;
    for (const QString &path : m_dock->knobPaths()) {
        const QString generic = JsonPath::generic(path);
        if (!offered.contains(generic))
            offered.append(generic);
        const ConfigSchema::Field *field = ConfigSchema::field(path);
        QVERIFY2(field, qPrintable(path));
        QWidget *knob = m_dock->knob(path);
        QVERIFY2(knob, qPrintable(path));
        const double scale = field->unit == ConfigSchema::Unit::Fraction ? 100 : 1;
        if (auto *spin = qobject_cast<QSpinBox *>(knob)) {
            QCOMPARE(double(spin->minimum()), field->min);
            QCOMPARE(double(spin->maximum()), field->max);
        } else if (auto *real = qobject_cast<QDoubleSpinBox *>(knob)) {
            QCOMPARE(real->minimum(), field->min * scale);
            QCOMPARE(real->maximum(), field->max * scale);
        } else if (auto *combo = qobject_cast<QComboBox *>(knob)) {
            QStringList options;
            for (int i = 0; i < combo->count(); ++i)
                options.append(combo->itemData(i).toString());
            QCOMPARE(options, field->options);
        }
    }
    QStringList expected = ConfigSchema::knobPaths();
    offered.sort();
    expected.sort();
    QCOMPARE(offered, expected);
    // Each replica has its row of knobs.
    QVERIFY(m_dock->knob(u"replication.replicas[0].p95Ms"_s));
    QVERIFY(m_dock->knob(u"replication.replicas[1].paused"_s));
    QVERIFY(!m_dock->knob(u"replication.replicas[2].model"_s));
}

// Issue 12: the panel said "✓ The next 3 requests will fail" while the app's /health polling had
// used them all up. Now the shots wait for the person's writes, and the panel shows what the
// backend says is left, and when each was used, also when another app used it.
void TestBackendControlsDock::oneShotsShowWhatIsLeftFromTheBackend()
{
    listen();
    QTRY_VERIFY_WITH_TIMEOUT(labelText("oneShotState").contains(u"No one-off faults armed"_s),
                             10000);
    m_dock->findChild<QPushButton *>(u"failNextN"_s)->click(); // 3 is the default count
    QTRY_VERIFY_WITH_TIMEOUT(labelText("oneShotState").contains(u"The next 3 writes will fail"_s),
                             10000);

    // The app's housekeeping leaves them alone.
    for (int i = 0; i < 5; ++i)
        QCOMPARE(otherAppSends("GET", u"/health"_s), 200);
    QCOMPARE(otherAppSends("GET", u"/items"_s), 200);
    QCOMPARE(m_server->simulation().oneShotsJson()[u"failNext"_s][u"remaining"_s].toInt(), 3);

    // Another app's write uses one; the panel hears it from the backend.
    QCOMPARE(otherAppSends("PUT", u"/items/5/favorite"_s, {{u"favorite"_s, true}}), 503);
    QTRY_VERIFY_WITH_TIMEOUT(labelText("oneShotState").contains(u"The next 2 writes will fail"_s),
                             10000);
    QVERIFY2(labelText("oneShotState").contains(u"Used:"_s), qPrintable(labelText("oneShotState")));
    QVERIFY(labelText("oneShotState").contains(u"Favorite taps · /items/5/favorite · 503"_s));
    saveScreenshot(m_dock.get(), u"backend-controls-one-shots.png"_s);

    m_dock->findChild<QPushButton *>(u"clearOneShots"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(labelText("oneShotState").contains(u"No one-off faults armed"_s),
                             10000);
}

void TestBackendControlsDock::oneShotAimedAtARoute()
{
    listen();
    auto *aim = m_dock->findChild<QComboBox *>(u"faultAim"_s);
    QVERIFY(aim);
    aim->setCurrentIndex(aim->findData(u"POST /transfers"_s));
    QVERIFY(aim->currentIndex() > 0);
    m_dock->findChild<QPushButton *>(u"failNextRequest"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        labelText("oneShotState").contains(u"Transfers: the next one will fail"_s), 10000);
    // A favorite write goes through: the shot waits for a transfer.
    QCOMPARE(otherAppSends("PUT", u"/items/5/favorite"_s, {{u"favorite"_s, true}}), 200);
    QVERIFY(labelText("oneShotState").contains(u"Transfers: the next one will fail"_s));
}

// Issue 12: the status line said the Offline preset was applied after a scenario or another app
// had put the backend back online.
void TestBackendControlsDock::statusLineFollowsTheBackend()
{
    listen();
    QVERIFY2(labelText("backendState").contains(u"Online"_s),
             qPrintable(labelText("backendState")));
    m_dock->findChild<QPushButton *>(u"preset-offline"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(labelText("backendState").contains(u"Offline"_s), 10000);
    QVERIFY(labelText("backendState").startsWith(u"⚠"_s)); // a sign, not colour alone
    QTRY_VERIFY_WITH_TIMEOUT(labelText("backendFeedback").contains(u"Offline"_s), 10000);

    // Another app on the shared backend puts it back online.
    QCOMPARE(otherAppSends("PATCH", u"/admin/config"_s,
                           {{u"faults"_s, QJsonObject {{u"offline"_s, false}}}}),
             200);
    QTRY_VERIFY_WITH_TIMEOUT(labelText("backendState").contains(u"Online"_s), 10000);
    QVERIFY2(!labelText("backendFeedback").contains(u"Offline"_s),
             qPrintable(labelText("backendFeedback")));
    QVERIFY(labelText("backendFeedback").contains(u"elsewhere"_s));

    // A scenario in this app takes it offline and back: the line says what it did last.
    m_dock->findChild<QPushButton *>(u"preset-offline"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(labelText("backendState").contains(u"Offline"_s), 10000);
    ActionRegistry registry;
    ScenarioRunner runner(m_client.get(), m_settings.get(), &registry);
    QString error;
    const auto scenario = Scenario::parse(R"({"name": "Back", "seed": 42, "steps": [
        {"atMs": 0, "set": {"faults": {"offline": false}}, "note": "Out of the tunnel"}],
        "durationMs": 10})",
                                          u"back.json"_s, &error);
    QVERIFY2(scenario, qPrintable(error));
    runner.start(*scenario);
    QTRY_VERIFY_WITH_TIMEOUT(labelText("backendState").contains(u"Online"_s), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(labelText("backendFeedback").contains(u"Scenario"_s), 10000);
    QVERIFY2(!labelText("backendFeedback").contains(u"Preset"_s),
             qPrintable(labelText("backendFeedback")));
    saveScreenshot(m_dock.get(), u"backend-controls-state.png"_s);
}

void TestBackendControlsDock::photoCacheStrategyByKeyboard()
{
    // "No cache" is where every backend starts; the list says what each strategy does and the
    // keyboard reaches it like any other knob.
    auto *strategy = m_dock->findChild<QComboBox *>(u"cacheStrategy"_s);
    QVERIFY(strategy);
    QCOMPARE(strategy, m_dock->knob(u"cache.strategy"_s));
    QVERIFY(!strategy->accessibleName().isEmpty());
    QCOMPARE(strategy->currentData().toString(), u"none"_s);
    QCOMPARE(strategy->currentText(), u"No cache"_s);
    QCOMPARE(serverConfig().cache.strategy, mock::PhotoCache::Strategy::None);
    m_dock->activateWindow();
    strategy->setFocus();
    QTest::keyClick(strategy, Qt::Key_Down);
    QCOMPARE(strategy->currentData().toString(), u"ttl"_s);
    QTRY_COMPARE_WITH_TIMEOUT(serverConfig().cache.strategy, mock::PhotoCache::Strategy::Ttl,
                              10000);
    auto *ttl = qobject_cast<QSpinBox *>(m_dock->knob(u"cache.ttlMs"_s));
    QVERIFY(ttl);
    ttl->setValue(3000);
    QTRY_COMPARE_WITH_TIMEOUT(serverConfig().cache.ttlMs, 3000, 10000);
}

QTEST_MAIN(TestBackendControlsDock)
#include "tst_backendcontrolsdock.moc"
