// The control room's view of backend time against a real backend: setting the scale, the words
// for it, a scale set elsewhere arriving by time.changed, stepping, and a refused scale.

#include "mock_backend/server/backendserver.h"
#include "mock_backend/sim/backendtime.h"
#include "mock_backend/sim/simulation.h"
#include "models/client/apiclient.h"
#include "models/client/dto.h"
#include "models/client/eventstream.h"
#include "models/control/actionregistry.h"
#include "models/control/backendtimecontrol.h"
#include "models/control/timeactions.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr int kTimeoutMs = 10000;
}

class TestBackendTimeControl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void words_data();
    void words();
    void setsTheScale_data();
    void setsTheScale();
    void followsAScaleSetElsewhere();
    void ourLateEventsDoNotTurnTheScaleBack();
    void stepsAFrozenBackend();
    void aRefusedScaleChangesNothing();
    void scenarioActions_data();
    void scenarioActions();

private:
    QString await(const std::function<void(BackendTimeControl::Done)> &start, bool expectOk = true);

    std::unique_ptr<mock::BackendServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<EventStream> m_events;
    std::unique_ptr<BackendTimeControl> m_time;
};

void TestBackendTimeControl::init()
{
    m_server = std::make_unique<mock::BackendServer>(mock::BackendConfig::instant());
    QVERIFY(m_server->listen(QHostAddress::LocalHost));
    m_client = std::make_unique<ApiClient>(m_server->url());
    m_events = std::make_unique<EventStream>(m_client.get());
    m_time = std::make_unique<BackendTimeControl>(m_client.get());
    m_time->observe(m_events.get());
    m_events->start(0);
    await([this](auto done) { m_time->refresh(done); });
}

void TestBackendTimeControl::cleanup()
{
    m_time.reset();
    m_events.reset();
    m_client.reset();
    m_server.reset();
}

QString TestBackendTimeControl::await(const std::function<void(BackendTimeControl::Done)> &start,
                                      bool expectOk)
{
    bool finished = false;
    bool ok = false;
    QString message;
    start([&](bool result, const QString &words) {
        finished = true;
        ok = result;
        message = words;
    });
    [&] {
        QTRY_VERIFY_WITH_TIMEOUT(finished, kTimeoutMs);
        QCOMPARE(ok, expectOk);
    }();
    return message;
}

void TestBackendTimeControl::words_data()
{
    QTest::addColumn<double>("scale");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("status");
    QTest::newRow("normal") << 1.0 << u"1×"_s << QString();
    QTest::newRow("half") << 0.5 << u"0.5×"_s << u"Backend in slow motion 0.5×"_s;
    QTest::newRow("quarter") << 0.25 << u"0.25×"_s << u"Backend in slow motion 0.25×"_s;
    QTest::newRow("tenth") << 0.1 << u"0.1×"_s << u"Backend in slow motion 0.1×"_s;
    QTest::newRow("frozen") << 0.0 << u"Frozen"_s << u"Backend frozen"_s;
}

void TestBackendTimeControl::words()
{
    QFETCH(double, scale);
    QFETCH(QString, name);
    QFETCH(QString, status);
    QLocale::setDefault(QLocale::c());
    QCOMPARE(BackendTimeControl::scaleName(scale), name);
    QCOMPARE(BackendTimeControl::statusWords(scale), status);
    QVERIFY(BackendTimeControl::offeredScales().contains(scale));
}

void TestBackendTimeControl::setsTheScale_data()
{
    QTest::addColumn<double>("scale");
    for (double scale : BackendTimeControl::offeredScales())
        QTest::newRow(qPrintable(QString::number(scale))) << scale;
}

void TestBackendTimeControl::setsTheScale()
{
    QFETCH(double, scale);
    // From another scale, so that every row is a change.
    await([this](auto done) { m_time->setScale(0.75, done); });
    QSignalSpy changed(m_time.get(), &BackendTimeControl::scaleChanged);
    await([&](auto done) { m_time->setScale(scale, done); });
    QCOMPARE(m_time->scale(), scale);
    QCOMPARE(m_time->isFrozen(), scale == 0);
    QCOMPARE(m_server->backendTime().clock().scale(), scale);
    // Once: the answer and the time.changed event say the same.
    QCOMPARE(changed.size(), 1);
}

