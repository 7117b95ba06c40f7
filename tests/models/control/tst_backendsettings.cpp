#include "core/clock.h"
#include "core/configschema.h"
#include "core/jsonpath.h"
#include "mock_backend/server/backendserver.h"
#include "models/client/apicall.h"
#include "models/client/apiclient.h"
#include "models/client/eventstream.h"
#include "models/control/backendsettings.h"
#include "models/control/presets.h"
#include "models/session/sessionrecorder.h"
#include "tests/support/scriptedserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// The control room's knobs against a real backend over HTTP: what BackendSettings sends is what
// GET /admin/config then answers.
class TestBackendSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void loadsTypedView();
    void lateFaultsRefreshDoesNotUndoACommand();
    void presetReachesBackend_data();
    void presetReachesBackend();
    void knobChangeReachesBackend();
    void oneReplicaPatchKeepsTheOthers();
    void refusedChangeCarriesServerMessage();
    void followsChangesMadeElsewhere();
    void commands();
    void recordsConfigChanges();
    void everyFieldRoundTrips_data();
    void everyFieldRoundTrips();
    void defaultsAndBoundsFromSchema();

private:
    QJsonObject serverConfig(); // GET /admin/config with a client of its own
    void await(const std::function<void(BackendSettings::Done)> &start, bool expectOk = true);

    std::unique_ptr<mock::BackendServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<BackendSettings> m_settings;
};

void TestBackendSettings::init()
{
    m_server = std::make_unique<mock::BackendServer>(mock::BackendConfig::instant());
    QVERIFY(m_server->listen(QHostAddress::LocalHost));
    m_client = std::make_unique<ApiClient>(m_server->url());
    m_settings = std::make_unique<BackendSettings>(m_client.get());
    await([this](BackendSettings::Done done) { m_settings->refresh(done); });
    QVERIFY(m_settings->isLoaded());
}

void TestBackendSettings::cleanup()
{
    m_settings.reset();
    m_client.reset();
    m_server.reset();
}

void TestBackendSettings::await(const std::function<void(BackendSettings::Done)> &start,
                                bool expectOk)
{
    bool finished = false;
    bool ok = false;
    QString message;
    start([&](bool result, const QString &text) {
        finished = true;
        ok = result;
        message = text;
    });
    QTRY_VERIFY_WITH_TIMEOUT(finished, 10000);
    QVERIFY2(ok == expectOk, qPrintable(message));
}

QJsonObject TestBackendSettings::serverConfig()
{
    ApiClient other(m_server->url());
    QJsonObject config;
    ApiCall *call = other.fetchConfig();
    connect(call, &ApiCall::finished, this, [&config](const ApiResult &r) { config = r.body; });
    [&] { QTRY_VERIFY_WITH_TIMEOUT(!config.isEmpty(), 10000); }();
    return config;
}

void TestBackendSettings::loadsTypedView()
{
    QCOMPARE(m_settings->seed(), 42u);
    QCOMPARE(m_settings->replicaCount(), 2);
    QCOMPARE(m_settings->faults().errorRate, 0.0);
    QCOMPARE(m_settings->transfers().successRate, 1.0);
    QCOMPARE(m_settings->latency(BackendSettings::RouteClass::Writes).distribution, u"fixed"_s);
}

void TestBackendSettings::presetReachesBackend_data()
{
    QTest::addColumn<QString>("id");
    const QList<Preset> presets = Presets::all();
    QCOMPARE(presets.size(), 8);
    for (const Preset &preset : presets)
        QTest::newRow(qPrintable(preset.id)) << preset.id;
}

