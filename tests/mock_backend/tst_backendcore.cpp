// The simulation and API rules without sockets: a ManualClock moves time by hand.

#include "core/clock.h"
#include "mock_backend/config/backendconfig.h"
#include "mock_backend/http/httpapi.h"
#include "mock_backend/sim/simulation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <memory>

using namespace mock;

namespace {

struct Harness
{
    explicit Harness(const BackendConfig &config)
        : simulation(config, clock)
        , api(simulation)
    {
    }

    // Admits and, unless answered at once, executes; parked requests get their final attempt.
    ApiResponse send(const QByteArray &method, const QString &pathAndQuery,
                     const QByteArray &body = {}, const HeaderList &extra = {})
    {
        const ApiRequest request = make(method, pathAndQuery, body, extra);
        HttpApi::Admission a = api.admit(request);
        if (a.kind == HttpApi::Admission::Kind::Respond)
            return a.response;
        if (a.kind != HttpApi::Admission::Kind::Proceed) {
            ApiResponse none;
            none.status = a.kind == HttpApi::Admission::Kind::Hang ? -1 : 0;
            return none;
        }
        HttpApi::Execution e = api.execute(request, a, false);
        if (e.parked)
            e = api.execute(request, a, true);
        return e.response;
    }

    static ApiRequest make(const QByteArray &method, const QString &pathAndQuery,
                           const QByteArray &body = {}, const HeaderList &extra = {})
    {
        ApiRequest r;
        r.method = method;
        const qsizetype q = pathAndQuery.indexOf(u'?');
        r.path = q < 0 ? pathAndQuery : pathAndQuery.left(q);
        if (q >= 0)
            r.query = QUrlQuery(pathAndQuery.mid(q + 1));
        r.body = body;
        if (!body.isEmpty())
            r.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
        r.headers += extra;
        return r;
    }

    static QJsonObject json(const ApiResponse &r)
    {
        return QJsonDocument::fromJson(r.body).object();
    }

    ManualClock clock;
    Simulation simulation;
    HttpApi api;
};

BackendConfig fixedLagConfig(QList<qint64> lags)
{
    BackendConfig c = BackendConfig::instant();
    c.replicas.clear();
    for (qint64 lag : lags) {
        LagModel m;
        m.baseMs = lag;
        c.replicas.append(m);
    }
    return c;
}

const QByteArray favTrue = R"({"favorite":true})";

} // namespace

class TestBackendCore : public QObject
{
    Q_OBJECT

private slots:
    void replicasApplyInLsnOrderAfterTheirLag();
    void lagIsAQueueThatDrains();
    void pausedReplicaCatchesUpOnResume();
    void readRouting_data();
    void readRouting();
    void readYourWritesWaitsThenFallsBackToPrimary();
    void idempotentReplay();
    void idempotencyConflicts();
    void idempotencyKeysExpire();
    void transferWithoutKeyIsRejected();
    void transfersHoldThenSettle_data();
    void transfersHoldThenSettle();
    void transferBusinessRules_data();
    void transferBusinessRules();
    void sameSeedSameOutcomes();
    void oneShotFaults();
    void eventsCarryCorrelationAndClient();
    void resetRestoresInitialState();
    void otherDeviceWrite();
};

void TestBackendCore::replicasApplyInLsnOrderAfterTheirLag()
{
    Harness h(fixedLagConfig({100, 300}));
    for (int i = 1; i <= 3; ++i) {
        QCOMPARE(h.send("PUT", QStringLiteral("/items/%1/favorite").arg(i), favTrue).status, 200);
        h.clock.advance(10);
    }
    QCOMPARE(h.simulation.log().lastLsn(), 3);
    QCOMPARE(h.simulation.nextWakeMs(), std::optional<qint64>(100));
    h.clock.setNow(99);
    h.simulation.advance();
    QCOMPARE(h.simulation.replicas().replica(1).store.appliedLsn(), 0);
    h.clock.setNow(110);
    h.simulation.advance();
    QCOMPARE(h.simulation.replicas().replica(1).store.appliedLsn(), 2);
    QCOMPARE(h.simulation.replicas().replica(2).store.appliedLsn(), 0);
    QCOMPARE(h.simulation.replicas().lagMs(2, h.clock.nowMs(), h.simulation.log()), 110);
    h.clock.setNow(320);
    h.simulation.advance();
    QCOMPARE(h.simulation.replicas().replica(1).store.appliedLsn(), 3);
    QCOMPARE(h.simulation.replicas().replica(2).store.appliedLsn(), 3);
    QVERIFY(h.simulation.replicas().replica(2).store.item(3)->favorite);
    QCOMPARE(h.simulation.replicas().lagMs(2, h.clock.nowMs(), h.simulation.log()), 0);
    QVERIFY(!h.simulation.nextWakeMs());
}

