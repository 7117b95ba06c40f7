// The Favorites model against the real backend, in process, over loopback, with small latencies.
// Each case is one that breaks a naive optimistic toggle, seen through HTTP, the event channel
// and the list model; every rule of one item on its own is in tst_favoritemachine (no server).

#include "mock_backend/server/backendserver.h"
#include "mock_backend/sim/simulation.h"
#include "models/client/apicall.h"
#include "models/client/apiclient.h"
#include "models/client/connectionmonitor.h"
#include "models/client/eventstream.h"
#include "models/favorites/favoritesmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(FavoritesModel::Pattern)

namespace {

const QString favoriteRoute = u"PUT /items/{id}/favorite"_s;

mock::BackendConfig quickConfig(qint64 writeMs = 0, qint64 readMs = 0, qint64 replicaLagMs = 0)
{
    mock::BackendConfig config = mock::BackendConfig::instant();
    config.writes = {mock::LatencyModel::Distribution::Fixed, writeMs, 0, 0};
    config.reads = {mock::LatencyModel::Distribution::Fixed, readMs, 0, 0};
    for (mock::LagModel &replica : config.replicas) {
        replica.kind = mock::LagModel::Kind::Fixed;
        replica.baseMs = replicaLagMs;
    }
    return config;
}

// Everything one test needs: the backend, a client session and the model, wired as the screen
// wires them; the model is watched by QAbstractItemModelTester throughout.
struct Harness
{
    explicit Harness(const mock::BackendConfig &config)
        : server(config)
    {
        QVERIFY(server.listen(QHostAddress::LocalHost));
        api = std::make_unique<ApiClient>(server.url());
        api->setDefaultTimeout(5000ms);
        model = std::make_unique<FavoritesModel>(api.get());
        FavoritesModel::Timings timings;
        timings.spinnerThreshold = 50ms;
        timings.resolveDelay = 30ms;
        timings.resolveMaxDelay = 200ms;
        timings.savedVisible = 100ms;
        timings.noteVisible = 60s;
        model->setTimings(timings);
        tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QObject::connect(api.get(), &ApiClient::requestStarted, api.get(),
                         [this](const ApiRequestInfo &info) {
                             if (info.method != "PUT")
                                 return;
                             puts.append(info);
                             maxConcurrent = std::max(maxConcurrent, ++open[info.path]);
                         });
        QObject::connect(api.get(), &ApiClient::requestFinished, api.get(),
                         [this](const ApiRequestInfo &info, const ApiResult &result) {
                             if (info.method != "PUT")
                                 return;
                             --open[info.path];
                             if (result.replayed)
                                 ++replays;
                         });
    }

    bool load()
    {
        QSignalSpy loaded(model.get(), &FavoritesModel::loaded);
        model->refresh();
        return loaded.wait(10000) && model->rowCount() > 0;
    }

    void startEvents()
    {
        events = std::make_unique<EventStream>(api.get());
        events->setPollWait(200ms);
        QObject::connect(events.get(), &EventStream::eventReceived, model.get(),
                         &FavoritesModel::handleEvent);
        events->start(server.simulation().events().lastSeq());
    }

    void startMonitor()
    {
        monitor = std::make_unique<ConnectionMonitor>(api.get());
        monitor->setProbeInterval(20ms, 50ms);
        QObject::connect(monitor.get(), &ConnectionMonitor::stateChanged, model.get(),
                         [this](ConnectionMonitor::State state) {
                             model->setOnline(state != ConnectionMonitor::State::Offline);
                         });
    }

    // How many writes the server committed for the item.
    int commitsFor(int itemId)
    {
        const auto &log = server.simulation().log();
        int count = 0;
        for (qint64 lsn = 1; lsn <= log.lastLsn(); ++lsn) {
            const mock::LogEntry &entry = log.entry(lsn);
            if (entry.kind == u"item"_s
                && entry.data.value(u"item"_s).toObject().value(u"id"_s).toInt() == itemId)
                ++count;
        }
        return count;
    }
    bool serverHolds(int itemId) { return server.simulation().primary().item(itemId)->favorite; }
    qint64 serverLsnOf(int itemId) { return server.simulation().primary().item(itemId)->lsn; }

