// The small deterministic pieces: generator, latency and lag models, config validation, the
// health answer's JSON.

#include "core/configschema.h"
#include "core/jsonpath.h"
#include "mock_backend/config/backendconfig.h"
#include "mock_backend/http/eventsbody.h"
#include "mock_backend/http/healthbody.h"
#include "mock_backend/sim/eventbus.h"
#include "mock_backend/sim/lagmodel.h"
#include "mock_backend/sim/latencymodel.h"
#include "mock_backend/sim/seededrandom.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
#include <vector>

using namespace mock;

Q_DECLARE_METATYPE(Simulation::Health)

class TestBackendModels : public QObject
{
    Q_OBJECT

private slots:
    void sameSeedSameStream();
    void latencySamples_data();
    void latencySamples();
    void lognormalLagHitsMedianAndP95();
    void spikesAddDelay();
    void configRoundTrips();
    void configRejects_data();
    void configRejects();
    void configPatchMerges();
    void schemaDescribesEveryField();
    void eventRingResets();
    void eventsBodyIsWhatQtWouldWrite();
    void healthBodyIsWhatQtWouldWrite_data();
    void healthBodyIsWhatQtWouldWrite();
};

namespace {

std::vector<qint64> sorted(std::vector<qint64> v)
{
    std::sort(v.begin(), v.end());
    return v;
}

} // namespace

void TestBackendModels::sameSeedSameStream()
{
    SeededRandom a(7);
    SeededRandom b(7);
    SeededRandom c(8);
    bool differs = false;
    for (int i = 0; i < 1000; ++i) {
        const quint64 x = a.next();
        QCOMPARE(x, b.next());
        differs = differs || x != c.next();
    }
    QVERIFY(differs);
    a.reseed(7);
    SeededRandom fresh(7);
    QCOMPARE(a.next(), fresh.next());
    for (int i = 0; i < 1000; ++i) {
        const double u = a.uniform01();
        QVERIFY(u >= 0.0 && u < 1.0);
        const qint64 n = a.uniformInt(3, 5);
        QVERIFY(n >= 3 && n <= 5);
    }
}

void TestBackendModels::latencySamples_data()
{
    QTest::addColumn<QString>("distribution");
    QTest::addColumn<qint64>("base");
    QTest::addColumn<qint64>("jitter");
    QTest::addColumn<qint64>("cap");
    QTest::addColumn<qint64>("minExpected");
    QTest::addColumn<qint64>("maxExpected");
    QTest::addColumn<qint64>("medianLow");
    QTest::addColumn<qint64>("medianHigh");
    QTest::newRow("fixed") << "fixed" << 40LL << 30LL << 0LL << 40LL << 40LL << 40LL << 40LL;
    QTest::newRow("uniform") << "uniform" << 40LL << 20LL << 0LL << 40LL << 60LL << 47LL << 53LL;
    QTest::newRow("normal") << "normal" << 100LL << 10LL << 0LL << 40LL << 160LL << 97LL << 103LL;
    QTest::newRow("normal never negative")
        << "normal" << 0LL << 50LL << 0LL << 0LL << 1000LL << 0LL << 2LL;
    QTest::newRow("lognormal") << "lognormal" << 100LL << 100LL << 0LL << 1LL << 100000LL << 92LL
                               << 108LL;
    QTest::newRow("lognormal capped")
        << "lognormal" << 100LL << 900LL << 150LL << 0LL << 150LL << 92LL << 108LL;
}

void TestBackendModels::latencySamples()
{
    QFETCH(QString, distribution);
    QFETCH(qint64, base);
    QFETCH(qint64, jitter);
    QFETCH(qint64, cap);
    QFETCH(qint64, minExpected);
    QFETCH(qint64, maxExpected);
    QFETCH(qint64, medianLow);
    QFETCH(qint64, medianHigh);
    LatencyModel model;
    QVERIFY(LatencyModel::distributionFromName(distribution, &model.distribution));
    model.baseMs = base;
    model.jitterMs = jitter;
    model.capMs = cap;
    SeededRandom random(1);
    std::vector<qint64> samples;
    for (int i = 0; i < 4001; ++i)
        samples.push_back(model.sample(random));
    samples = sorted(samples);
    QVERIFY2(samples.front() >= minExpected, qPrintable(QString::number(samples.front())));
    QVERIFY2(samples.back() <= maxExpected, qPrintable(QString::number(samples.back())));
    const qint64 median = samples[samples.size() / 2];
    QVERIFY2(median >= medianLow && median <= medianHigh, qPrintable(QString::number(median)));
}