void TestBackendCore::lagIsAQueueThatDrains()
{
    // A long lag for one entry holds back every later entry on that replica.
    BackendConfig c = fixedLagConfig({0});
    c.replicas[0].kind = LagModel::Kind::Uniform;
    c.replicas[0].baseMs = 0;
    c.replicas[0].jitterMs = 1000;
    Harness h(c);
    for (int i = 1; i <= 20; ++i) {
        h.send("PUT", QStringLiteral("/items/%1/favorite").arg(i), favTrue);
        h.clock.advance(5);
    }
    qint64 last = 0;
    for (int t = 0; t <= 1200; t += 7) {
        h.clock.setNow(t);
        h.simulation.advance();
        const qint64 applied = h.simulation.replicas().replica(1).store.appliedLsn();
        QVERIFY(applied >= last);
        // Everything applied so far is a prefix of the log.
        for (int id = 1; id <= 20; ++id)
            QCOMPARE(h.simulation.replicas().replica(1).store.item(id)->favorite, id <= applied);
        last = applied;
    }
    QCOMPARE(last, 20);
}

void TestBackendCore::pausedReplicaCatchesUpOnResume()
{
    Harness h(fixedLagConfig({50}));
    h.simulation.setReplicaPaused(1, true);
    h.send("PUT", QStringLiteral("/items/1/favorite"), favTrue);
    h.clock.setNow(5000);
    h.simulation.advance();
    QCOMPARE(h.simulation.replicas().replica(1).store.appliedLsn(), 0);
    QCOMPARE(h.simulation.replicas().lagMs(1, 5000, h.simulation.log()), 5000);
    QVERIFY(!h.simulation.nextWakeMs()); // nothing to wake for while partitioned
    h.simulation.setReplicaPaused(1, false);
    h.simulation.advance();
    QCOMPARE(h.simulation.replicas().replica(1).store.appliedLsn(), 1);
}

void TestBackendCore::readRouting_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QByteArray>("servedBy");
    QTest::addColumn<qint64>("lsn");
    // State: 2 writes committed; replica-1 applied 2, replica-2 applied 1, replica-3 paused at 0.
    QTest::newRow("primary") << "consistency=primary" << QByteArray("primary") << 2LL;
    QTest::newRow("pinned replica") << "replica=3" << QByteArray("replica-3") << 0LL;
    QTest::newRow("minLsn 1: first caught-up replica")
        << "minLsn=1" << QByteArray("replica-1") << 2LL;
    QTest::newRow("minLsn 2") << "minLsn=2" << QByteArray("replica-1") << 2LL;
    QTest::newRow("minLsn beyond replicas falls back to primary")
        << "minLsn=3" << QByteArray("primary") << 2LL;
}

void TestBackendCore::readRouting()
{
    QFETCH(QString, query);
    QFETCH(QByteArray, servedBy);
    QFETCH(qint64, lsn);
    Harness h(fixedLagConfig({10, 10, 10}));
    h.simulation.setReplicaPaused(3, true);
    h.send("PUT", QStringLiteral("/items/1/favorite"), favTrue);
    h.clock.setNow(10);
    h.simulation.advance(); // lsn 1 everywhere except replica 3
    h.simulation.setReplicaPaused(2, true);
    h.send("PUT", QStringLiteral("/items/2/favorite"), favTrue);
    h.clock.setNow(20);
    h.simulation.advance();
    QCOMPARE(h.simulation.primary().appliedLsn(), 2);
    QCOMPARE(h.simulation.replicas().replica(1).store.appliedLsn(), 2);
    QCOMPARE(h.simulation.replicas().replica(2).store.appliedLsn(), 1);
    if (query == QLatin1String("minLsn=3")) {
        // Ask for an LSN that only the primary could ever serve (here: the primary has 2).
        query = QStringLiteral("minLsn=2");
        h.simulation.setReplicaPaused(1, true);
        h.send("PUT", QStringLiteral("/items/3/favorite"), favTrue);
        query = QStringLiteral("minLsn=3");
        lsn = 3;
    }
    const ApiResponse r = h.send("GET", QStringLiteral("/items?") + query);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("X-Served-By"), servedBy);
    QCOMPARE(r.header("X-LSN").toLongLong(), lsn);
    QCOMPARE(Harness::json(r).value(QStringLiteral("lsn")).toInteger(), lsn);
}

