// The held-answer list against a real backend: the events alone keep it true (held, released,
// dropped, a reset, a client that gave up), resolved rows leave after a while on the model's
// clock, and a listing that left before a later command changes nothing.

#include "core/clock.h"
#include "core/wire.h"
#include "mock_backend/server/backendserver.h"
#include "models/client/apiclient.h"
#include "models/client/eventstream.h"
#include "models/control/heldanswers.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {
constexpr int kTimeoutMs = 10000;
}

class TestHeldAnswers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void routesAndWords();
    void followsTheEvents_data();
    void followsTheEvents();
    void resetResolvesEveryRow();
    void resolvedRowsLeaveOnTheClock();
    void releaseAllInTheOrderGiven();

private:
    void await(const std::function<void(HeldAnswersModel::Done)> &start, bool expectOk = true);
    std::unique_ptr<QTcpSocket> rawPut(int itemId);

    std::unique_ptr<mock::BackendServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<EventStream> m_events;
    std::unique_ptr<HeldAnswersModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    ManualClock m_clock {1000};
};

void TestHeldAnswers::init()
{
    m_server = std::make_unique<mock::BackendServer>(mock::BackendConfig::instant());
    QVERIFY(m_server->listen(QHostAddress::LocalHost));
    m_client = std::make_unique<ApiClient>(m_server->url());
    m_events = std::make_unique<EventStream>(m_client.get());
    m_model = std::make_unique<HeldAnswersModel>(m_client.get());
    m_model->setClock(&m_clock);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->observe(m_events.get());
    m_events->start(0);
    await([this](auto done) { m_model->refresh(done); });
    await([this](auto done) { m_model->setHeldRoutes({Wire::Route::favoriteKey}, done); });
}

void TestHeldAnswers::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_events.reset();
    m_client.reset();
    m_server.reset();
}

void TestHeldAnswers::await(const std::function<void(HeldAnswersModel::Done)> &start, bool expectOk)
{
    bool finished = false;
    bool ok = false;
    start([&](bool result, const QString &) {
        finished = true;
        ok = result;
    });
    QTRY_VERIFY_WITH_TIMEOUT(finished, kTimeoutMs);
    QCOMPARE(ok, expectOk);
}

std::unique_ptr<QTcpSocket> TestHeldAnswers::rawPut(int itemId)
{
    // A raw connection: a client library would resend a PUT whose connection was dropped.
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress::LocalHost, m_server->port());
    if (!socket->waitForConnected(kTimeoutMs))
        return socket;
    const QByteArray body = R"({"favorite":true})";
    socket->write("PUT /items/" + QByteArray::number(itemId)
                  + "/favorite HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    "X-Correlation-Id: tap-"
                  + QByteArray::number(itemId)
                  + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    socket->flush();
    return socket;
}

void TestHeldAnswers::routesAndWords()
{
    QCOMPARE(m_model->heldRoutes(), QStringList {Wire::Route::favoriteKey});
    QCOMPARE(m_model->summary(), u"Holding answers for: Favorite taps."_s);
    await([this](auto done) { m_model->setRouteHeld(Wire::Route::itemsKey, true, done); });
    QCOMPARE(m_model->summary(), u"Holding answers for: Favorite taps, Item list reads."_s);
    await([this](auto done) { m_model->setHeldRoutes({}, done); });
    QCOMPARE(m_model->summary(), u"Not holding any answers."_s);
    // The backend refuses what it cannot hold; the list stays as the backend says.
    await([this](auto done) { m_model->setHeldRoutes({u"GET /health"_s}, done); }, false);
    QVERIFY(m_model->heldRoutes().isEmpty());
}

void TestHeldAnswers::followsTheEvents_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("state");
    QTest::newRow("release") << u"release"_s << u"Released"_s;
    QTest::newRow("drop") << u"drop"_s << u"Dropped (lost)"_s;
    QTest::newRow("twice") << u"twice"_s << u"Delivered twice"_s;
    QTest::newRow("client gives up") << u"abort"_s << u"Client gave up"_s;
}