void TestBackendModels::lognormalLagHitsMedianAndP95()
{
    LagModel model;
    model.kind = LagModel::Kind::LogNormal;
    model.medianMs = 200;
    model.p95Ms = 1000;
    SeededRandom random(3);
    std::vector<qint64> samples;
    for (int i = 0; i < 10000; ++i)
        samples.push_back(model.sample(random));
    samples = sorted(samples);
    const qint64 median = samples[samples.size() / 2];
    const qint64 p95 = samples[samples.size() * 95 / 100];
    QVERIFY2(median > 185 && median < 215, qPrintable(QString::number(median)));
    QVERIFY2(p95 > 900 && p95 < 1100, qPrintable(QString::number(p95)));
}

void TestBackendModels::spikesAddDelay()
{
    LagModel model;
    model.baseMs = 10;
    model.spikeRate = 0.25;
    model.spikeMs = 1000;
    SeededRandom random(5);
    int spikes = 0;
    for (int i = 0; i < 4000; ++i) {
        const qint64 lag = model.sample(random);
        QVERIFY(lag == 10 || lag == 1010);
        spikes += lag == 1010;
    }
    QVERIFY2(spikes > 880 && spikes < 1120, qPrintable(QString::number(spikes)));
}

void TestBackendModels::configRoundTrips()
{
    const BackendConfig defaults = BackendConfig::defaults();
    ApiError error;
    const auto parsed = BackendConfig::fromJson(defaults.toJson(), &error);
    QVERIFY2(parsed, qPrintable(error.message));
    QCOMPARE(parsed->toJson(), defaults.toJson());
    QCOMPARE(defaults.replicas.size(), 2);

    // Every photo cache strategy survives the trip by its name.
    for (const char *name : {"none", "ttl", "write-through", "event", "versioned"}) {
        const QJsonObject patch {{QStringLiteral("cache"),
                                  QJsonObject {{QStringLiteral("strategy"), QLatin1String(name)},
                                               {QStringLiteral("ttlMs"), 1234},
                                               {QStringLiteral("invalidationLagMs"), 567}}}};
        const auto patched = defaults.patched(patch, &error);
        QVERIFY2(patched, qPrintable(error.message));
        QCOMPARE(PhotoCache::strategyName(patched->cache.strategy), QLatin1String(name));
        QCOMPARE(patched->cache.ttlMs, 1234);
        QCOMPARE(patched->cache.invalidationLagMs, 567);
        const auto again = BackendConfig::fromJson(patched->toJson(), &error);
        QVERIFY2(again, qPrintable(error.message));
        QCOMPARE(again->toJson(), patched->toJson());
    }
}

