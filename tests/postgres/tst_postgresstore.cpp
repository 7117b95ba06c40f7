// The PostgreSQL store against a real primary with two streaming replicas (the pg_cluster
// fixture, scripts/pg-cluster.sh): read routing for each consistency mode, the lag and pause
// knobs as recovery_min_apply_delay and pg_wal_replay_pause(), read-your-writes with the
// session's LSN, idempotent replay across a backend restart, knobs PostgreSQL cannot express,
// nodes that are not what they claim to be, and a reset that stays in its own schema.
// Each test has a schema of its own; waits are on conditions with generous deadlines.

#include "core/clock.h"
#include "mock_backend/config/backendconfig.h"
#include "mock_backend/http/httpapi.h"
#include "mock_backend/postgres/pgnode.h"
#include "mock_backend/postgres/postgresstore.h"
#include "mock_backend/sim/simulation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <memory>

using namespace mock;
using namespace Qt::StringLiterals;

namespace {

constexpr int patience = 60000; // ms: a loaded machine replays slowly, never this slowly

struct Backend
{
    explicit Backend(const PostgresSettings &settings,
                     const BackendConfig &config = BackendConfig::instant())
        : simulation(config, clock)
        , api(simulation)
    {
        auto store = PostgresStore::connect(settings, &error);
        if (store && !simulation.attachPostgres(std::move(store), &error))
            error.prepend(u"attach: "_s);
    }

    ApiResponse send(const QByteArray &method, const QString &target, const QJsonObject &body = {},
                     const QByteArray &idempotencyKey = {})
    {
        ApiRequest request;
        request.method = method;
        const qsizetype q = target.indexOf(u'?');
        request.path = target.left(q);
        if (q >= 0)
            request.query = QUrlQuery(target.mid(q + 1));
        if (!body.isEmpty())
            request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        request.headers = {{"Content-Type", "application/json"}, {"X-Client-Id", "pg-test"}};
        if (!idempotencyKey.isEmpty())
            request.headers.append({"Idempotency-Key", idempotencyKey});
        const HttpApi::Admission a = api.admit(request);
        if (a.kind == HttpApi::Admission::Kind::Respond)
            return a.response;
        if (a.kind != HttpApi::Admission::Kind::Proceed)
            return {};
        // The wait a read may ask for is the server's to carry out; here it is over at once.
        return api.execute(request, a, true).response;
    }
    QJsonObject json(const QByteArray &method, const QString &target, const QJsonObject &body = {})
    {
        return QJsonDocument::fromJson(send(method, target, body).body).object();
    }
    bool favoriteOn(const QString &query, int item)
    {
        return json("GET", u"/items/%1?%2"_s.arg(item).arg(query))
            .value(u"item"_s)
            .toObject()
            .value(u"favorite"_s)
            .toBool();
    }
    qint64 setFavorite(int item, bool favorite)
    {
        return json("PUT", u"/items/%1/favorite"_s.arg(item), {{u"favorite"_s, favorite}})
            .value(u"lsn"_s)
            .toInteger(-1);
    }
    ApiResponse setLag(qint64 replica1Ms, qint64 replica2Ms)
    {
        const QJsonArray replicas {
            QJsonObject {{u"model"_s, u"fixed"_s}, {u"baseMs"_s, replica1Ms}},
            QJsonObject {{u"model"_s, u"fixed"_s}, {u"baseMs"_s, replica2Ms}}};
        return send("PATCH", u"/admin/config"_s,
                    {{u"replication"_s, QJsonObject {{u"replicas"_s, replicas}}}});
    }

    SteadyClock clock;
    Simulation simulation;
    HttpApi api;
    QString error;
};

QByteArray servedBy(const ApiResponse &r)
{
    return r.header("X-Served-By");
}

} // namespace

class TestPostgresStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void answersSayWhichNodeServed_data();
    void aReplicaBehindTheSchemasCreationServesTheSeededState();
    void answersSayWhichNodeServed();
    void writesAnswerWithTheWalPositionAfterCommit();
    void lagHoldsAWriteBackOnOneReplica();
    void readYourWritesWithTheSessionsLsn();
    void pauseStopsReplayAndResumeCatchesUp();
    void idempotentReplaySurvivesARestart();
    void aLostConnectionIsReplaced();
    void aKeyWhoseAnswerWasLostIsNeverAppliedTwice();
    void photoBytesReplicateWithTheirVersion();
    void transfersSettleInTheDatabase();
    void aScenarioConfigurationKeepsTheRealReplicas();
    void knobsPostgresCannotExpressAreRefused_data();
    void knobsPostgresCannotExpressAreRefused();
    void nodesThatAreNotWhatTheySeemAreRefused_data();
    void nodesThatAreNotWhatTheySeemAreRefused();
    void aSchemaWithOthersTablesIsLeftAlone();
    void resetDeletesOnlyItsOwnRows();

private:
    PostgresSettings settingsFor(const QString &schema) const;
    std::unique_ptr<Backend> start();
    bool psql(int node, const QString &sql);

    PostgresSettings m_cluster;
    QString m_schema;
    std::unique_ptr<PgNode> m_admin;
};

void TestPostgresStore::initTestCase()
{
    m_cluster = PostgresSettings::fromEnvironment();
    if (!m_cluster.isEnabled())
        QSKIP("No cluster: CONVERGE_PG_PRIMARY is not set (the pg_cluster fixture sets it)");
    QVERIFY2(m_cluster.replicas.size() >= 2, "the cluster needs two replicas");
    m_admin = std::make_unique<PgNode>(u"primary"_s, m_cluster.primary);
    QString error;
    QVERIFY2(m_admin->open(&error), qPrintable(error));
}

void TestPostgresStore::init()
{
    m_schema = u"test_"_s + QString::fromLatin1(QTest::currentTestFunction()).toLower();
    QVERIFY(m_admin->exec(u"DROP SCHEMA IF EXISTS %1 CASCADE"_s.arg(m_schema)));
}

void TestPostgresStore::cleanup()
{
    // Replicas left delayed or paused would slow the next test down.
    for (int id = 1; id <= 2; ++id) {
        psql(id, u"ALTER SYSTEM RESET recovery_min_apply_delay"_s);
        psql(id, u"SELECT pg_reload_conf()"_s);
        psql(id, u"SELECT pg_wal_replay_resume()"_s);
    }
    m_admin->exec(u"DROP SCHEMA IF EXISTS %1 CASCADE"_s.arg(m_schema));
}

PostgresSettings TestPostgresStore::settingsFor(const QString &schema) const
{
    PostgresSettings s = m_cluster;
    s.schema = schema;
    return s;
}

std::unique_ptr<Backend> TestPostgresStore::start()
{
    auto backend = std::make_unique<Backend>(settingsFor(m_schema));
    if (!backend->error.isEmpty())
        qWarning("%s", qPrintable(backend->error));
    return backend;
}

bool TestPostgresStore::psql(int node, const QString &sql)
{
    PgNode n(u"node-%1"_s.arg(node),
             node == 0 ? m_cluster.primary : m_cluster.replicas.at(node - 1));
    return n.open(nullptr) && n.exec(sql);
}

void TestPostgresStore::answersSayWhichNodeServed_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QList<QByteArray>>("nodes");
    QTest::newRow("any: a replica")
        << u"consistency=any"_s << QList<QByteArray> {"replica-1", "replica-2"};
    QTest::newRow("primary") << u"consistency=primary"_s << QList<QByteArray> {"primary"};
    QTest::newRow("replica=2") << u"replica=2"_s << QList<QByteArray> {"replica-2"};
    QTest::newRow("minLsn=0: the first replica")
        << u"minLsn=0"_s << QList<QByteArray> {"replica-1"};
    QTest::newRow("minLsn beyond every node: the primary")
        << u"minLsn=9007199254740000"_s << QList<QByteArray> {"primary"};
}