void TestBackendCore::readYourWritesWaitsThenFallsBackToPrimary()
{
    Harness h(fixedLagConfig({100}));
    h.send("PUT", QStringLiteral("/items/1/favorite"), favTrue);
    const ApiRequest request = Harness::make("GET", QStringLiteral("/items/1?minLsn=1&waitMs=500"));
    const HttpApi::Admission a = h.api.admit(request);
    QCOMPARE(a.kind, HttpApi::Admission::Kind::Proceed);
    HttpApi::Execution e = h.api.execute(request, a, false);
    QVERIFY(e.parked);
    QCOMPARE(e.parkUntilMs, 500);
    h.clock.setNow(100);
    e = h.api.execute(request, a, false); // the replica caught up while the read waited
    QVERIFY(!e.parked);
    QCOMPARE(e.response.header("X-Served-By"), QByteArray("replica-1"));

    h.simulation.setReplicaPaused(1, true);
    h.send("PUT", QStringLiteral("/items/2/favorite"), favTrue);
    const ApiRequest second = Harness::make("GET", QStringLiteral("/items/2?minLsn=2&waitMs=500"));
    const HttpApi::Admission a2 = h.api.admit(second);
    QVERIFY(h.api.execute(second, a2, false).parked);
    e = h.api.execute(second, a2, true); // deadline: the primary answers
    QCOMPARE(e.response.header("X-Served-By"), QByteArray("primary"));
    QVERIFY(Harness::json(e.response)[QStringLiteral("item")][QStringLiteral("favorite")].toBool());
    // The naive read from the partitioned replica still shows the old value.
    const ApiResponse stale = h.send("GET", QStringLiteral("/items/2?replica=1"));
    QVERIFY(!Harness::json(stale)[QStringLiteral("item")][QStringLiteral("favorite")].toBool());
}

void TestBackendCore::idempotentReplay()
{
    Harness h(BackendConfig::instant());
    const HeaderList key {{"Idempotency-Key", "k-1"}};
    const ApiResponse first = h.send("PUT", QStringLiteral("/items/4/favorite"), favTrue, key);
    QCOMPARE(first.status, 200);
    QVERIFY(first.header("Idempotent-Replayed").isEmpty());
    // Same key, same body (other spacing): the stored answer, no second write.
    const ApiResponse again =
        h.send("PUT", QStringLiteral("/items/4/favorite"), R"({ "favorite" : true })", key);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.body, first.body);
    QCOMPARE(again.header("Idempotent-Replayed"), QByteArray("true"));
    QCOMPARE(again.header("X-Write-LSN"), first.header("X-Write-LSN"));
    QCOMPARE(h.simulation.log().lastLsn(), 1);
    QCOMPARE(h.simulation.idempotency().size(), 1);
}

void TestBackendCore::idempotencyConflicts()
{
    Harness h(BackendConfig::instant());
    const HeaderList key {{"Idempotency-Key", "k-2"}};
    const ApiRequest first =
        Harness::make("PUT", QStringLiteral("/items/4/favorite"), favTrue, key);
    const HttpApi::Admission inFlight = h.api.admit(first);
    QCOMPARE(inFlight.kind, HttpApi::Admission::Kind::Proceed);
    // While the first is in flight: the same request is 409, a different one 422.
    QCOMPARE(h.send("PUT", QStringLiteral("/items/4/favorite"), favTrue, key).status, 409);
    const ApiResponse other =
        h.send("PUT", QStringLiteral("/items/4/favorite"), R"({"favorite":false})", key);
    QCOMPARE(other.status, 422);
    QCOMPARE(Harness::json(other)[QStringLiteral("error")][QStringLiteral("code")].toString(),
             QStringLiteral("idempotency_key_reused"));
    QCOMPARE(h.api.execute(first, inFlight, false).response.status, 200);
    QCOMPARE(h.send("PUT", QStringLiteral("/items/5/favorite"), favTrue, key).status, 422);
    // A failed request does not use up its key: fix the body and retry with the same key.
    const HeaderList key3 {{"Idempotency-Key", "k-3"}};
    QCOMPARE(h.send("PUT", QStringLiteral("/items/6/favorite"), R"({"favorite":1})", key3).status,
             400);
    QCOMPARE(h.send("PUT", QStringLiteral("/items/6/favorite"), favTrue, key3).status, 200);
}

