// Backend time (docs/api.md, "Backend time"): delayed answers, read-your-writes waits and replica
// lag run on a scaled clock that can be slowed, frozen and stepped; /health and the event channel
// stay on wall time. The wall clock is a ManualClock, so no test waits for time to pass.

#include "core/clock.h"
#include "mock_backend/config/backendconfig.h"
#include "mock_backend/server/backendserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

#include <memory>

using namespace mock;
using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 10000;

} // namespace

class TestBackendTime : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void frozenHoldsADelayedAnswerUntilStepped();
    void slowMotionStretchesTheWallWait_data();
    void slowMotionStretchesTheWallWait();
    void replicaLagScales_data();
    void replicaLagScales();
    void stepAdvancesToTheNextReplicaApply();
    void stepEndsAFrozenReadYourWritesWait();
    void healthAndEventsStayOnWallTime();
    void changesAreToldOnTheEventChannel();
    void badScales_data();
    void badScales();

private:
    struct Answer
    {
        int status = 0;
        QJsonObject json;
    };
    Answer call(const QByteArray &method, const QString &path, const QByteArray &body = {});
    std::unique_ptr<QNetworkReply> start(const QByteArray &method, const QString &path,
                                         const QByteArray &body = {});
    void patchConfig(const QByteArray &patch);
    void setScale(double scale);
    // What backend time waits for next, once the server has it.
    QJsonObject waitForNext(const QString &kind);
    void moveWall(qint64 ms);
    qint64 replicaLsn(int replica);

    ManualClock m_wall;
    std::unique_ptr<BackendServer> m_server;
    QNetworkAccessManager m_network;
};

void TestBackendTime::init()
{
    m_wall.setNow(0);
    m_server = std::make_unique<BackendServer>(BackendConfig::instant(), m_wall);
    QVERIFY(m_server->listen());
}

void TestBackendTime::cleanup()
{
    m_server.reset();
}

std::unique_ptr<QNetworkReply> TestBackendTime::start(const QByteArray &method, const QString &path,
                                                      const QByteArray &body)
{
    QNetworkRequest request(m_server->url().resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setRawHeader("X-Client-Id", "tester");
    return std::unique_ptr<QNetworkReply>(m_network.sendCustomRequest(request, method, body));
}

TestBackendTime::Answer TestBackendTime::call(const QByteArray &method, const QString &path,
                                              const QByteArray &body)
{
    const auto reply = start(method, path, body);
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, kTimeoutMs))
        return {};
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            QJsonDocument::fromJson(reply->readAll()).object()};
}

void TestBackendTime::patchConfig(const QByteArray &patch)
{
    QString error;
    QVERIFY2(m_server->applyConfigPatch(QJsonDocument::fromJson(patch).object(), &error),
             qPrintable(error));
}

void TestBackendTime::setScale(double scale)
{
    const Answer set =
        call("PUT", u"/admin/time"_s, QJsonDocument(QJsonObject {{u"scale"_s, scale}}).toJson());
    QCOMPARE(set.status, 200);
    QCOMPARE(set.json[u"scale"_s].toDouble(), scale);
    QCOMPARE(set.json[u"frozen"_s].toBool(), scale == 0);
}

QJsonObject TestBackendTime::waitForNext(const QString &kind)
{
    QJsonObject next;
    (void)QTest::qWaitFor(
        [&] {
            next = call("GET", u"/admin/time"_s).json[u"next"_s].toObject();
            return next[u"kind"_s].toString() == kind;
        },
        kTimeoutMs);
    return next;
}

void TestBackendTime::moveWall(qint64 ms)
{
    m_wall.advance(ms);
    m_server->timeMoved();
}

qint64 TestBackendTime::replicaLsn(int replica)
{
    const QJsonArray replicas = call("GET", u"/health"_s).json[u"replicas"_s].toArray();
    for (const QJsonValue &r : replicas) {
        if (r[u"id"_s].toInt() == replica)
            return r[u"appliedLsn"_s].toInteger();
    }
    return -1;
}