    void simulateOtherDevice(int itemId, bool favorite)
    {
        ApiCall *call = api->admin("POST", u"/admin/simulate-device"_s,
                                   QJsonObject {{u"itemId"_s, itemId}, {u"favorite"_s, favorite}});
        QSignalSpy done(call, &ApiCall::finished);
        QVERIFY(done.wait(5000));
        QVERIFY(done.first().first().value<ApiResult>().ok());
    }

    mock::BackendServer server;
    std::unique_ptr<ApiClient> api;
    std::unique_ptr<FavoritesModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
    std::unique_ptr<EventStream> events;
    std::unique_ptr<ConnectionMonitor> monitor;
    QList<ApiRequestInfo> puts;
    QHash<QString, int> open;
    int maxConcurrent = 0;
    int replays = 0;
};

// Every value the heart showed for one item, in order, from the moment it is created.
struct HeartHistory
{
    HeartHistory(FavoritesModel *model, int itemId)
    {
        const int row = model->rowOfItem(itemId);
        QObject::connect(model, &QAbstractItemModel::dataChanged, model,
                         [this, model, row](const QModelIndex &from, const QModelIndex &to) {
                             if (row < from.row() || row > to.row())
                                 return;
                             const bool value =
                                 model->index(row).data(FavoritesModel::FavoriteRole).toBool();
                             if (values.isEmpty() || values.last() != value)
                                 values.append(value);
                         });
    }
    bool everShowed(bool value) const { return values.contains(value); }
    QList<bool> values;
};

} // namespace

class TestFavoritesModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loadsAndDescribesEveryRow();
    void patternsOverLatencyAndOutcome_data();
    void patternsOverLatencyAndOutcome();
    void rapidTogglesKeepOneRequestAndLatestIntent();
    void unknownOutcomeGivesWayToLaterClicks();
    void outOfOrderStaleAnswerDoesNotUndoClick();
    void staleRefreshIsOverlaid_data();
    void staleRefreshIsOverlaid();
    void lostResponseIsCheckedAndAppliedOnce_data();
    void lostResponseIsCheckedAndAppliedOnce();
    void eventBeforeALostAnswerSettlesAtOnce();
    void readBackRollsBackAndRetryReusesIdempotencyKey();
    void offlineClicksWaitAndGoOutInOrder();
    void checkDueDuringOrderedSendIsNotStranded();
    void otherDeviceChangeShowsOnRow();
    void collisionWithPendingIntentFollowsServerOrder();
    void waitPatternIgnoresClicksWhileBusy();
};

void TestFavoritesModel::initTestCase()
{
    qRegisterMetaType<ApiResult>();
    qRegisterMetaType<ApiRequestInfo>();
    qRegisterMetaType<BackendEvent>();
}

void TestFavoritesModel::loadsAndDescribesEveryRow()
{
    Harness h(quickConfig());
    QVERIFY(h.load());
    const QModelIndex first = h.model->index(0);
    const QString title = first.data(FavoritesModel::TitleRole).toString();
    QVERIFY(!title.isEmpty());
    QCOMPARE(first.data(Qt::DisplayRole).toString(), title);
    QCOMPARE(first.data(FavoritesModel::SyncStateRole).toInt(), int(SyncState::Confirmed));
    QCOMPARE(first.data(FavoritesModel::BadgeVisibleRole).toBool(), false);
    // A screen reader hears the item, whether it is a favorite, and its sync state.
    const QString spoken = first.data(Qt::AccessibleTextRole).toString();
    QVERIFY2(spoken.startsWith(title) && spoken.contains(u"not a favorite"_s)
                 && spoken.contains(u"Saved"_s),
             qPrintable(spoken));

    const int id = first.data(FavoritesModel::ItemIdRole).toInt();
    QVERIFY(h.model->toggle(id));
    const QString after = first.data(Qt::AccessibleTextRole).toString();
    QVERIFY2(after.contains(u", favorite,"_s) && after.contains(u"Saving"_s), qPrintable(after));
    QTRY_COMPARE(h.model->syncState(id), SyncState::Confirmed);
    // "Saved" shows for a moment, then the row is quiet again.
    QTRY_COMPARE(first.data(FavoritesModel::BadgeVisibleRole).toBool(), true);
    QTRY_COMPARE(first.data(FavoritesModel::BadgeVisibleRole).toBool(), false);
}