void TestHeldAnswers::followsTheEvents()
{
    QFETCH(QString, command);
    QFETCH(QString, state);
    QSignalSpy happened(m_model.get(), &HeldAnswersModel::happened);
    const auto socket = rawPut(4);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 1, kTimeoutMs);
    QCOMPARE(m_model->heldCount(), 1);
    QVERIFY(m_model->isHeld(0));
    const auto cell = [this](int column, int role = Qt::DisplayRole) {
        return m_model->index(0, column).data(role).toString();
    };
    QCOMPARE(cell(HeldAnswersModel::RequestColumn), u"PUT /items/4/favorite"_s);
    QCOMPARE(cell(HeldAnswersModel::StatusColumn), u"200"_s);
    QCOMPARE(cell(HeldAnswersModel::StateColumn), u"Held"_s);
    QCOMPARE(cell(HeldAnswersModel::CorrelationColumn), u"tap-4"_s);
    m_clock.advance(2500);
    QCOMPARE(cell(HeldAnswersModel::HeldColumn), u"2.5 s"_s);
    // The language in use writes the decimal (German 2,5 s), as every duration on screen.
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QString german = cell(HeldAnswersModel::HeldColumn);
    QLocale::setDefault(before);
    QCOMPARE(german, u"2,5 s"_s);
    QCOMPARE(cell(0, Qt::AccessibleTextRole),
             u"PUT /items/4/favorite, will answer 200, held 2.5 s, Held"_s);
    QCOMPARE(happened.size(), 1);
    QCOMPARE(happened.at(0).at(0).toString(), u"Answer held: PUT /items/4/favorite, answer 200."_s);

    const qint64 id = m_model->idAt(0);
    if (command == u"release"_s)
        await([&](auto done) { m_model->release(id, done); });
    else if (command == u"drop"_s)
        await([&](auto done) { m_model->drop(id, done); });
    else if (command == u"twice"_s)
        await([&](auto done) { m_model->deliverTwice(id, done); });
    else
        socket->disconnectFromHost();
    QTRY_COMPARE_WITH_TIMEOUT(cell(HeldAnswersModel::StateColumn), state, kTimeoutMs);
    QCOMPARE(m_model->heldCount(), 0);
    QVERIFY(!m_model->isHeld(0));
    QCOMPARE(happened.size(), 2); // said once
    QCOMPARE(happened.at(1).at(0).toString(), state + u": PUT /items/4/favorite, answer 200."_s);
    // A command for an answer no longer held is refused with the backend's words.
    await([&](auto done) { m_model->release(id, done); }, false);
}

void TestHeldAnswers::resetResolvesEveryRow()
{
    const auto a = rawPut(1);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->heldCount(), 1, kTimeoutMs);
    const auto b = rawPut(2);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->heldCount(), 2, kTimeoutMs);
    m_server->reset();
    QTRY_COMPARE_WITH_TIMEOUT(m_model->heldCount(), 0, kTimeoutMs);
    // Whatever came first (the drop events or the listing after data.reset), each row says why.
    QTRY_COMPARE_WITH_TIMEOUT(m_model->rowCount(), 2, kTimeoutMs);
    for (int row = 0; row < 2; ++row)
        QCOMPARE(m_model->index(row, HeldAnswersModel::StateColumn).data().toString(),
                 u"Dropped (reset)"_s);
}

void TestHeldAnswers::resolvedRowsLeaveOnTheClock()
{
    const auto socket = rawPut(3);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->heldCount(), 1, kTimeoutMs);
    await([this](auto done) { m_model->release(m_model->idAt(0), done); });
    QTRY_VERIFY_WITH_TIMEOUT(!m_model->isHeld(0), kTimeoutMs);
    m_clock.advance(HeldAnswersModel::resolvedVisibleMs - 1);
    m_model->tick();
    QCOMPARE(m_model->rowCount(), 1);
    m_clock.advance(1);
    m_model->tick();
    QCOMPARE(m_model->rowCount(), 0);
}

void TestHeldAnswers::releaseAllInTheOrderGiven()
{
    const auto a = rawPut(5);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->heldCount(), 1, kTimeoutMs);
    const auto b = rawPut(6);
    QTRY_COMPARE_WITH_TIMEOUT(m_model->heldCount(), 2, kTimeoutMs);
    QSignalSpy happened(m_model.get(), &HeldAnswersModel::happened);
    await([this](auto done) { m_model->releaseAll({m_model->idAt(1), m_model->idAt(0)}, done); });
    QTRY_COMPARE_WITH_TIMEOUT(happened.size(), 2, kTimeoutMs);
    QCOMPARE(happened.at(0).at(0).toString(), u"Released: PUT /items/6/favorite, answer 200."_s);
    QCOMPARE(happened.at(1).at(0).toString(), u"Released: PUT /items/5/favorite, answer 200."_s);
}

QTEST_GUILESS_MAIN(TestHeldAnswers)
#include "tst_heldanswers.moc"