void TestBackendTimeControl::followsAScaleSetElsewhere()
{
    QSignalSpy changed(m_time.get(), &BackendTimeControl::scaleChanged);
    QNetworkAccessManager other;
    QNetworkRequest request(m_server->url().resolved(QUrl(u"/admin/time"_s)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    std::unique_ptr<QNetworkReply> reply(other.put(request, QByteArray(R"({"scale":0.1})")));
    QTRY_COMPARE_WITH_TIMEOUT(m_time->scale(), 0.1, kTimeoutMs);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toDouble(), 0.1);
}

void TestBackendTimeControl::ourLateEventsDoNotTurnTheScaleBack()
{
    // A second stream of our own, fed by hand: our events arrive after both answers.
    EventStream late(m_client.get());
    BackendTimeControl time(m_client.get());
    time.observe(&late);
    const qint64 before = m_server->simulation().events().lastSeq();
    await([&](auto done) { time.setScale(0.75, done); });
    await([&](auto done) { time.setScale(0.25, done); });
    QSignalSpy changed(&time, &BackendTimeControl::scaleChanged);
    bool reset = false;
    const auto events = m_server->simulation().events().after(before, 100, &reset);
    QCOMPARE(events.size(), 2);
    for (const auto &e : events) {
        BackendEvent event;
        event.seq = e.seq;
        event.type = e.type;
        event.correlationId = e.correlationId;
        event.data = e.data;
        Q_EMIT late.eventReceived(event);
    }
    QCOMPARE(time.scale(), 0.25);
    QCOMPARE(changed.size(), 0);
}

void TestBackendTimeControl::stepsAFrozenBackend()
{
    QString error;
    QVERIFY(m_server->applyConfigPatch(
        QJsonDocument::fromJson(R"({"replication":{"replicas":[{"model":"fixed","baseMs":150}]}})")
            .object(),
        &error));
    await([this](auto done) { m_time->setScale(0, done); });
    QSignalSpy stepped(m_time.get(), &BackendTimeControl::stepped);
    QCOMPARE(await([this](auto done) { m_time->step(done); }),
             u"Nothing is waiting; backend time stays where it is."_s);
    m_server->simulation().setFavorite(1, true, u"c-1"_s, u"other"_s);
    m_server->timeMoved();
    QCOMPARE(await([this](auto done) { m_time->step(done); }),
             u"Stepped to the next replica catching up."_s);
    QCOMPARE(stepped.size(), 2);
    QVERIFY(m_time->isFrozen());
}

void TestBackendTimeControl::aRefusedScaleChangesNothing()
{
    await([this](auto done) { m_time->setScale(0.5, done); });
    QSignalSpy finished(m_time.get(), &BackendTimeControl::commandFinished);
    await([this](auto done) { m_time->setScale(9, done); }, false);
    QCOMPARE(m_time->scale(), 0.5);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
}

void TestBackendTimeControl::scenarioActions_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QByteArray>("args");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<double>("scale");
    QTest::newRow("slow motion") << u"backend.timeScale"_s << QByteArray(R"({"scale":0.25})")
                                 << true << 0.25;
    QTest::newRow("frozen") << u"backend.timeScale"_s << QByteArray(R"({"scale":0})") << true
                            << 0.0;
    QTest::newRow("no scale") << u"backend.timeScale"_s << QByteArray("{}") << false << 1.0;
    QTest::newRow("out of range") << u"backend.timeScale"_s << QByteArray(R"({"scale":-2})")
                                  << false << 1.0;
    QTest::newRow("step") << u"backend.timeStep"_s << QByteArray("{}") << true << 1.0;
}

void TestBackendTimeControl::scenarioActions()
{
    QFETCH(QString, action);
    QFETCH(QByteArray, args);
    QFETCH(bool, ok);
    QFETCH(double, scale);
    ActionRegistry registry;
    registerTimeActions(&registry, m_time.get());
    QVERIFY(registry.names().contains(action));
    await(
        [&](auto done) {
            registry.runAction(action, QJsonDocument::fromJson(args).object(), std::move(done));
        },
        ok);
    QCOMPARE(m_server->backendTime().clock().scale(), scale);
}

QTEST_GUILESS_MAIN(TestBackendTimeControl)
#include "tst_backendtimecontrol.moc"