void TestFavoritesModel::patternsOverLatencyAndOutcome_data()
{
    QTest::addColumn<FavoritesModel::Pattern>("pattern");
    QTest::addColumn<int>("latencyMs");
    QTest::addColumn<QString>("outcome"); // ok, error (503), lost

    const FavoritesModel::Pattern patterns[] = {FavoritesModel::Pattern::Optimistic,
                                                FavoritesModel::Pattern::WaitForServer};
    for (const auto pattern : patterns) {
        const char *name = pattern == FavoritesModel::Pattern::Optimistic ? "optimistic" : "wait";
        for (const int latency : {0, 40}) {
            for (const char *outcome : {"ok", "error", "lost"}) {
                QTest::addRow("%s %d ms %s", name, latency, outcome)
                    << pattern << latency << QString::fromLatin1(outcome);
            }
        }
    }
}

void TestFavoritesModel::patternsOverLatencyAndOutcome()
{
    QFETCH(FavoritesModel::Pattern, pattern);
    QFETCH(int, latencyMs);
    QFETCH(QString, outcome);

    Harness h(quickConfig(latencyMs));
    h.model->setPattern(pattern);
    QVERIFY(h.load());
    const int id = 7;
    if (outcome == u"error"_s)
        h.server.simulation().faults().failTimes(favoriteRoute, 1,
                                                 mock::FaultInjector::Action::Error);
    else if (outcome == u"lost"_s)
        h.server.simulation().faults().failTimes(favoriteRoute, 1,
                                                 mock::FaultInjector::Action::LoseResponse);
    QSignalSpy rolledBack(h.model.get(), &FavoritesModel::rolledBack);
    QSignalSpy unknown(h.model.get(), &FavoritesModel::outcomeUnknown);
    QSignalSpy feedback(h.model.get(), &FavoritesModel::feedbackMeasured);

    QVERIFY(h.model->toggle(id));
    // Same frame: the optimistic heart is already full; the waiting one is busy and unchanged.
    if (pattern == FavoritesModel::Pattern::Optimistic) {
        QCOMPARE(h.model->isFavorite(id), true);
        QCOMPARE(feedback.count(), 1);
        QCOMPARE(h.model->isBusy(id), false);
    } else {
        QCOMPARE(h.model->isFavorite(id), false);
        QCOMPARE(h.model->isBusy(id), true);
        QCOMPARE(h.model->index(h.model->rowOfItem(id)).data(FavoritesModel::BadgeVisibleRole),
                 QVariant(true));
    }
    QCOMPARE(h.model->syncState(id), SyncState::Pending);

    // A 503 is no answer to whether the write landed (issue 10, "one meaning for an answer"):
    // like a lost answer it is checked with the same key, and here the resend lands it.
    QTRY_COMPARE(h.model->syncState(id), SyncState::Confirmed);
    QCOMPARE(h.model->isFavorite(id), true);
    QCOMPARE(h.serverHolds(id), true);
    QCOMPARE(h.commitsFor(id), 1);
    QCOMPARE(rolledBack.count(), 0);
    QCOMPARE(unknown.count(), outcome == u"ok"_s ? 0 : 1);
    for (const ApiRequestInfo &put : std::as_const(h.puts))
        QCOMPARE(put.idempotencyKey, h.puts.first().idempotencyKey);
    QCOMPARE(h.model->isBusy(id), false);
}

void TestFavoritesModel::rapidTogglesKeepOneRequestAndLatestIntent()
{
    Harness h(quickConfig(150));
    QVERIFY(h.load());
    const int id = 3;
    HeartHistory history(h.model.get(), id);
    // On, off, on within one second.
    QVERIFY(h.model->toggle(id));
    QVERIFY(h.model->toggle(id));
    QVERIFY(h.model->toggle(id));
    history.values.clear();
    QCOMPARE(h.model->isFavorite(id), true);
    QTRY_COMPARE(h.model->syncState(id), SyncState::Confirmed);
    QCOMPARE(h.model->isFavorite(id), true);
    QCOMPARE(h.serverHolds(id), true);
    // The answer to the first request must not show "on" then the queued "off" then "on".
    QVERIFY(!history.everShowed(false));
    QCOMPARE(h.maxConcurrent, 1);
    // "Off" then "on" again cancel out: the second click never needs a request of its own.
    QCOMPARE(h.puts.size(), 1);

    // On, off: both go out, one after the other, and the last one wins.
    const int other = 4;
    QVERIFY(h.model->toggle(other));
    QVERIFY(h.model->toggle(other));
    QTRY_COMPARE(h.model->syncState(other), SyncState::Confirmed);
    QCOMPARE(h.model->isFavorite(other), false);
    QCOMPARE(h.serverHolds(other), false);
    QCOMPARE(h.maxConcurrent, 1);
    QCOMPARE(h.puts.size(), 3);
}