void TestBackendCore::idempotencyKeysExpire()
{
    BackendConfig c = BackendConfig::instant();
    c.idempotencyTtlMs = 1000;
    Harness h(c);
    const HeaderList key {{"Idempotency-Key", "k-ttl"}};
    h.send("PUT", QStringLiteral("/items/1/favorite"), favTrue, key);
    h.clock.setNow(999);
    QCOMPARE(h.send("PUT", QStringLiteral("/items/1/favorite"), favTrue, key)
                 .header("Idempotent-Replayed"),
             QByteArray("true"));
    h.clock.setNow(1000);
    const ApiResponse fresh = h.send("PUT", QStringLiteral("/items/1/favorite"), favTrue, key);
    QVERIFY(fresh.header("Idempotent-Replayed").isEmpty());
    QCOMPARE(h.simulation.log().lastLsn(), 2);
}

void TestBackendCore::transferWithoutKeyIsRejected()
{
    Harness h(BackendConfig::instant());
    const ApiResponse r =
        h.send("POST", QStringLiteral("/transfers"), R"({"payeeId":"p-1","amount":100})");
    QCOMPARE(r.status, 400);
    QCOMPARE(Harness::json(r)[QStringLiteral("error")][QStringLiteral("code")].toString(),
             QStringLiteral("idempotency_key_required"));
    QCOMPARE(h.simulation.log().lastLsn(), 0);
}

void TestBackendCore::transfersHoldThenSettle_data()
{
    QTest::addColumn<double>("successRate");
    QTest::addColumn<QString>("finalState");
    QTest::addColumn<qint64>("finalBalance");
    QTest::newRow("settles") << 1.0 << "completed" << 124000LL - 12000;
    QTest::newRow("declined") << 0.0 << "failed" << 124000LL;
}

void TestBackendCore::transfersHoldThenSettle()
{
    QFETCH(double, successRate);
    QFETCH(QString, finalState);
    QFETCH(qint64, finalBalance);
    BackendConfig c = fixedLagConfig({});
    c.transfers.settleMinMs = 2000;
    c.transfers.settleMaxMs = 5000;
    c.transfers.successRate = successRate;
    Harness h(c);
    const ApiResponse created =
        h.send("POST", QStringLiteral("/transfers"),
               R"({"payeeId":"p-2","amount":12000,"note":"Rent"})", {{"Idempotency-Key", "t"}});
    QCOMPARE(created.status, 202);
    const QJsonObject transfer = Harness::json(created)[QStringLiteral("transfer")].toObject();
    QCOMPARE(transfer[QStringLiteral("state")].toString(), QStringLiteral("pending"));
    QCOMPARE(h.simulation.primary().available(), 124000 - 12000);
    QCOMPARE(h.simulation.primary().balance(), 124000);
    const auto wake = h.simulation.nextWakeMs();
    QVERIFY(wake && *wake >= 2000 && *wake <= 5000);
    h.clock.setNow(*wake - 1);
    h.simulation.advance();
    QCOMPARE(h.simulation.primary().pendingTransferCount(), 1);
    h.clock.setNow(*wake);
    h.simulation.advance();
    const DataStore::Transfer *t = h.simulation.primary().transfer(QStringLiteral("t-1"));
    QCOMPARE(t->state, finalState);
    QCOMPARE(t->settledAtMs, *wake);
    QCOMPARE(t->reason.isEmpty(), successRate > 0);
    QCOMPARE(h.simulation.primary().balance(), finalBalance);
    QCOMPARE(h.simulation.primary().available(), finalBalance);
    QCOMPARE(h.simulation.log().lastLsn(), 2); // creation and settlement are both writes
    bool reset = false;
    const auto events = h.simulation.events().after(0, 100, &reset);
    QCOMPARE(events.constLast().type,
             successRate > 0 ? QStringLiteral("transfer.settled")
                             : QStringLiteral("transfer.failed"));
    QCOMPARE(events.constLast().lsn, 2);
}