void TestBackendSettings::presetReachesBackend()
{
    QFETCH(QString, id);
    const std::optional<Preset> preset = Presets::find(id);
    QVERIFY(preset);
    QVERIFY(!preset->numbers.isEmpty() && !preset->description.isEmpty());
    // Start from a lively configuration so that every preset has something to change.
    m_server->applyConfigPatch({{u"faults"_s, QJsonObject {{u"errorRate"_s, 0.05}}}});
    await([&](BackendSettings::Done done) { m_settings->applyPreset(*preset, done); });

    const QJsonObject config = serverConfig();
    // Every value the preset names is what the backend now holds.
    const std::function<void(const QJsonObject &, const QJsonObject &, const QString &)> compare =
        [&compare](const QJsonObject &expected, const QJsonObject &actual, const QString &path) {
            for (auto it = expected.begin(); it != expected.end(); ++it) {
                const QString p = path + u'.' + it.key();
                if (it.value().isObject())
                    compare(it.value().toObject(), actual.value(it.key()).toObject(), p);
                else if (!it.value().isArray())
                    QVERIFY2(actual.value(it.key()) == it.value(), qPrintable(p));
            }
        };
    compare(preset->patch, config, {});
    const QJsonArray replicas =
        config.value(u"replication"_s).toObject().value(u"replicas"_s).toArray();
    QCOMPARE(replicas.size(), 2); // presets never change the replica count
    if (!preset->eachReplica.isEmpty()) {
        for (const QJsonValue &replica : replicas)
            compare(preset->eachReplica, replica.toObject(), u"replica"_s);
    }
    // The mirror shows the same numbers as the server.
    QCOMPARE(m_settings->config(), config);
}

void TestBackendSettings::knobChangeReachesBackend()
{
    await([this](BackendSettings::Done done) {
        m_settings->apply(
            {{u"faults"_s, QJsonObject {{u"errorRate"_s, 0.25}}},
             {u"latency"_s,
              QJsonObject {{u"reads"_s,
                            QJsonObject {{u"baseMs"_s, 123}, {u"distribution"_s, u"normal"_s}}}}}},
            u"two knobs"_s, done);
    });
    const QJsonObject config = serverConfig();
    QCOMPARE(config.value(u"faults"_s).toObject().value(u"errorRate"_s).toDouble(), 0.25);
    const QJsonObject reads = config.value(u"latency"_s).toObject().value(u"reads"_s).toObject();
    QCOMPARE(reads.value(u"baseMs"_s).toInteger(), 123);
    QCOMPARE(reads.value(u"distribution"_s).toString(), u"normal"_s);
    QCOMPARE(m_settings->faults().errorRate, 0.25);
    QCOMPARE(m_settings->latency(BackendSettings::RouteClass::Reads).baseMs, 123);
}

void TestBackendSettings::oneReplicaPatchKeepsTheOthers()
{
    m_server->applyConfigPatch({{u"replication"_s,
                                 QJsonObject {{u"replicas"_s,
                                               QJsonArray {QJsonObject {{u"baseMs"_s, 70}},
                                                           QJsonObject {{u"baseMs"_s, 80}}}}}}});
    await([this](BackendSettings::Done done) { m_settings->refresh(done); });
    await([this](BackendSettings::Done done) {
        m_settings->apply(m_settings->replicaPatch(1, {{u"baseMs"_s, 5000}}), {}, done);
    });
    const QList<ReplicaSettings> replicas = m_settings->replicas();
    QCOMPARE(replicas.size(), 2);
    QCOMPARE(replicas.at(0).baseMs, 70);
    QCOMPARE(replicas.at(1).baseMs, 5000);
}

void TestBackendSettings::refusedChangeCarriesServerMessage()
{
    const QJsonObject before = m_settings->config();
    QSignalSpy refused(m_settings.get(), &BackendSettings::applyFailed);
    await(
        [this](BackendSettings::Done done) {
            m_settings->apply(
                {{u"transfers"_s, QJsonObject {{u"settleMinMs"_s, 5000}, {u"settleMaxMs"_s, 100}}}},
                {}, done);
        },
        false);
    QCOMPARE(refused.size(), 1);
    QCOMPARE(refused.at(0).at(1).toString(), u"transfers.settleMaxMs"_s);
    QVERIFY2(refused.at(0).at(2).toString().contains(u"settleMaxMs must be ≥"_s),
             qPrintable(refused.at(0).at(2).toString()));
    // Nothing changed, on either side.
    QCOMPARE(m_settings->config(), before);
    QCOMPARE(serverConfig(), before);
}

void TestBackendSettings::followsChangesMadeElsewhere()
{
    EventStream events(m_client.get());
    events.setPollWait(std::chrono::milliseconds(200));
    m_settings->observe(&events);
    events.startFromNow();
    QTRY_VERIFY_WITH_TIMEOUT(events.isConnected(), 10000);
    QSignalSpy seed(m_settings.get(), &BackendSettings::seedChanged);
    // Another facilitator, or converge-backend's own console, changes the backend.
    QVERIFY(m_server->applyConfigPatch(
        {{u"seed"_s, 7}, {u"faults"_s, QJsonObject {{u"hangRate"_s, 0.2}}}}));
    QTRY_COMPARE_WITH_TIMEOUT(m_settings->faults().hangRate, 0.2, 10000);
    QCOMPARE(m_settings->seed(), 7u);
    QCOMPARE(seed.size(), 1);
}