void TestFavoritesModel::unknownOutcomeGivesWayToLaterClicks()
{
    Harness h(quickConfig(100));
    QVERIFY(h.load());
    const int id = 5;
    h.server.simulation().faults().failTimes(favoriteRoute, 1, mock::FaultInjector::Action::Error);
    QSignalSpy rolledBack(h.model.get(), &FavoritesModel::rolledBack);
    HeartHistory history(h.model.get(), id);

    QVERIFY(h.model->toggle(id)); // on: in flight, meets a 503
    QVERIFY(h.model->toggle(id)); // off: waits
    QVERIFY(h.model->toggle(id)); // on: replaces "off"
    history.values.clear();
    QTRY_COMPARE(h.model->syncState(id), SyncState::Confirmed);
    // Whatever became of the first "on", the later "on" goes out instead of the check and
    // decides the row: the heart stays on. A blind flip on the 503 would have shown "off".
    QVERIFY(!history.everShowed(false));
    QCOMPARE(h.model->isFavorite(id), true);
    QCOMPARE(h.serverHolds(id), true);
    QCOMPARE(rolledBack.count(), 0);
    QCOMPARE(h.puts.size(), 2);
}

void TestFavoritesModel::outOfOrderStaleAnswerDoesNotUndoClick()
{
    // Replicas a minute behind; reads slower than writes, so a list read started before the
    // click answers after the click was confirmed, with the old state.
    Harness h(quickConfig(0, 0, 60000));
    QVERIFY(h.load());
    QString error;
    QVERIFY2(
        h.server.applyConfigPatch(
            {{u"latency"_s,
              QJsonObject {{u"reads"_s,
                            QJsonObject {{u"distribution"_s, u"fixed"_s}, {u"baseMs"_s, 300}}}}}},
            &error),
        qPrintable(error));
    const int id = 2;
    HeartHistory history(h.model.get(), id);
    QSignalSpy refreshing(h.model.get(), &FavoritesModel::refreshingChanged);
    h.model->refresh();
    QVERIFY(h.model->toggle(id));
    QTRY_COMPARE(h.model->syncState(id), SyncState::Confirmed);
    QTRY_VERIFY(!h.model->isRefreshing());
    QCOMPARE(h.model->isFavorite(id), true);
    QCOMPARE(history.values, QList<bool>({true}));
    QCOMPARE(h.model->flickerCount(), 0);
}

void TestFavoritesModel::staleRefreshIsOverlaid_data()
{
    QTest::addColumn<bool>("naive");
    QTest::newRow("overlay and read-your-writes") << false;
    QTest::newRow("naive refresh") << true;
}

void TestFavoritesModel::staleRefreshIsOverlaid()
{
    QFETCH(bool, naive);
    Harness h(quickConfig(200, 0, 60000));
    QVERIFY(h.load());
    h.model->setNaiveRefresh(naive);
    const int id = 9;
    QSignalSpy flickered(h.model.get(), &FavoritesModel::flickered);
    HeartHistory history(h.model.get(), id);

    // A refresh while the click is pending...
    QVERIFY(h.model->toggle(id));
    h.model->refresh();
    QTRY_VERIFY(!h.model->isRefreshing());
    QTRY_COMPARE(h.model->syncState(id), SyncState::Confirmed);
    // ... and one after it was confirmed, served by a replica that has not seen it yet.
    h.model->refresh();
    QTRY_VERIFY(!h.model->isRefreshing());
    QCOMPARE(h.serverHolds(id), true);

    if (naive) {
        // The workshop's demonstration: the heart goes back, and it is counted.
        QVERIFY(history.everShowed(false));
        QVERIFY(h.model->flickerCount() >= 1);
        QCOMPARE(flickered.count(), h.model->flickerCount());
    } else {
        QVERIFY(!history.everShowed(false));
        QCOMPARE(h.model->isFavorite(id), true);
        QCOMPARE(h.model->flickerCount(), 0);
        QCOMPARE(flickered.count(), 0);
    }
}