void TestBackendModels::configRejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("negative latency")
        << QByteArray(R"({"latency":{"reads":{"baseMs":-1}}})") << "invalid_field"
        << "latency.reads.baseMs must be ≥ 0";
    QTest::newRow("fractional latency")
        << QByteArray(R"({"latency":{"writes":{"jitterMs":1.5}}})") << "invalid_field"
        << "latency.writes.jitterMs must be a whole number, not a fraction";
    QTest::newRow("string latency")
        << QByteArray(R"({"latency":{"reads":{"capMs":"10"}}})") << "invalid_field"
        << "latency.reads.capMs must be a whole number";
    QTest::newRow("unknown distribution")
        << QByteArray(R"({"latency":{"reads":{"distribution":"pareto"}}})") << "invalid_field"
        << "latency.reads.distribution must be one of: fixed, uniform, normal, lognormal";
    QTest::newRow("unknown top-level field")
        << QByteArray(R"({"colour":"blue"})") << "unknown_field"
        << "colour is not a known field";
    QTest::newRow("unknown nested field")
        << QByteArray(R"({"faults":{"errorRatio":0.1}})") << "unknown_field"
        << "faults.errorRatio is not a known field";
    QTest::newRow("rate above one")
        << QByteArray(R"({"faults":{"errorRate":1.5}})") << "invalid_field"
        << "faults.errorRate must be between 0 and 1";
    QTest::newRow("rates sum above one")
        << QByteArray(R"({"faults":{"errorRate":0.6,"hangRate":0.6}})") << "invalid_field"
        << "faults.errorRate + faults.hangRate + faults.lostResponseRate must be ≤ 1";
    QTest::newRow("offline not bool")
        << QByteArray(R"({"faults":{"offline":1}})") << "invalid_field"
        << "faults.offline must be true or false";
    QTest::newRow("six replicas") << QByteArray(
        R"({"replication":{"replicas":[{},{},{},{},{},{}]}})")
                                  << "invalid_field"
                                  << "replication.replicas must have 0 to 5 entries";
    QTest::newRow("replica p95 below median") << QByteArray(
        R"({"replication":{"replicas":[{"model":"lognormal","medianMs":50,"p95Ms":10}]}})")
                                              << "invalid_field"
                                              << "replication.replicas[0].p95Ms must be ≥ medianMs";
    QTest::newRow("settle max below min")
        << QByteArray(R"({"transfers":{"settleMinMs":500,"settleMaxMs":100}})") << "invalid_field"
        << "transfers.settleMaxMs must be ≥ transfers.settleMinMs";
    QTest::newRow("zero ttl") << QByteArray(R"({"idempotency":{"ttlMs":0}})") << "invalid_field"
                              << "idempotency.ttlMs must be ≥ 1";
    QTest::newRow("unknown cache strategy")
        << QByteArray(R"({"cache":{"strategy":"lru"}})") << "invalid_field"
        << "cache.strategy must be one of: none, ttl, write-through, event, versioned";
    QTest::newRow("negative cache ttl")
        << QByteArray(R"({"cache":{"ttlMs":-5}})") << "invalid_field"
        << "cache.ttlMs must be ≥ 0";
    QTest::newRow("negative seed") << QByteArray(R"({"seed":-3})") << "invalid_field"
                                   << "seed must be ≥ 0";
    QTest::newRow("latency not object") << QByteArray(R"({"latency":[]})") << "invalid_field"
                                        << "latency must be an object";
}

void TestBackendModels::configRejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, code);
    QFETCH(QString, message);
    ApiError error;
    const auto config =
        BackendConfig::defaults().patched(QJsonDocument::fromJson(json).object(), &error);
    QVERIFY(!config);
    QCOMPARE(error.code, code);
    QCOMPARE(error.message, message);
    QCOMPARE(error.status, 400);
}

void TestBackendModels::configPatchMerges()
{
    ApiError error;
    const auto config = BackendConfig::defaults().patched(
        QJsonDocument::fromJson(R"({"seed":9,"latency":{"reads":{"baseMs":5}}})").object(), &error);
    QVERIFY2(config, qPrintable(error.message));
    QCOMPARE(config->seed, 9u);
    QCOMPARE(config->reads.baseMs, 5);
    QCOMPARE(config->reads.distribution, BackendConfig::defaults().reads.distribution);
    QCOMPARE(config->writes.baseMs, BackendConfig::defaults().writes.baseMs);
}

void TestBackendModels::schemaDescribesEveryField()
{
    // The backend's defaults are the schema's, and every field it serializes has a schema row
    // (and no row is left without a member).
    const QJsonObject json = BackendConfig::defaults().toJson();
    QCOMPARE(json, ConfigSchema::defaults());
    QStringList served;
    for (const QString &path : JsonPath::leafPaths(json)) {
        const QString generic = JsonPath::generic(path);
        if (!served.contains(generic))
            served.append(generic);
    }
    QStringList described;
    for (const ConfigSchema::Field &field : ConfigSchema::fields()) {
        if (field.type != ConfigSchema::Type::List)
            described.append(field.path);
    }
    served.sort();
    described.sort();
    QCOMPARE(served, described);
    QCOMPARE(double(BackendConfig::maxReplicas),
             ConfigSchema::field(QStringLiteral("replication.replicas"))->max);
}

void TestBackendModels::eventRingResets()
{
    EventBus bus(3);
    for (int i = 0; i < 5; ++i)
        bus.publish(QStringLiteral("write.accepted"), {}, {}, i + 1, {}, 0);
    bool reset = false;
    auto events = bus.after(4, 100, &reset);
    QVERIFY(!reset);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().seq, 5);
    events = bus.after(1, 100, &reset); // seq 2 was dropped from the ring
    QVERIFY(reset);
    QCOMPARE(events.size(), 3);
    QCOMPARE(events.first().seq, 3);
    events = bus.after(2, 100, &reset); // 3 is the oldest kept: nothing was missed
    QVERIFY(!reset);
    events = bus.after(99, 100, &reset); // ahead of the server: it restarted
    QVERIFY(reset);
}