void TestBackendSettings::commands()
{
    await([this](BackendSettings::Done done) { m_settings->failNext(2, done); });
    {
        ApiClient other(m_server->url());
        QJsonObject faults;
        ApiCall *call = other.admin("GET", u"/admin/faults"_s);
        connect(call, &ApiCall::finished, this, [&faults](const ApiResult &r) { faults = r.body; });
        QTRY_VERIFY_WITH_TIMEOUT(!faults.isEmpty(), 10000);
        QVERIFY2(QJsonDocument(faults).toJson().contains("2"), QJsonDocument(faults).toJson());
    }

    await([this](BackendSettings::Done done) { m_settings->setReplicaPaused(2, true, done); });
    await([this](BackendSettings::Done done) { m_settings->refresh(done); });
    QVERIFY(m_settings->replicas().at(1).paused);
    await([this](BackendSettings::Done done) { m_settings->setReplicaPaused(2, false, done); });
    await([this](BackendSettings::Done done) { m_settings->refresh(done); });
    QVERIFY(!m_settings->replicas().at(1).paused);
    await([this](BackendSettings::Done done) { m_settings->setReplicaPaused(9, true, done); },
          false);

    await([this](BackendSettings::Done done) { m_settings->setSeedAndReset(99, done); });
    QCOMPARE(m_settings->seed(), 99u);
    QCOMPARE(m_server->config().seed, 99u);

    await([this](BackendSettings::Done done) { m_settings->simulateDevice(3, true, done); });
    await([this](BackendSettings::Done done) { m_settings->simulateDevice(0, {}, done); });
    await([this](BackendSettings::Done done) { m_settings->simulateDevice(4242, true, done); },
          false);
}

void TestBackendSettings::recordsConfigChanges()
{
    ManualClock clock;
    SessionRecorder recorder(&clock);
    m_settings->setRecorder(&recorder);
    const std::optional<Preset> preset = Presets::find(u"flaky"_s);
    QVERIFY(preset);
    await([&](BackendSettings::Done done) { m_settings->applyPreset(*preset, done); });
    const auto &events = recorder.events();
    const auto it = std::find_if(events.begin(), events.end(), [](const TimelineEvent &e) {
        return e.kind == TimelineEvent::Kind::ConfigChanged;
    });
    QVERIFY(it != events.end());
    QCOMPARE(it->screen, u"control-room"_s);
    QVERIFY2(it->text.contains(u"Flaky"_s), qPrintable(it->text));
    QVERIFY(it->detail.contains(u"errorRate"_s));
}

void TestBackendSettings::everyFieldRoundTrips_data()
{
    QTest::addColumn<QString>("path");
    for (const ConfigSchema::Field &field : ConfigSchema::fields()) {
        const QString path = QString(field.path).replace(u"[]"_s, u"[1]"_s);
        QTest::newRow(qPrintable(path)) << path;
    }
}

// Each schema field, set through the real admin route, reads back the same through the client's
// settings and the server: adding a row to the schema is all either side needs.
void TestBackendSettings::everyFieldRoundTrips()
{
    QFETCH(QString, path);
    const ConfigSchema::Field *field = ConfigSchema::field(path);
    QVERIFY(field);
    const QJsonValue current = m_settings->value(path);
    QVERIFY2(!current.isUndefined(), qPrintable(path));
    QVERIFY2(current == JsonPath::valueAt(serverConfig(), path), qPrintable(path));

    // Another valid value: the next one up (or down at the top of the range).
    QJsonValue next;
    switch (field->type) {
    case ConfigSchema::Type::Bool:
        next = !current.toBool();
        break;
    case ConfigSchema::Type::Enum:
        next = field->options.at((field->options.indexOf(current.toString()) + 1)
                                 % field->options.size());
        break;
    case ConfigSchema::Type::Int:
        next = current.toInteger() + 1 <= field->max ? current.toInteger() + 1
                                                     : current.toInteger() - 1;
        break;
    case ConfigSchema::Type::Double:
        next = current.toDouble() + 0.1 <= field->max ? current.toDouble() + 0.1
                                                      : current.toDouble() - 0.1;
        break;
    case ConfigSchema::Type::List:
        next = current.toArray().size() + 1 <= field->max ? current.toArray().size() + 1
                                                          : current.toArray().size() - 1;
        break;
    }
    QVERIFY(next != current);
    await([&](BackendSettings::Done done) {
        m_settings->apply(m_settings->patchFor(path, next), {}, done);
    });
    const QJsonValue server = JsonPath::valueAt(serverConfig(), path);
    if (field->type == ConfigSchema::Type::List) {
        QCOMPARE(qint64(server.toArray().size()), next.toInteger());
        QCOMPARE(qint64(m_settings->value(path).toArray().size()), next.toInteger());
    } else {
        QCOMPARE(server, next);
        QCOMPARE(m_settings->value(path), next);
    }
}