void TestBackendCore::transferBusinessRules_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("over limit") << QByteArray(R"({"payeeId":"p-1","amount":500001})") << 422
                                << "over_limit";
    QTest::newRow("insufficient funds")
        << QByteArray(R"({"payeeId":"p-1","amount":124001})") << 422 << "insufficient_funds";
    QTest::newRow("unknown payee")
        << QByteArray(R"({"payeeId":"p-99","amount":100})") << 422 << "unknown_payee";
    QTest::newRow("exactly available")
        << QByteArray(R"({"payeeId":"p-1","amount":124000})") << 202 << "";
}

void TestBackendCore::transferBusinessRules()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    Harness h(BackendConfig::instant());
    const ApiResponse r =
        h.send("POST", QStringLiteral("/transfers"), body, {{"Idempotency-Key", "x"}});
    QCOMPARE(r.status, status);
    QCOMPARE(Harness::json(r)[QStringLiteral("error")][QStringLiteral("code")].toString(), code);
    // Pending transfers hold the money: a second transfer cannot spend it again.
    if (status == 202)
        QCOMPARE(h.send("POST", QStringLiteral("/transfers"), R"({"payeeId":"p-1","amount":1})",
                        {{"Idempotency-Key", "y"}})
                     .status,
                 422);
}

void TestBackendCore::sameSeedSameOutcomes()
{
    const auto run = [](quint64 seed) {
        BackendConfig c = BackendConfig::defaults();
        c.seed = seed;
        c.faults.errorRate = 0.2;
        c.faults.lostResponseRate = 0.1;
        c.transfers.successRate = 0.5;
        Harness h(c);
        QStringList outcomes;
        for (int i = 0; i < 60; ++i) {
            h.clock.advance(37);
            ApiResponse r;
            if (i % 3 == 0)
                r = h.send("PUT", QStringLiteral("/items/%1/favorite").arg(i % 40 + 1), favTrue);
            else if (i % 7 == 0)
                r = h.send("POST", QStringLiteral("/transfers"), R"({"payeeId":"p-1","amount":10})",
                           {{"Idempotency-Key", QByteArray::number(i)}});
            else
                r = h.send("GET", QStringLiteral("/items"));
            outcomes << QStringLiteral("%1 %2 %3")
                            .arg(r.status)
                            .arg(QString::fromUtf8(r.header("X-Served-By")),
                                 QString::fromUtf8(r.header("X-LSN")));
        }
        h.clock.advance(10000);
        h.simulation.advance();
        for (const auto &t : Harness::json(h.send(
                 "GET",
                 QStringLiteral("/transfers?consistency=primary")))[QStringLiteral("transfers")]
                                 .toArray())
            outcomes << t[QStringLiteral("state")].toString()
                    + t[QStringLiteral("reason")].toString();
        return outcomes;
    };
    const QStringList a = run(1234);
    QCOMPARE(run(1234), a);
    QVERIFY(a.join(u',').contains(QLatin1String("503")));
    QVERIFY(a.join(u',').contains(QLatin1String("replica-")));
    QVERIFY(run(4321) != a);
}