void TestFavoritesModel::lostResponseIsCheckedAndAppliedOnce_data()
{
    QTest::addColumn<bool>("resendFailsToo");
    QTest::addColumn<bool>("withEvents");
    QTest::newRow("resend is replayed") << false << false;
    QTest::newRow("resend meets a 503, then replayed") << true << false;
    QTest::newRow("event channel settles it") << false << true;
}

void TestFavoritesModel::lostResponseIsCheckedAndAppliedOnce()
{
    QFETCH(bool, resendFailsToo);
    QFETCH(bool, withEvents);
    Harness h(quickConfig());
    QVERIFY(h.load());
    if (withEvents)
        h.startEvents();
    const int id = 11;
    h.server.simulation().faults().failTimes(favoriteRoute, 1,
                                             mock::FaultInjector::Action::LoseResponse);
    if (resendFailsToo)
        h.server.simulation().faults().failNext(1, mock::FaultInjector::Action::Error);
    QSignalSpy unknown(h.model.get(), &FavoritesModel::outcomeUnknown);
    QSignalSpy rolledBack(h.model.get(), &FavoritesModel::rolledBack);

    QVERIFY(h.model->toggle(id));
    // The event channel may tell before the lost answer does: then nothing is ever unknown
    // (eventBeforeALostAnswerSettlesAtOnce).
    if (!withEvents)
        QTRY_COMPARE(unknown.count(), 1);
    QTRY_COMPARE(h.model->syncState(id), SyncState::Confirmed);
    QVERIFY(unknown.count() <= 1);
    QCOMPARE(h.model->isFavorite(id), true);
    QCOMPARE(rolledBack.count(), 0);
    // Applied exactly once, whatever way the truth was learned.
    QCOMPARE(h.commitsFor(id), 1);
    for (const ApiRequestInfo &put : std::as_const(h.puts))
        QCOMPARE(put.idempotencyKey, h.puts.first().idempotencyKey);
    if (!withEvents)
        QCOMPARE(h.replays, 1);
}

void TestFavoritesModel::eventBeforeALostAnswerSettlesAtOnce()
{
    // The backend publishes write.accepted when it commits, so the event can arrive before the
    // answer that is then lost. It used to be ignored while the PUT was out: the lost answer
    // then made the row "Checking…" and the write was resent.
    Harness h(quickConfig(400));
    QVERIFY(h.load());
    const int id = 11;
    h.server.simulation().faults().failTimes(favoriteRoute, 1,
                                             mock::FaultInjector::Action::LoseResponse);
    QSignalSpy unknown(h.model.get(), &FavoritesModel::outcomeUnknown);
    QSignalSpy confirmed(h.model.get(), &FavoritesModel::confirmed);
    QSignalSpy finished(h.api.get(), &ApiClient::requestFinished);

    QVERIFY(h.model->toggle(id));
    QCOMPARE(h.puts.size(), 1);
    BackendEvent accepted;
    accepted.type = u"write.accepted"_s;
    accepted.clientId = h.api->clientId();
    accepted.correlationId = h.puts.first().correlationId;
    accepted.lsn = h.server.simulation().log().lastLsn() + 1;
    accepted.data = QJsonObject {
        {u"kind"_s, u"item"_s},
        {u"item"_s,
         QJsonObject {
             {u"id"_s, id},
             {u"title"_s, h.model->index(h.model->rowOfItem(id)).data(Qt::DisplayRole).toString()},
             {u"favorite"_s, true},
             {u"lsn"_s, accepted.lsn}}}};
    h.model->handleEvent(accepted);
    QCOMPARE(h.model->syncState(id), SyncState::Confirmed);
    QCOMPARE(confirmed.count(), 1);

    // The lost answer arrives afterwards and changes nothing: no check, no resend.
    QTRY_VERIFY_WITH_TIMEOUT(h.open.value(h.puts.first().path) == 0 && !finished.isEmpty(), 10000);
    QCOMPARE(unknown.count(), 0);
    QCOMPARE(h.model->syncState(id), SyncState::Confirmed);
    QCOMPARE(h.puts.size(), 1);
    QCOMPARE(h.commitsFor(id), 1);
}