void TestBackendModels::eventsBodyIsWhatQtWouldWrite()
{
    EventBus bus(4);
    const QJsonObject item {{QStringLiteral("id"), 7},
                            {QStringLiteral("title"), QStringLiteral("Oak \"Table\" – ü")},
                            {QStringLiteral("favorite"), true}};
    bus.publish(
        QStringLiteral("write.accepted"), QStringLiteral("tap-1"), QStringLiteral("laptop"), 1,
        {{QStringLiteral("kind"), QStringLiteral("item")}, {QStringLiteral("item"), item}}, 1630);
    bus.publish(QStringLiteral("replica.applied"), {}, {}, 1,
                {{QStringLiteral("replica"), 1}, {QStringLiteral("appliedLsn"), 1}}, 1806);
    bus.publish(QStringLiteral("data.reset"), QStringLiteral("srv-9"), {}, 0,
                {{QStringLiteral("seed"), double((qint64(1) << 53) - 1)}}, 9000000000);
    const struct
    {
        qint64 after;
        int limit;
    } pages[] = {{0, 100}, {1, 1}, {3, 100}, {99, 100}};
    for (const auto &page : pages) {
        bool reset = false;
        const QList<EventBus::Event> found = bus.after(page.after, page.limit, &reset);
        QJsonArray events;
        for (const EventBus::Event &event : found)
            events.append(event.toJson());
        const qint64 next = found.isEmpty() ? page.after : found.constLast().seq;
        const QJsonObject expected {{QStringLiteral("events"), events},
                                    {QStringLiteral("next"), next},
                                    {QStringLiteral("reset"), reset},
                                    {QStringLiteral("lastSeq"), bus.lastSeq()}};
        QCOMPARE(eventsBody(found, next, reset, bus.lastSeq()),
                 QJsonDocument(expected).toJson(QJsonDocument::Compact));
    }
}

void TestBackendModels::healthBodyIsWhatQtWouldWrite_data()
{
    QTest::addColumn<Simulation::Health>("health");
    QTest::newRow("no replicas") << Simulation::Health {};
    QTest::newRow("three, one paused and lagging") << Simulation::Health {
        42, 17, {{1, 17, 0, false}, {2, 12, 850, true}, {3, 16, 40, false}}, 2, 99, false};
    QTest::newRow("offline, large figures")
        << Simulation::Health {(qint64(1) << 53) - 1,
                               9000000000,
                               {{1, 8999999999, 123456789, false}},
                               0,
                               7000000000,
                               true};
    QTest::newRow("on PostgreSQL") << Simulation::Health {1, 67154648, {{1, 67154768, 0, false}}, 0,
                                                          3, false,    QStringLiteral("postgres")};
}

void TestBackendModels::healthBodyIsWhatQtWouldWrite()
{
    QFETCH(Simulation::Health, health);
    QJsonArray replicas;
    for (const auto &r : health.replicas) {
        replicas.append(
            QJsonObject {{QStringLiteral("id"), r.id},
                         {QStringLiteral("node"), QStringLiteral("replica-%1").arg(r.id)},
                         {QStringLiteral("appliedLsn"), r.appliedLsn},
                         {QStringLiteral("lagMs"), r.lagMs},
                         {QStringLiteral("paused"), r.paused}});
    }
    const QJsonObject expected {
        {QStringLiteral("status"), QStringLiteral("ok")},
        {QStringLiteral("seed"), health.seed},
        {QStringLiteral("primaryLsn"), health.primaryLsn},
        {QStringLiteral("replicas"), replicas},
        {QStringLiteral("pendingTransfers"), health.pendingTransfers},
        {QStringLiteral("eventSeq"), health.eventSeq},
        {QStringLiteral("offline"), health.offline},
        {QStringLiteral("store"), health.store},
    };
    QCOMPARE(healthBody(health), QJsonDocument(expected).toJson(QJsonDocument::Compact));
}

QTEST_GUILESS_MAIN(TestBackendModels)
#include "tst_backendmodels.moc"
