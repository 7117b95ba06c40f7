// Two offline-first devices (FavoritesMergeSync) against the real backend in process, over
// loopback, with the event channel: edits made apart merge with no change lost, a lost answer
// is sent again without counting anything twice, and a 503 after commit leaves one copy.

#include "core/clock.h"
#include "mock_backend/server/backendserver.h"
#include "mock_backend/sim/simulation.h"
#include "models/client/apiclient.h"
#include "models/client/eventstream.h"
#include "models/favorites/favoritesmergesync.h"
#include "models/session/sessionrecorder.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using Phase = FavoriteMergeState::Phase;

namespace {

struct Device
{
    Device(mock::BackendServer &server, const QString &name)
        : api(server.url())
    {
        api.setDefaultTimeout(5000ms);
        sync = std::make_unique<FavoritesMergeSync>(&api, name);
        FavoriteMergeTimings timings;
        timings.retry = {20ms, 100ms};
        sync->setTimings(timings);
        events = std::make_unique<EventStream>(&api);
        events->setPollWait(200ms);
        QObject::connect(events.get(), &EventStream::eventReceived, sync.get(),
                         &FavoritesMergeSync::handleEvent);
        events->start(server.simulation().events().lastSeq());
        sync->start();
    }
    bool inStep() const { return sync->phase() == Phase::InStep && sync->unmergedCount() == 0; }

    ApiClient api;
    std::unique_ptr<FavoritesMergeSync> sync;
    std::unique_ptr<EventStream> events;
};

mock::BackendConfig quickConfig()
{
    mock::BackendConfig config = mock::BackendConfig::instant();
    config.writes = {mock::LatencyModel::Distribution::Fixed, 5, 0, 0};
    return config;
}

} // namespace

class TestFavoritesMergeSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void editsMadeApartMergeAndNothingIsLost();
    void aLostAnswerIsSentAgainAndCountsOnce();
    void everyEditsStoryEndsMerged();
};

void TestFavoritesMergeSync::editsMadeApartMergeAndNothingIsLost()
{
    mock::BackendServer server(quickConfig());
    QVERIFY(server.listen(QHostAddress::LocalHost));
    Device laptop(server, u"laptop"_s);
    Device tablet(server, u"tablet"_s);
    QTRY_VERIFY_WITH_TIMEOUT(laptop.inStep() && tablet.inStep(), 10000);

    laptop.sync->toggle(1);
    QVERIFY(laptop.sync->isFavorite(1)); // at once
    QTRY_VERIFY_WITH_TIMEOUT(tablet.sync->isFavorite(1) && laptop.inStep(), 10000);

    // Apart: the tablet removes it and hearts it twice; the laptop re-adds it and hearts it once.
    laptop.sync->setAirplaneMode(true);
    tablet.sync->setAirplaneMode(true);
    tablet.sync->toggle(1);
    tablet.sync->addHeart(1);
    tablet.sync->addHeart(1);
    laptop.sync->toggle(1);
    laptop.sync->toggle(1);
    laptop.sync->addHeart(1);
    QCOMPARE(laptop.sync->syncState(1), SyncState::Pending);
    QCOMPARE(tablet.sync->phase(), Phase::Waiting);

    QSignalSpy merged(laptop.sync.get(), &FavoritesMergeSync::merged);
    tablet.sync->setAirplaneMode(false);
    QTRY_VERIFY_WITH_TIMEOUT(tablet.inStep(), 10000);
    QVERIFY(!server.simulation().mergedFavorites().isFavorite(1));
    laptop.sync->setAirplaneMode(false);
    QTRY_VERIFY_WITH_TIMEOUT(laptop.inStep() && tablet.sync->isFavorite(1), 10000);

    QVERIFY(laptop.sync->isFavorite(1));
    QCOMPARE(laptop.sync->hearts(1), quint64(3));
    QTRY_COMPARE_WITH_TIMEOUT(tablet.sync->hearts(1), quint64(3), 10000);
    QCOMPARE(laptop.sync->noteOf(1), MergeNote::KeptOverTheirRemoval);
    QVERIFY(!merged.isEmpty());
    QCOMPARE(server.simulation().mergedFavorites(), laptop.sync->state().local);
}

void TestFavoritesMergeSync::aLostAnswerIsSentAgainAndCountsOnce()
{
    mock::BackendServer server(quickConfig());
    QVERIFY(server.listen(QHostAddress::LocalHost));
    Device laptop(server, u"laptop"_s);
    QTRY_VERIFY_WITH_TIMEOUT(laptop.inStep(), 10000);
    const int before = laptop.sync->syncCount();

    // The merge is applied, then the answer is lost or replaced by a 503.
    server.simulation().faults().failNext(2, mock::FaultInjector::Action::ErrorAfterCommit);
    laptop.sync->addHeart(4);
    laptop.sync->toggle(4);
    QTRY_VERIFY_WITH_TIMEOUT(laptop.inStep(), 10000);
    QVERIFY(laptop.sync->syncCount() > before + 1); // sent again after the failures
    QCOMPARE(server.simulation().mergedFavorites().hearts(4), quint64(1));
    QVERIFY(server.simulation().mergedFavorites().isFavorite(4));
    QCOMPARE(laptop.sync->hearts(4), quint64(1));
}

void TestFavoritesMergeSync::everyEditsStoryEndsMerged()
{
    mock::BackendServer server(quickConfig());
    QVERIFY(server.listen(QHostAddress::LocalHost));
    Device laptop(server, u"laptop"_s);
    ManualClock clock;
    SessionRecorder recorder(&clock);
    laptop.sync->setRecorder(&recorder);
    QTRY_VERIFY_WITH_TIMEOUT(laptop.inStep(), 10000);
    // Two edits made offline go out in one sync: both stories must end, not stay "Saving…".
    laptop.sync->setAirplaneMode(true);
    laptop.sync->toggle(2, u"Blue Lamp"_s);
    laptop.sync->addHeart(2, u"Blue Lamp"_s);
    laptop.sync->setAirplaneMode(false);
    QTRY_VERIFY_WITH_TIMEOUT(laptop.inStep(), 10000);
    QStringList actions;
    QStringList merged;
    for (const TimelineEvent &e : recorder.events()) {
        if (e.kind == TimelineEvent::Kind::UserAction)
            actions.append(e.correlationId);
        if (e.kind == TimelineEvent::Kind::Confirmed)
            merged.append(e.correlationId);
    }
    QCOMPARE(actions.size(), 2);
    QCOMPARE(merged, actions);
}

QTEST_GUILESS_MAIN(TestFavoritesMergeSync)
#include "tst_favoritesmergesync.moc"