void TestBackendTime::frozenHoldsADelayedAnswerUntilStepped()
{
    patchConfig(R"({"latency":{"reads":{"distribution":"fixed","baseMs":400}}})");
    setScale(0);
    const auto reply = start("GET", u"/items?consistency=primary"_s);
    const QJsonObject next = waitForNext(u"answer"_s);
    QCOMPARE(next[u"atMs"_s].toInteger(), 400);
    // However much wall time passes, the answer waits.
    moveWall(60000);
    QCOMPARE(waitForNext(u"answer"_s), next);
    QVERIFY(!reply->isFinished());

    const Answer step = call("POST", u"/admin/time/step"_s);
    QCOMPARE(step.status, 200);
    QCOMPARE(step.json[u"stepped"_s][u"kind"_s].toString(), u"answer"_s);
    QCOMPARE(step.json[u"stepped"_s][u"atMs"_s].toInteger(), 400);
    QCOMPARE(step.json[u"nowMs"_s].toInteger(), 400);
    QVERIFY(step.json[u"frozen"_s].toBool());
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), kTimeoutMs);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    // Nothing is left to step to: time stays where it is.
    const Answer idle = call("POST", u"/admin/time/step"_s);
    QCOMPARE(idle.status, 200);
    QVERIFY(idle.json[u"stepped"_s].isNull());
    QCOMPARE(idle.json[u"nowMs"_s].toInteger(), 400);
}

void TestBackendTime::slowMotionStretchesTheWallWait_data()
{
    QTest::addColumn<double>("scale");
    QTest::addColumn<qint64>("wallMs");
    QTest::newRow("1x") << 1.0 << qint64(400);
    QTest::newRow("0.5x") << 0.5 << qint64(800);
    QTest::newRow("0.25x") << 0.25 << qint64(1600);
    QTest::newRow("0.1x") << 0.1 << qint64(4000);
}

void TestBackendTime::slowMotionStretchesTheWallWait()
{
    QFETCH(double, scale);
    QFETCH(qint64, wallMs);
    patchConfig(R"({"latency":{"reads":{"distribution":"fixed","baseMs":400}}})");
    setScale(scale);
    const auto reply = start("GET", u"/items?consistency=primary"_s);
    QCOMPARE(waitForNext(u"answer"_s)[u"atMs"_s].toInteger(), 400);
    moveWall(wallMs - 1);
    // Still waiting one wall millisecond short.
    QCOMPARE(waitForNext(u"answer"_s)[u"atMs"_s].toInteger(), 400);
    QVERIFY(!reply->isFinished());
    moveWall(1);
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), kTimeoutMs);
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
}

void TestBackendTime::replicaLagScales_data()
{
    QTest::addColumn<double>("scale");
    QTest::addColumn<qint64>("wallMs");
    QTest::newRow("1x") << 1.0 << qint64(150);
    QTest::newRow("0.5x") << 0.5 << qint64(300);
    QTest::newRow("0.25x") << 0.25 << qint64(600);
}

void TestBackendTime::replicaLagScales()
{
    QFETCH(double, scale);
    QFETCH(qint64, wallMs);
    patchConfig(R"({"replication":{"replicas":[{"model":"fixed","baseMs":150}]}})");
    setScale(scale);
    const Answer write = call("PUT", u"/items/1/favorite"_s, R"({"favorite":true})");
    QCOMPARE(write.status, 200);
    const qint64 lsn = write.json[u"lsn"_s].toInteger();
    QCOMPARE(waitForNext(u"replica_apply"_s)[u"atMs"_s].toInteger(), 150);
    moveWall(wallMs - 1);
    QVERIFY(replicaLsn(1) < lsn);
    moveWall(1);
    QTRY_COMPARE_WITH_TIMEOUT(replicaLsn(1), lsn, kTimeoutMs);
}