void TestBackendSettings::defaultsAndBoundsFromSchema()
{
    // Before the backend has answered, the settings show the schema's defaults.
    BackendSettings fresh(m_client.get());
    QVERIFY(!fresh.isLoaded());
    QCOMPARE(fresh.transfers().successRate, 0.85);
    QCOMPARE(fresh.seed(), 42u);
    QCOMPARE(fresh.replicaCount(), 2);
    QCOMPARE(fresh.value(u"replication.replicas[4].model"_s).toString(), u"fixed"_s);
    QVERIFY(fresh.value(u"faults.colour"_s).isUndefined());

    // A knob's value is brought inside its field's range before it is sent.
    QCOMPARE(m_settings->patchFor(u"faults.errorRate"_s, 4.0),
             JsonPath::withValue({}, u"faults.errorRate"_s, 1.0));
    QCOMPARE(m_settings->patchFor(u"latency.reads.baseMs"_s, -20.6),
             JsonPath::withValue({}, u"latency.reads.baseMs"_s, 0));
    QCOMPARE(m_settings->patchFor(u"latency.reads.distribution"_s, u"pareto"_s),
             JsonPath::withValue({}, u"latency.reads.distribution"_s, u"lognormal"_s));
    const QJsonArray replicas =
        JsonPath::valueAt(m_settings->patchFor(u"replication.replicas"_s, 9),
                          u"replication.replicas"_s)
            .toArray();
    QCOMPARE(replicas.size(), qsizetype(5));
    QVERIFY(m_settings->patchFor(u"faults.colour"_s, 1).isEmpty());
}

void TestBackendSettings::lateFaultsRefreshDoesNotUndoACommand()
{
    // A refresh of the one-off faults is answered only after "Fail the next request" was
    // armed and answered: its older "nothing armed" must not replace what the command showed.
    ScriptedServer server;
    auto faults = [](int remaining) {
        return QJsonDocument(QJsonObject {{u"oneShots"_s,
                                           QJsonObject {{u"failNext"_s,
                                                         QJsonObject {{u"remaining"_s, remaining},
                                                                      {u"mode"_s, u"error"_s},
                                                                      {u"target"_s, u"writes"_s}}},
                                                        {u"failTimes"_s, QJsonArray {}},
                                                        {u"used"_s, QJsonArray {}},
                                                        {u"atMs"_s, 0}}}})
            .toJson(QJsonDocument::Compact);
    };
    server.setPicker([&faults](const ScriptedServer::Received &request) {
        if (request.method == "GET" && request.path.startsWith("/admin/faults"))
            return ScriptedServer::Step {ScriptedServer::Action::Hold, {}};
        if (request.method == "POST" && request.path.startsWith("/admin/faults"))
            return ScriptedServer::Step {ScriptedServer::Action::Respond,
                                         ScriptedServer::response(200, faults(1))};
        return ScriptedServer::Step {ScriptedServer::Action::Respond,
                                     ScriptedServer::response(200, "{}")};
    });
    ApiClient client(server.url());
    BackendSettings settings(&client);
    bool refreshed = false;
    settings.refreshFaults([&refreshed](bool, const QString &) { refreshed = true; });
    QTRY_COMPARE(server.heldCount(), 1);
    bool answered = false;
    settings.failNext(1, [&answered](bool, const QString &) { answered = true; });
    QTRY_VERIFY(answered);
    QVERIFY(settings.oneShots().isArmed());
    server.releaseHeld({ScriptedServer::Action::Respond, ScriptedServer::response(200, faults(0))});
    QTRY_VERIFY(refreshed);
    QVERIFY(settings.oneShots().isArmed());
}

QTEST_GUILESS_MAIN(TestBackendSettings)
#include "tst_backendsettings.moc"