void TestFavoritesModel::readBackRollsBackAndRetryReusesIdempotencyKey()
{
    Harness h(quickConfig());
    FavoritesModel::Timings timings = h.model->timings();
    timings.maxResolveAttempts = 2;
    h.model->setTimings(timings);
    QVERIFY(h.load());
    const int id = 13;
    // The first PUT and both resends meet a 503; the read from the primary then shows that
    // the change did not land: that, not the 503, is the definite "no".
    h.server.simulation().faults().failTimes(favoriteRoute, 3, mock::FaultInjector::Action::Error);
    QSignalSpy unknown(h.model.get(), &FavoritesModel::outcomeUnknown);
    QSignalSpy rolledBack(h.model.get(), &FavoritesModel::rolledBack);
    QVERIFY(h.model->toggle(id));
    QTRY_COMPARE(rolledBack.count(), 1);
    QCOMPARE(unknown.count(), 1);
    QVERIFY(rolledBack.first().at(3).toBool()); // Retry can help
    QCOMPARE(h.model->syncState(id), SyncState::Failed);
    QCOMPARE(h.model->isFavorite(id), false);
    QCOMPARE(h.puts.size(), 3);

    QVERIFY(h.model->retry(id));
    QCOMPARE(h.model->isFavorite(id), true);
    QTRY_COMPARE(h.model->syncState(id), SyncState::Confirmed);
    QCOMPARE(h.puts.size(), 4);
    for (const ApiRequestInfo &put : std::as_const(h.puts)) {
        QCOMPARE(put.idempotencyKey, h.puts.at(0).idempotencyKey);
        QCOMPARE(put.correlationId, h.puts.at(0).correlationId);
    }
    QCOMPARE(h.commitsFor(id), 1);
    QVERIFY(!h.model->retry(id)); // nothing left to retry
}

void TestFavoritesModel::offlineClicksWaitAndGoOutInOrder()
{
    Harness h(quickConfig());
    h.startMonitor();
    QVERIFY(h.load());
    QVERIFY(h.server.applyConfigPatch({{u"faults"_s, QJsonObject {{u"offline"_s, true}}}}));
    h.model->refresh(); // fails: the session learns it is offline
    QTRY_VERIFY(!h.model->isOnline());

    QSignalSpy queued(h.model.get(), &FavoritesModel::offlineQueued);
    const QList<int> order {5, 2, 9};
    for (int id : order)
        QVERIFY(h.model->toggle(id));
    QVERIFY(h.model->toggle(2)); // off again …
    QVERIFY(h.model->toggle(2)); // … and on: still one intent, still in second place
    QCOMPARE(queued.count(), 5);
    QCOMPARE(h.model->waitingToSendCount(), 3);
    QCOMPARE(h.puts.size(), 0);
    for (int id : order) {
        QCOMPARE(h.model->isFavorite(id), true);
        QCOMPARE(h.model->noteOf(id), FavoritesModel::Note::Offline);
        QCOMPARE(h.model->index(h.model->rowOfItem(id)).data(FavoritesModel::BadgeVisibleRole),
                 QVariant(true));
    }

    QVERIFY(h.server.applyConfigPatch({{u"faults"_s, QJsonObject {{u"offline"_s, false}}}}));
    QTRY_VERIFY(h.model->isOnline());
    for (int id : order)
        QTRY_COMPARE(h.model->syncState(id), SyncState::Confirmed);
    QCOMPARE(h.puts.size(), 3);
    QVERIFY(h.serverLsnOf(5) < h.serverLsnOf(2));
    QVERIFY(h.serverLsnOf(2) < h.serverLsnOf(9));
    QCOMPARE(h.maxConcurrent, 1);
    for (int id : order)
        QCOMPARE(h.serverHolds(id), true);
}

void TestFavoritesModel::checkDueDuringOrderedSendIsNotStranded()
{
    // Writes take 100 ms, the resend of a lost answer is due after 30 ms: it comes due while
    // the next offline click is on the wire. It used to be dropped then and stayed "Checking…"
    // for good; now it waits for its turn in the ordered send.
    Harness h(quickConfig(100));
    h.startMonitor();
    QVERIFY(h.load());
    QVERIFY(h.server.applyConfigPatch({{u"faults"_s, QJsonObject {{u"offline"_s, true}}}}));
    h.model->refresh();
    QTRY_VERIFY(!h.model->isOnline());
    const QList<int> order {5, 2, 9};
    for (int id : order)
        QVERIFY(h.model->toggle(id));
    QSignalSpy unknown(h.model.get(), &FavoritesModel::outcomeUnknown);
    h.server.simulation().faults().failTimes(favoriteRoute, 1,
                                             mock::FaultInjector::Action::LoseResponse);

    QVERIFY(h.server.applyConfigPatch({{u"faults"_s, QJsonObject {{u"offline"_s, false}}}}));
    QTRY_VERIFY(h.model->isOnline());
    QTRY_COMPARE(unknown.count(), 1);
    for (int id : order)
        QTRY_COMPARE(h.model->syncState(id), SyncState::Confirmed);
    QCOMPARE(h.maxConcurrent, 1);
    for (int id : order) {
        QCOMPARE(h.serverHolds(id), true);
        QCOMPARE(h.commitsFor(id), 1);
    }
}