void TestPostgresStore::answersSayWhichNodeServed()
{
    QFETCH(QString, query);
    QFETCH(QList<QByteArray>, nodes);
    auto backend = start();
    QVERIFY2(backend->error.isEmpty(), qPrintable(backend->error));
    const ApiResponse r = backend->send("GET", u"/items?"_s + query);
    QCOMPARE(r.status, 200);
    QVERIFY2(nodes.contains(servedBy(r)), servedBy(r).constData());
    // The node's own WAL position, a real one (PostgreSQL's start at 0/1000000 and up).
    const qint64 lsn = r.header("X-LSN").toLongLong();
    QVERIFY2(lsn >= 0x1000000, r.header("X-LSN").constData());
    QCOMPARE(QJsonDocument::fromJson(r.body).object().value(u"lsn"_s).toInteger(), lsn);
}

void TestPostgresStore::aReplicaBehindTheSchemasCreationServesTheSeededState()
{
    // Replica 1 is held back before the schema exists, and stays so.
    QVERIFY(psql(1, u"ALTER SYSTEM SET recovery_min_apply_delay = '600s'"_s));
    QVERIFY(psql(1, u"SELECT pg_reload_conf()"_s));
    BackendConfig config = BackendConfig::instant();
    config.replicas[0].baseMs = 600000;
    Backend backend(settingsFor(m_schema), config);
    QVERIFY2(backend.error.isEmpty(), qPrintable(backend.error));
    backend.setFavorite(2, true);
    const ApiResponse r = backend.send("GET", u"/items/2?replica=1"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(servedBy(r), "replica-1");
    QCOMPARE(QJsonDocument::fromJson(r.body)[u"item"_s][u"favorite"_s].toBool(), false);
    QTRY_VERIFY_WITH_TIMEOUT(backend.favoriteOn(u"replica=2"_s, 2), patience);
}

void TestPostgresStore::writesAnswerWithTheWalPositionAfterCommit()
{
    auto backend = start();
    QVERIFY2(backend->error.isEmpty(), qPrintable(backend->error));
    const qint64 first = backend->setFavorite(3, true);
    const qint64 second = backend->setFavorite(4, true);
    QVERIFY(first > 0);
    QVERIFY(second > first);
    // The primary's WAL has passed the commit: it is a position, not a counter.
    PgNode primary(u"primary"_s, m_cluster.primary);
    QVERIFY(primary.open(nullptr));
    QVERIFY(primary.walPosition() >= second);
    // The row read back names the write that left it so.
    const QJsonObject item =
        backend->json("GET", u"/items/4?consistency=primary"_s).value(u"item"_s).toObject();
    QCOMPARE(item.value(u"lsn"_s).toInteger(), second);
    QCOMPARE(item.value(u"favorite"_s).toBool(), true);
}

void TestPostgresStore::lagHoldsAWriteBackOnOneReplica()
{
    auto backend = start();
    QVERIFY2(backend->error.isEmpty(), qPrintable(backend->error));
    // Far longer than the test: replica 1 cannot have the write until the delay is lowered.
    QCOMPARE(backend->setLag(600000, 0).status, 200);
    const qint64 lsn = backend->setFavorite(7, true);
    QVERIFY(lsn > 0);
    QTRY_VERIFY_WITH_TIMEOUT(backend->favoriteOn(u"replica=2"_s, 7), patience);
    QVERIFY(!backend->favoriteOn(u"replica=1"_s, 7));
    const auto health = backend->simulation.health();
    QVERIFY(health.replicas.at(0).appliedLsn < lsn);
    QVERIFY(health.replicas.at(1).appliedLsn >= lsn);
    // Lowering the delay releases a commit that is already waiting.
    QCOMPARE(backend->setLag(0, 0).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(backend->favoriteOn(u"replica=1"_s, 7), patience);
    // The replica's catching up is an event, as in the simulation.
    backend->simulation.advance();
    bool reset = false;
    bool announced = false;
    for (const auto &e : backend->simulation.events().after(0, 1000, &reset)) {
        announced |= e.type == "replica.applied"_L1 && e.lsn == lsn
            && e.data.value(u"replica"_s).toInt() == 1;
    }
    QVERIFY(announced);
}

void TestPostgresStore::readYourWritesWithTheSessionsLsn()
{
    auto backend = start();
    QVERIFY2(backend->error.isEmpty(), qPrintable(backend->error));
    QCOMPARE(backend->setLag(600000, 600000).status, 200);
    const qint64 lsn = backend->setFavorite(9, true);
    // Neither replica has it: the primary answers, with the write.
    ApiResponse r = backend->send("GET", u"/items/9?minLsn=%1"_s.arg(lsn));
    QCOMPARE(servedBy(r), "primary");
    QVERIFY(QJsonDocument::fromJson(r.body)[u"item"_s][u"favorite"_s].toBool());
    // A naive read from a replica does not see it.
    QVERIFY(!backend->favoriteOn(u"consistency=any"_s, 9));
    // Once replica 2 has replayed it, replica 2 may serve the session.
    QCOMPARE(backend->setLag(600000, 0).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(servedBy(backend->send("GET", u"/items/9?minLsn=%1"_s.arg(lsn))),
                              "replica-2", patience);
    r = backend->send("GET", u"/items/9?minLsn=%1"_s.arg(lsn));
    QVERIFY(QJsonDocument::fromJson(r.body)[u"item"_s][u"favorite"_s].toBool());
    QVERIFY(r.header("X-LSN").toLongLong() >= lsn);
}

void TestPostgresStore::pauseStopsReplayAndResumeCatchesUp()
{
    auto backend = start();
    QVERIFY2(backend->error.isEmpty(), qPrintable(backend->error));
    QCOMPARE(backend->send("POST", u"/admin/replicas/2/pause"_s).status, 200);
    QVERIFY(backend->simulation.health().replicas.at(1).paused);
    const qint64 lsn = backend->setFavorite(11, true);
    QTRY_VERIFY_WITH_TIMEOUT(backend->favoriteOn(u"replica=1"_s, 11), patience);
    PgNode replica(u"replica-2"_s, m_cluster.replicas.at(1));
    QVERIFY(replica.open(nullptr));
    QCOMPARE(replica.value(u"SELECT pg_is_wal_replay_paused()"_s)->toBool(), true);
    QVERIFY(!backend->favoriteOn(u"replica=2"_s, 11));
    QVERIFY(backend->simulation.health().replicas.at(1).appliedLsn < lsn);
    QCOMPARE(backend->send("POST", u"/admin/replicas/2/resume"_s).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(backend->favoriteOn(u"replica=2"_s, 11), patience);
    // A backend starting again re-asserts what its configuration says.
    backend->setLag(0, 0);
    QCOMPARE(backend->send("POST", u"/admin/replicas/1/pause"_s).status, 200);
    QVERIFY(psql(1, u"SELECT pg_wal_replay_resume()"_s)); // as a replica restart would
    backend->simulation.attachPostgres(PostgresStore::connect(settingsFor(m_schema), nullptr),
                                       nullptr);
    PgNode first(u"replica-1"_s, m_cluster.replicas.at(0));
    QVERIFY(first.open(nullptr));
    QCOMPARE(first.value(u"SELECT pg_is_wal_replay_paused()"_s)->toBool(), true);
}

void TestPostgresStore::idempotentReplaySurvivesARestart()
{
    const QJsonObject transfer {{u"payeeId"_s, u"p-2"_s}, {u"amount"_s, 2500}};
    QString id;
    {
        auto backend = start();
        QVERIFY2(backend->error.isEmpty(), qPrintable(backend->error));
        const ApiResponse first = backend->send("POST", u"/transfers"_s, transfer, "key-restart");
        QCOMPARE(first.status, 202);
        id = QJsonDocument::fromJson(first.body)[u"transfer"_s][u"id"_s].toString();
    }
    auto again = start();
    QVERIFY2(again->error.isEmpty(), qPrintable(again->error));
    const ApiResponse replay = again->send("POST", u"/transfers"_s, transfer, "key-restart");
    QCOMPARE(replay.status, 202);
    QCOMPARE(replay.header("Idempotent-Replayed"), "true");
    QCOMPARE(QJsonDocument::fromJson(replay.body)[u"transfer"_s][u"id"_s].toString(), id);
    const QJsonArray transfers =
        again->json("GET", u"/transfers?consistency=primary"_s).value(u"transfers"_s).toArray();
    QCOMPARE(transfers.size(), 1);
    // The same key with another request is refused, also after the restart.
    QJsonObject other = transfer;
    other.insert(u"amount"_s, 9999);
    QCOMPARE(again->send("POST", u"/transfers"_s, other, "key-restart").status, 422);
    // A new transfer continues the numbering.
    const ApiResponse next = again->send("POST", u"/transfers"_s, transfer, "key-next");
    QVERIFY(QJsonDocument::fromJson(next.body)[u"transfer"_s][u"id"_s].toString() != id);
}

void TestPostgresStore::aLostConnectionIsReplaced()
{
    auto backend = start();
    QVERIFY2(backend->error.isEmpty(), qPrintable(backend->error));
    QVERIFY(backend->setFavorite(12, true) > 0);
    // As a restarted or failed-over server would: every session of the backend is cut.
    QVERIFY(m_admin->exec(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                          u"application_name = 'converge-backend' AND pid <> pg_backend_pid()"_s));
    const qint64 lsn = backend->setFavorite(13, true);
    QVERIFY2(lsn > 0, qPrintable(backend->simulation.storeError()));
    QVERIFY(backend->favoriteOn(u"consistency=primary"_s, 13));
    QVERIFY(backend->favoriteOn(u"consistency=primary"_s, 12));
}

void TestPostgresStore::aKeyWhoseAnswerWasLostIsNeverAppliedTwice()
{
    auto backend = start();
    QVERIFY2(backend->error.isEmpty(), qPrintable(backend->error));
    const QJsonObject transfer {{u"payeeId"_s, u"p-3"_s}, {u"amount"_s, 4000}};
    QCOMPARE(backend->send("POST", u"/transfers"_s, transfer, "key-lost").status, 202);
    // The backend forgets the key, as when the connection broke during COMMIT and it could not
    // know the write had landed.
    backend->simulation.releaseIdempotent(u"key-lost"_s);
    const ApiResponse again = backend->send("POST", u"/transfers"_s, transfer, "key-lost");
    QCOMPARE(again.status, 503);
    QVERIFY(QString::fromUtf8(again.body).contains(u"already committed"_s));
    const QJsonArray transfers =
        backend->json("GET", u"/transfers?consistency=primary"_s).value(u"transfers"_s).toArray();
    QCOMPARE(transfers.size(), 1);
    // The one transfer is what the person can find by its key.
    QCOMPARE(backend->send("GET", u"/transfers/by-key/key-lost?consistency=primary"_s).status, 200);
}

void TestPostgresStore::photoBytesReplicateWithTheirVersion()
{
    auto backend = start();
    QVERIFY2(backend->error.isEmpty(), qPrintable(backend->error));
    QCOMPARE(backend->setLag(600000, 0).status, 200);
    QFile file(u":/converge/backend/photos/default-avatar.png"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    ApiRequest upload;
    upload.method = "PUT";
    upload.path = u"/profile/photo"_s;
    upload.body = file.readAll();
    upload.headers = {{"Content-Type", "image/png"}, {"X-Client-Id", "pg-test"}};
    const HttpApi::Admission a = backend->api.admit(upload);
    QCOMPARE(int(a.kind), int(HttpApi::Admission::Kind::Proceed));
    const ApiResponse uploaded = backend->api.execute(upload, a, true).response;
    QCOMPARE(uploaded.status, 200);
    const int version = QJsonDocument::fromJson(uploaded.body)[u"photo"_s][u"version"_s].toInt();
    QCOMPARE(version, 2);
    QCOMPARE(backend->send("GET", u"/profile/photo/2?consistency=primary"_s).body, upload.body);
    QTRY_COMPARE_WITH_TIMEOUT(backend->send("GET", u"/profile/photo/2?replica=2"_s).status, 200,
                              patience);
    // The delayed replica knows neither the new version nor its bytes.
    QCOMPARE(backend->send("GET", u"/profile/photo/2?replica=1"_s).status, 404);
    QCOMPARE(QJsonDocument::fromJson(backend->send("GET", u"/profile?replica=1"_s)
                                         .body)[u"profile"_s][u"photo"_s][u"version"_s]
                 .toInt(),
             1);
}

void TestPostgresStore::transfersSettleInTheDatabase()
{
    auto backend = start();
    QVERIFY2(backend->error.isEmpty(), qPrintable(backend->error));
    const ApiResponse created = backend->send(
        "POST", u"/transfers"_s, {{u"payeeId"_s, u"p-1"_s}, {u"amount"_s, 1000}}, "key-settle");
    QCOMPARE(created.status, 202);
    const QString id = QJsonDocument::fromJson(created.body)[u"transfer"_s][u"id"_s].toString();
    const auto state = [&] {
        backend->simulation.advance();
        return QJsonDocument::fromJson(backend->send("GET", u"/transfers/%1?replica=1"_s.arg(id))
                                           .body)[u"transfer"_s][u"state"_s]
            .toString();
    };
    QTRY_VERIFY_WITH_TIMEOUT(state() != u"pending"_s && !state().isEmpty(), patience);
    // The row on the primary says so too, for anyone looking with psql.
    const auto row = m_admin->value(
        u"SELECT data->'transfer'->>'state' FROM %1.state WHERE kind = 'transfer' AND key = ?"_s
            .arg(m_schema),
        {id});
    QVERIFY(row);
    QCOMPARE(row->toString(), state());
}

void TestPostgresStore::aScenarioConfigurationKeepsTheRealReplicas()
{
    auto backend = start();
    QVERIFY2(backend->error.isEmpty(), qPrintable(backend->error));
    QCOMPARE(backend->setLag(1500, 0).status, 200);
    // A scenario sends its whole configuration, usually without replicas.
    const ApiResponse r =
        backend->send("PUT", u"/admin/config"_s,
                      {{u"seed"_s, 7}, {u"faults"_s, QJsonObject {{u"errorRate"_s, 0.5}}}});
    QCOMPARE(r.status, 200);
    const BackendConfig config = backend->simulation.config();
    QCOMPARE(config.faults.errorRate, 0.5);
    QCOMPARE(config.replicas.size(), 2);
    QCOMPARE(config.replicas.at(0).baseMs, 1500);
    QCOMPARE(int(config.replicas.at(0).kind), int(LagModel::Kind::Fixed));
}

void TestPostgresStore::knobsPostgresCannotExpressAreRefused_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    const QByteArray fixed = R"({"model":"fixed","baseMs":0})";
    QTest::newRow("a third replica")
        << QByteArray("PATCH") << u"/admin/config"_s
        << R"({"replication":{"replicas":[)" + fixed + ',' + fixed + ',' + fixed + "]}}"
        << u"replication.replicas"_s;
    QTest::newRow("lognormal lag")
        << QByteArray("PATCH") << u"/admin/config"_s
        << R"({"replication":{"replicas":[{"model":"lognormal","medianMs":100,"p95Ms":400},)"
            + fixed + "]}}"
        << u"replication.replicas[0].model"_s;
    QTest::newRow("lag spikes") << QByteArray("PATCH") << u"/admin/config"_s
                                << R"({"replication":{"replicas":[)" + fixed
            + R"(,{"model":"fixed","baseMs":10,"spikeRate":0.1,"spikeMs":900}]}})"
                                << u"replication.replicas[1].model"_s;
    QTest::newRow("slow motion") << QByteArray("PUT") << u"/admin/time"_s
                                 << QByteArray(R"({"scale":0.25})") << u"scale"_s;
    QTest::newRow("frozen") << QByteArray("PUT") << u"/admin/time"_s << QByteArray(R"({"scale":0})")
                            << u"scale"_s;
    QTest::newRow("step") << QByteArray("POST") << u"/admin/time/step"_s << QByteArray("{}")
                          << u"scale"_s;
}

void TestPostgresStore::knobsPostgresCannotExpressAreRefused()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    auto backend = start();
    QVERIFY2(backend->error.isEmpty(), qPrintable(backend->error));
    const QJsonObject before = backend->simulation.config().toJson();
    const ApiResponse r = backend->send(method, path, QJsonDocument::fromJson(body).object());
    QCOMPARE(r.status, 400);
    const QJsonObject error = QJsonDocument::fromJson(r.body).object().value(u"error"_s).toObject();
    QCOMPARE(error.value(u"code"_s).toString(), u"not_supported_by_store"_s);
    QCOMPARE(error.value(u"field"_s).toString(), field);
    QVERIFY(error.value(u"message"_s).toString().contains(u"PostgreSQL"_s));
    QCOMPARE(backend->simulation.config().toJson(), before);
}

void TestPostgresStore::nodesThatAreNotWhatTheySeemAreRefused_data()
{
    QTest::addColumn<bool>("swap");
    QTest::addColumn<QString>("says");
    QTest::newRow("a replica given as the primary") << true << u"pg_is_in_recovery() is true"_s;
    QTest::newRow("the primary given as a replica") << false << u"it accepts writes"_s;
}

void TestPostgresStore::nodesThatAreNotWhatTheySeemAreRefused()
{
    QFETCH(bool, swap);
    QFETCH(QString, says);
    PostgresSettings s = settingsFor(m_schema);
    if (swap)
        s.primary = m_cluster.replicas.at(0);
    else
        s.replicas = {m_cluster.replicas.at(0), m_cluster.primary};
    QString error;
    QVERIFY(!PostgresStore::connect(s, &error));
    QVERIFY2(error.contains(says), qPrintable(error));
}

void TestPostgresStore::aSchemaWithOthersTablesIsLeftAlone()
{
    QVERIFY(m_admin->exec(u"CREATE SCHEMA %1"_s.arg(m_schema)));
    QVERIFY(m_admin->exec(u"CREATE TABLE %1.orders (id int)"_s.arg(m_schema)));
    QString error;
    QVERIFY(!PostgresStore::connect(settingsFor(m_schema), &error));
    QVERIFY2(error.contains(u"not Converge's"_s), qPrintable(error));
    QCOMPARE(m_admin->value(u"SELECT count(*) FROM pg_tables WHERE schemaname = ?"_s, {m_schema})
                 ->toInt(),
             1);
}

void TestPostgresStore::resetDeletesOnlyItsOwnRows()
{
    const QString neighbour = m_schema + u"_app"_s;
    QVERIFY(m_admin->exec(u"DROP SCHEMA IF EXISTS %1 CASCADE"_s.arg(neighbour)));
    QVERIFY(m_admin->exec(u"CREATE SCHEMA %1"_s.arg(neighbour)));
    QVERIFY(m_admin->exec(u"CREATE TABLE %1.state (kind text, key text)"_s.arg(neighbour)));
    QVERIFY(m_admin->exec(u"INSERT INTO %1.state VALUES ('item', '1')"_s.arg(neighbour)));
    auto backend = start();
    QVERIFY2(backend->error.isEmpty(), qPrintable(backend->error));
    backend->setFavorite(1, true);
    QCOMPARE(backend->send("POST", u"/admin/reset"_s).status, 200);
    QVERIFY(!backend->favoriteOn(u"consistency=primary"_s, 1));
    QCOMPARE(m_admin->value(u"SELECT count(*) FROM %1.state"_s.arg(m_schema))->toInt(), 0);
    QCOMPARE(m_admin->value(u"SELECT count(*) FROM %1.state"_s.arg(neighbour))->toInt(), 1);
    QVERIFY(m_admin->exec(u"DROP SCHEMA %1 CASCADE"_s.arg(neighbour)));
}

QTEST_GUILESS_MAIN(TestPostgresStore)
#include "tst_postgresstore.moc"