void TestBackendTime::stepAdvancesToTheNextReplicaApply()
{
    patchConfig(R"({"replication":{"replicas":[{"model":"fixed","baseMs":150}]}})");
    setScale(0);
    const Answer write = call("PUT", u"/items/1/favorite"_s, R"({"favorite":true})");
    const qint64 lsn = write.json[u"lsn"_s].toInteger();
    moveWall(10000);
    QVERIFY(replicaLsn(1) < lsn);
    const Answer step = call("POST", u"/admin/time/step"_s);
    QCOMPARE(step.json[u"stepped"_s][u"kind"_s].toString(), u"replica_apply"_s);
    QCOMPARE(step.json[u"stepped"_s][u"atMs"_s].toInteger(), 150);
    QCOMPARE(replicaLsn(1), lsn);
}

void TestBackendTime::stepEndsAFrozenReadYourWritesWait()
{
    patchConfig(R"({"replication":{"replicas":[{"model":"fixed","baseMs":150}]}})");
    const Answer write = call("PUT", u"/items/1/favorite"_s, R"({"favorite":true})");
    const qint64 lsn = write.json[u"lsn"_s].toInteger();
    QCOMPARE(call("POST", u"/admin/replicas/1/pause"_s).status, 200);
    setScale(0);
    const auto read = start("GET", u"/items/1?minLsn=%1&waitMs=1000"_s.arg(lsn));
    QCOMPARE(waitForNext(u"wait_deadline"_s)[u"atMs"_s].toInteger(), 1000);
    moveWall(60000);
    QVERIFY(!read->isFinished());
    const Answer step = call("POST", u"/admin/time/step"_s);
    QCOMPARE(step.json[u"stepped"_s][u"kind"_s].toString(), u"wait_deadline"_s);
    QTRY_VERIFY_WITH_TIMEOUT(read->isFinished(), kTimeoutMs);
    // The wait is over; the primary answers with the write.
    QCOMPARE(read->rawHeader("X-Served-By"), QByteArray("primary"));
}

void TestBackendTime::healthAndEventsStayOnWallTime()
{
    patchConfig(R"({"latency":{"reads":{"distribution":"fixed","baseMs":20}}})");
    setScale(0);
    // Both are housekeeping: timed by real timers, so they answer although nothing else moves.
    QCOMPARE(call("GET", u"/health"_s).status, 200);
    const qint64 last = call("GET", u"/events?after=0&limit=1000"_s).json[u"lastSeq"_s].toInteger();
    const Answer poll = call("GET", u"/events?after=%1&waitMs=50"_s.arg(last));
    QCOMPARE(poll.status, 200);
    QVERIFY(poll.json[u"events"_s].toArray().isEmpty());
}

void TestBackendTime::changesAreToldOnTheEventChannel()
{
    const qint64 last = call("GET", u"/events?after=0&limit=1000"_s).json[u"lastSeq"_s].toInteger();
    setScale(0.25);
    const QJsonArray events =
        call("GET", u"/events?after=%1"_s.arg(last)).json[u"events"_s].toArray();
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0][u"type"_s].toString(), u"time.changed"_s);
    QCOMPARE(events[0][u"data"_s][u"scale"_s].toDouble(), 0.25);
    QCOMPARE(events[0][u"clientId"_s].toString(), u"tester"_s);
}

void TestBackendTime::badScales_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::newRow("negative") << QByteArray(R"({"scale":-1})") << u"invalid_field"_s;
    QTest::newRow("too fast") << QByteArray(R"({"scale":5})") << u"invalid_field"_s;
    QTest::newRow("text") << QByteArray(R"({"scale":"slow"})") << u"invalid_field"_s;
    QTest::newRow("below a millionth") << QByteArray(R"({"scale":1e-9})") << u"invalid_field"_s;
    QTest::newRow("missing") << QByteArray("{}") << u"missing_field"_s;
    QTest::newRow("unknown field")
        << QByteArray(R"({"scale":0.5,"speed":2})") << u"unknown_field"_s;
}

void TestBackendTime::badScales()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    setScale(0.5);
    const Answer answer = call("PUT", u"/admin/time"_s, body);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.json[u"error"_s][u"code"_s].toString(), code);
    QCOMPARE(call("GET", u"/admin/time"_s).json[u"scale"_s].toDouble(), 0.5);
}

QTEST_GUILESS_MAIN(TestBackendTime)
#include "tst_backendtime.moc"