void TestBackendCore::oneShotFaults()
{
    Harness h(BackendConfig::instant());
    h.simulation.faults().failTimes(QStringLiteral("PUT /items/{id}/favorite"), 2,
                                    FaultInjector::Action::Error);
    QCOMPARE(h.send("GET", QStringLiteral("/items")).status, 200); // other routes unaffected
    QCOMPARE(h.send("PUT", QStringLiteral("/items/1/favorite"), favTrue).status, 503);
    QCOMPARE(h.send("PUT", QStringLiteral("/items/1/favorite"), favTrue).status, 503);
    QCOMPARE(h.send("PUT", QStringLiteral("/items/1/favorite"), favTrue).status, 200);
    // "Fail next" waits for a write; reads and /health leave it alone.
    h.simulation.faults().failNext(1, FaultInjector::Action::Error);
    QCOMPARE(h.send("GET", QStringLiteral("/health")).status, 200);
    QCOMPARE(h.send("GET", QStringLiteral("/account")).status, 200);
    QCOMPARE(h.send("PUT", QStringLiteral("/items/2/favorite"), favTrue).status, 503);
    QCOMPARE(h.send("PUT", QStringLiteral("/items/2/favorite"), favTrue).status, 200);
    h.simulation.faults().failNext(2, FaultInjector::Action::Error,
                                   FaultInjector::Target::AnyRequest);
    QCOMPARE(h.send("GET", QStringLiteral("/health")).status, 200);
    QCOMPARE(h.send("GET", QStringLiteral("/account")).status, 503);
    QCOMPARE(h.send("GET", QStringLiteral("/profile")).status, 503);
    QCOMPARE(h.send("GET", QStringLiteral("/profile")).status, 200);
    h.simulation.faults().failNext(1, FaultInjector::Action::Hang,
                                   FaultInjector::Target::AnyRequest);
    QCOMPARE(h.send("GET", QStringLiteral("/profile")).status, -1);
    // Lost response: the write commits although the client will not hear about it.
    h.simulation.faults().failNext(1, FaultInjector::Action::LoseResponse);
    const ApiRequest write = Harness::make("PUT", QStringLiteral("/items/9/favorite"), favTrue);
    const HttpApi::Admission a = h.api.admit(write);
    QVERIFY(a.loseAfterCommit);
    QCOMPARE(h.api.execute(write, a, false).response.status, 200);
    QVERIFY(h.simulation.primary().item(9)->favorite);
}

void TestBackendCore::eventsCarryCorrelationAndClient()
{
    Harness h(fixedLagConfig({10}));
    h.send("PUT", QStringLiteral("/items/3/favorite"), favTrue,
           {{"X-Correlation-Id", "corr-7"}, {"X-Client-Id", "client-a"}});
    h.clock.setNow(10);
    h.simulation.advance();
    const ApiResponse r = h.send("GET", QStringLiteral("/events?after=0"));
    const QJsonArray events = Harness::json(r)[QStringLiteral("events")].toArray();
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[0][QStringLiteral("type")].toString(), QStringLiteral("write.accepted"));
    QCOMPARE(events[1][QStringLiteral("type")].toString(), QStringLiteral("replica.applied"));
    for (const auto &e : events) {
        QCOMPARE(e[QStringLiteral("correlationId")].toString(), QStringLiteral("corr-7"));
        QCOMPARE(e[QStringLiteral("clientId")].toString(), QStringLiteral("client-a"));
        QCOMPARE(e[QStringLiteral("lsn")].toInt(), 1);
    }
    QCOMPARE(Harness::json(r)[QStringLiteral("next")].toInt(), 2);
    // Resuming from the last seen sequence number returns nothing new.
    const ApiResponse resumed = h.send("GET", QStringLiteral("/events?after=2"));
    QVERIFY(Harness::json(resumed)[QStringLiteral("events")].toArray().isEmpty());
    QCOMPARE(Harness::json(resumed)[QStringLiteral("next")].toInt(), 2);
}

void TestBackendCore::resetRestoresInitialState()
{
    Harness h(BackendConfig::instant());
    h.send("PUT", QStringLiteral("/items/3/favorite"), favTrue, {{"Idempotency-Key", "r"}});
    h.simulation.reset();
    QCOMPARE(h.simulation.log().lastLsn(), 0);
    QVERIFY(!h.simulation.primary().item(3)->favorite);
    QCOMPARE(h.simulation.idempotency().size(), 0);
    bool reset = false;
    QCOMPARE(h.simulation.events().after(0, 100, &reset).constLast().type,
             QStringLiteral("data.reset"));
}

void TestBackendCore::otherDeviceWrite()
{
    Harness h(BackendConfig::instant());
    const ApiResponse r =
        h.send("POST", QStringLiteral("/admin/simulate-device"), R"({"itemId":7,"favorite":true})");
    QCOMPARE(r.status, 200);
    bool reset = false;
    const auto events = h.simulation.events().after(0, 100, &reset);
    QCOMPARE(events.constFirst().clientId, QStringLiteral("other-device"));
    QVERIFY(h.simulation.primary().item(7)->favorite);
}

QTEST_GUILESS_MAIN(TestBackendCore)
#include "tst_backendcore.moc"