void TestFavoritesModel::otherDeviceChangeShowsOnRow()
{
    Harness h(quickConfig());
    QVERIFY(h.load());
    h.startEvents();
    const int id = 4;
    QSignalSpy elsewhere(h.model.get(), &FavoritesModel::changedElsewhere);
    h.simulateOtherDevice(id, true);
    QTRY_COMPARE(elsewhere.count(), 1);
    QCOMPARE(h.model->isFavorite(id), true);
    QCOMPARE(h.model->syncState(id), SyncState::Conflict);
    QCOMPARE(h.model->noteOf(id), FavoritesModel::Note::ChangedElsewhere);
    const QModelIndex row = h.model->index(h.model->rowOfItem(id));
    QCOMPARE(row.data(FavoritesModel::BadgeTextRole).toString(), u"Changed on another device"_s);
    QCOMPARE(row.data(FavoritesModel::BadgeVisibleRole).toBool(), true);

    // This session's own writes are not "another device".
    QVERIFY(h.model->toggle(id));
    QTRY_COMPARE(h.model->syncState(id), SyncState::Confirmed);
    const qint64 last = h.server.simulation().events().lastSeq();
    QTRY_VERIFY(h.events->lastSeq() >= last); // the write's own event has arrived
    QCOMPARE(elsewhere.count(), 1);
}

void TestFavoritesModel::collisionWithPendingIntentFollowsServerOrder()
{
    Harness h(quickConfig(300));
    QVERIFY(h.load());
    h.startEvents();
    const int id = 6;
    QSignalSpy conflicts(h.model.get(), &FavoritesModel::conflict);
    QSignalSpy elsewhere(h.model.get(), &FavoritesModel::changedElsewhere);
    HeartHistory history(h.model.get(), id);

    QVERIFY(h.model->toggle(id)); // on, landing in 300 ms
    history.values.clear();
    h.simulateOtherDevice(id, false); // lands first
    QTRY_COMPARE(conflicts.count(), 1);
    // Ours came later in the server's order: ours is kept, and the row says so.
    QCOMPARE(conflicts.first().at(3).toBool(), true);
    QCOMPARE(h.model->isFavorite(id), true);
    QCOMPARE(h.serverHolds(id), true);
    QCOMPARE(h.model->noteOf(id), FavoritesModel::Note::YoursKept);
    QCOMPARE(h.model->syncState(id), SyncState::Conflict);
    QVERIFY(!history.everShowed(false));
    QCOMPARE(elsewhere.count(), 0);

    // Then another device writes after ours: theirs is the latest and shows.
    h.simulateOtherDevice(id, false);
    QTRY_COMPARE(h.model->isFavorite(id), false);
    QCOMPARE(h.model->noteOf(id), FavoritesModel::Note::ChangedElsewhere);
}

void TestFavoritesModel::waitPatternIgnoresClicksWhileBusy()
{
    Harness h(quickConfig(150));
    h.model->setPattern(FavoritesModel::Pattern::WaitForServer);
    QVERIFY(h.load());
    const int id = 8;
    QSignalSpy feedback(h.model.get(), &FavoritesModel::feedbackMeasured);
    QVERIFY(h.model->toggle(id));
    QVERIFY(!h.model->toggle(id)); // disabled heart: nothing queued
    QCOMPARE(h.model->isFavorite(id), false);
    QCOMPARE(feedback.count(), 0); // nothing visible changed yet
    QTRY_COMPARE(h.model->isFavorite(id), true);
    QCOMPARE(feedback.count(), 1);
    QVERIFY(feedback.first().first().toLongLong() >= 100);
    QCOMPARE(h.puts.size(), 1);
}

QTEST_GUILESS_MAIN(TestFavoritesModel)
#include "tst_favoritesmodel.moc"
