// The Favorites screen side by side against the real backend: two panes, two sessions (own
// client ids), one tap mirrored to both at the same moment and never bounced back, each pane in
// its own pattern, and the right pane's news said as the right pane's.

#include "app/commandline.h"
#include "app/screens/favorites/favoritedelegate.h"
#include "app/screens/favorites/favoritesscreen.h"
#include "app/screens/favorites/favoritessplit.h"
#include "app/split/panemirror.h"
#include "app/split/panesession.h"
#include "app/split/splitscreen.h"
#include "core/clock.h"
#include "mock_backend/server/backendserver.h"
#include "mock_backend/sim/simulation.h"
#include "models/client/apiclient.h"
#include "models/client/connectionmonitor.h"
#include "models/client/eventstream.h"
#include "models/control/actionregistry.h"
#include "models/session/sessionrecorder.h"
#include "widgets/statusannouncer.h"
#include "widgets/toast.h"
#include "widgets/toastcenter.h"

#include <QApplication>
#include <QJsonObject>
#include <QListView>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

mock::BackendConfig configWithWrites(qint64 writeMs)
{
    mock::BackendConfig config = mock::BackendConfig::instant();
    config.writes = {mock::LatencyModel::Distribution::Fixed, writeMs, 0, 0};
    return config;
}

// Favorite writes one client sends.
int favoriteWrites(const QList<ApiRequestInfo> &requests)
{
    int writes = 0;
    for (const ApiRequestInfo &info : requests)
        writes += info.method == "PUT" && info.path.endsWith("/favorite"_L1) && info.attempt == 1;
    return writes;
}

// The window's own session, its Favorites screen split in two.
struct Split
{
    explicit Split(const QUrl &url)
    {
        api = std::make_unique<ApiClient>(url);
        window = std::make_unique<QWidget>();
        auto *layout = new QVBoxLayout(window.get());
        toasts = new ToastCenter(window.get());
        announcer = new StatusAnnouncer(window.get());
        events = new EventStream(api.get(), window.get());
        events->setPollWait(200ms);
        monitor = new ConnectionMonitor(api.get(), window.get());
        recorder = new SessionRecorder(&clock, 5000, window.get());
        recorder->observe(api.get());
        SessionServices services;
        services.recorder = recorder;
        services.api = api.get();
        services.events = events;
        services.connection = monitor;
        services.toasts = toasts;
        services.announcer = announcer;
        services.actions = &registry;
        left = new FavoritesScreen(services);
        split = std::make_unique<FavoritesSplit>(left, services);
        layout->addWidget(split->view());
        window->resize(1280, 760);
        QObject::connect(api.get(), &ApiClient::requestStarted,
                         [this](const ApiRequestInfo &info) { leftRequests.append(info); });
    }

    ~Split()
    {
        window.reset(); // the screens before the split and its session
    }

    bool splitAndStart(FavoritesModel::Pattern leftPattern, FavoritesModel::Pattern rightPattern)
    {
        split->setPatterns(leftPattern, rightPattern);
        split->setSplit(true);
        if (!split->right())
            return false;
        split->right()->model()->setTimings(left->model()->timings());
        QObject::connect(split->session()->api(), &ApiClient::requestStarted,
                         [this](const ApiRequestInfo &info) { rightRequests.append(info); });
        QSignalSpy leftLoaded(left->model(), &FavoritesModel::loaded);
        QSignalSpy rightLoaded(split->right()->model(), &FavoritesModel::loaded);
        window->show();
        events->startFromNow();
        left->start();
        split->start();
        return (!leftLoaded.isEmpty() || leftLoaded.wait(10000))
            && (!rightLoaded.isEmpty() || rightLoaded.wait(10000));
    }

    static QModelIndex viewIndexOf(FavoritesScreen *screen, int itemId)
    {
        QAbstractItemModel *view = screen->list()->model();
        for (int row = 0; row < view->rowCount(); ++row) {
            const QModelIndex index = view->index(row, 0);
            if (index.data(FavoritesModel::ItemIdRole).toInt() == itemId)
                return index;
        }
        return {};
    }

    static void clickHeart(FavoritesScreen *screen, int itemId)
    {
        const QModelIndex index = viewIndexOf(screen, itemId);
        QVERIFY(index.isValid());
        screen->list()->scrollTo(index);
        const QRect rect = screen->list()->visualRect(index);
        QTest::mouseClick(screen->list()->viewport(), Qt::LeftButton, {},
                          FavoriteDelegate::heartRect(rect).center());
    }

    FavoritesScreen *right() const { return split->right(); }

    SteadyClock clock;
    ActionRegistry registry;
    std::unique_ptr<ApiClient> api;
    std::unique_ptr<QWidget> window;
    std::unique_ptr<FavoritesSplit> split;
    FavoritesScreen *left = nullptr;
    ToastCenter *toasts = nullptr;
    StatusAnnouncer *announcer = nullptr;
    EventStream *events = nullptr;
    ConnectionMonitor *monitor = nullptr;
    SessionRecorder *recorder = nullptr;
    QList<ApiRequestInfo> leftRequests;
    QList<ApiRequestInfo> rightRequests;
};

} // namespace

class TestSplit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void panesAreSessionsOfTheirOwn();
    void tapInOnePaneIsMirroredToTheOther();
    void eachPaneShowsItsOwnPattern();
    void thePanesDoNotTakeEachOtherForAnotherDevice();
    void scenarioTapIsMirroredToo();
    void timelineTellsThePanesApart();
    void rightPaneSaysItIsTheRightPane();
    void goingBackToOnePaneKeepsTheLeftSession();
    void commandLineSplit_data();
    void commandLineSplit();
};

void TestSplit::initTestCase()
{
    qRegisterMetaType<ApiResult>();
    qRegisterMetaType<BackendEvent>();
}

void TestSplit::panesAreSessionsOfTheirOwn()
{
    mock::BackendServer server(configWithWrites(0));
    QVERIFY(server.listen());
    Split s(server.url());
    QVERIFY(s.splitAndStart(FavoritesModel::Pattern::WaitForServer,
                            FavoritesModel::Pattern::Optimistic));
    const QString leftId = s.api->clientId();
    const QString rightId = s.split->session()->api()->clientId();
    QVERIFY(!leftId.isEmpty());
    QVERIFY(!rightId.isEmpty());
    QVERIFY(leftId != rightId);

    // The backend, too, hears two clients: one write from each, under each one's id.
    QSet<QString> writers;
    connect(s.events, &EventStream::eventReceived, this, [&writers](const BackendEvent &event) {
        if (event.type == "write.accepted"_L1)
            writers.insert(event.clientId);
    });
    Split::clickHeart(s.left, 2);
    QTRY_COMPARE_WITH_TIMEOUT(writers, (QSet<QString> {leftId, rightId}), 10000);
    // Each session keeps its own read-your-writes token.
    QTRY_VERIFY_WITH_TIMEOUT(s.api->readYourWritesToken() > 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(s.split->session()->api()->readYourWritesToken() > 0, 10000);
    QVERIFY(s.api->readYourWritesToken() != s.split->session()->api()->readYourWritesToken());
}

void TestSplit::tapInOnePaneIsMirroredToTheOther()
{
    mock::BackendServer server(configWithWrites(0));
    QVERIFY(server.listen());
    Split s(server.url());
    QVERIFY(
        s.splitAndStart(FavoritesModel::Pattern::Optimistic, FavoritesModel::Pattern::Optimistic));

    // A click in the left pane: both hearts change in the same frame.
    Split::clickHeart(s.left, 3);
    QCOMPARE(s.left->model()->isFavorite(3), true);
    QCOMPARE(s.right()->model()->isFavorite(3), true);
    QTRY_COMPARE_WITH_TIMEOUT(s.left->model()->syncState(3), SyncState::Confirmed, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(s.right()->model()->syncState(3), SyncState::Confirmed, 10000);
    QCOMPARE(server.simulation().primary().item(3)->favorite, true);

    // Space in the right pane, back the other way: mirrored to the left.
    QListView *rightList = s.right()->list();
    rightList->setFocus();
    rightList->setCurrentIndex(Split::viewIndexOf(s.right(), 3));
    QTest::keyClick(rightList, Qt::Key_Space);
    QCOMPARE(s.right()->model()->isFavorite(3), false);
    QCOMPARE(s.left->model()->isFavorite(3), false);
    QTRY_COMPARE_WITH_TIMEOUT(s.left->model()->syncState(3), SyncState::Confirmed, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(s.right()->model()->syncState(3), SyncState::Confirmed, 10000);
    QCOMPARE(server.simulation().primary().item(3)->favorite, false);
    // The mirrored pane has the same row current, without taking focus.
    QVERIFY(rightList->hasFocus());
    const QModelIndexList selected = s.left->list()->selectionModel()->selectedIndexes();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(FavoritesModel::ItemIdRole).toInt(), 3);

    // Two taps, each sent once by each pane: no mirror bounced back.
    QCOMPARE(s.split->mirror()->forwardedCount(), 2);
    QCOMPARE(favoriteWrites(s.leftRequests), 2);
    QCOMPARE(favoriteWrites(s.rightRequests), 2);
}

void TestSplit::eachPaneShowsItsOwnPattern()
{
    // Slow saves, so "waits" can be seen; no assertion on how long.
    mock::BackendServer server(configWithWrites(400));
    QVERIFY(server.listen());
    Split s(server.url());
    QVERIFY(s.splitAndStart(FavoritesModel::Pattern::WaitForServer,
                            FavoritesModel::Pattern::Optimistic));
    QCOMPARE(s.split->view()->leftTitle(), u"Left · Wait for the server"_s);
    QCOMPARE(s.split->view()->rightTitle(), u"Right · Optimistic with rollback"_s);

    Split::clickHeart(s.left, 5);
    // The optimistic right pane shows the tap at once; the left one waits for its answer.
    QCOMPARE(s.right()->model()->isFavorite(5), true);
    QCOMPARE(s.left->model()->isFavorite(5), false);
    QVERIFY(s.left->model()->isBusy(5));
    QTRY_COMPARE_WITH_TIMEOUT(s.left->model()->isFavorite(5), true, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(s.left->model()->syncState(5), SyncState::Confirmed, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(s.right()->model()->syncState(5), SyncState::Confirmed, 10000);
    QCOMPARE(s.right()->model()->isFavorite(5), true);
    QCOMPARE(favoriteWrites(s.leftRequests), 1);
    QCOMPARE(favoriteWrites(s.rightRequests), 1);

    // A tap on the busy left heart while it waits does nothing, in either pane.
    Split::clickHeart(s.left, 6);
    QVERIFY(s.left->model()->isBusy(6));
    Split::clickHeart(s.left, 6);
    QCOMPARE(s.right()->model()->isFavorite(6), true);
    QTRY_COMPARE_WITH_TIMEOUT(s.left->model()->syncState(6), SyncState::Confirmed, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(s.right()->model()->syncState(6), SyncState::Confirmed, 10000);
    QCOMPARE(s.left->model()->isFavorite(6), true);
    QCOMPARE(s.right()->model()->isFavorite(6), true);

    // Choosing another pattern in a pane renames it.
    s.right()->model()->setPattern(FavoritesModel::Pattern::WaitForServer);
    QCOMPARE(s.split->view()->rightTitle(), u"Right · Wait for the server"_s);
}

void TestSplit::thePanesDoNotTakeEachOtherForAnotherDevice()
{
    // The two panes are one person acting once: their writes of the same item are no conflict
    // and no news "from another device", in whatever order the backend takes them.
    mock::BackendServer server(configWithWrites(100));
    QVERIFY(server.listen());
    Split s(server.url());
    QVERIFY(
        s.splitAndStart(FavoritesModel::Pattern::Optimistic, FavoritesModel::Pattern::Optimistic));
    QSignalSpy leftConflicts(s.left->model(), &FavoritesModel::conflict);
    QSignalSpy rightConflicts(s.right()->model(), &FavoritesModel::conflict);
    QSignalSpy leftElsewhere(s.left->model(), &FavoritesModel::changedElsewhere);
    QSignalSpy rightElsewhere(s.right()->model(), &FavoritesModel::changedElsewhere);
    QSignalSpy leftConfirmed(s.left->model(), &FavoritesModel::confirmed);
    QSignalSpy rightConfirmed(s.right()->model(), &FavoritesModel::confirmed);
    QSet<QString> writers;
    connect(s.events, &EventStream::eventReceived, this, [&writers](const BackendEvent &event) {
        if (event.type == "write.accepted"_L1)
            writers.insert(event.clientId);
    });

    Split::clickHeart(s.left, 4);
    QTRY_COMPARE_WITH_TIMEOUT(leftConfirmed.size(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(rightConfirmed.size(), 1, 10000);
    // Both panes' events have come in (each stream hears both writes).
    QTRY_COMPARE_WITH_TIMEOUT(writers.size(), 2, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(s.right()->model()->syncState(4), SyncState::Confirmed, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(s.left->model()->syncState(4), SyncState::Confirmed, 10000);
    QCOMPARE(leftConflicts.size(), 0);
    QCOMPARE(rightConflicts.size(), 0);
    QCOMPARE(leftElsewhere.size(), 0);
    QCOMPARE(rightElsewhere.size(), 0);
    QCOMPARE(s.left->model()->noteOf(4), FavoritesModel::Note::None);
    QCOMPARE(s.right()->model()->noteOf(4), FavoritesModel::Note::None);
}

void TestSplit::scenarioTapIsMirroredToo()
{
    // A scenario's favorites.toggle is the person's tap in the left pane (the scenario acts on
    // the window's own session): the right pane makes it too.
    mock::BackendServer server(configWithWrites(0));
    QVERIFY(server.listen());
    Split s(server.url());
    QVERIFY(s.splitAndStart(FavoritesModel::Pattern::Optimistic,
                            FavoritesModel::Pattern::WaitForServer));
    bool ok = false;
    s.registry.runAction(u"favorites.toggle"_s, {{u"itemId"_s, 9}},
                         [&ok](bool done, const QString &) { ok = done; });
    QVERIFY(ok);
    QCOMPARE(s.left->model()->isFavorite(9), true);
    QVERIFY(s.right()->model()->isBusy(9));
    QTRY_COMPARE_WITH_TIMEOUT(s.right()->model()->isFavorite(9), true, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(s.right()->model()->syncState(9), SyncState::Confirmed, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(s.left->model()->syncState(9), SyncState::Confirmed, 10000);
    QCOMPARE(favoriteWrites(s.leftRequests), 1);
    QCOMPARE(favoriteWrites(s.rightRequests), 1);
}

void TestSplit::timelineTellsThePanesApart()
{
    mock::BackendServer server(configWithWrites(0));
    QVERIFY(server.listen());
    Split s(server.url());
    QVERIFY(s.splitAndStart(FavoritesModel::Pattern::WaitForServer,
                            FavoritesModel::Pattern::Optimistic));
    const auto steps = [&s](const QString &screen, TimelineEvent::Kind kind) {
        int count = 0;
        for (const TimelineEvent &event : s.recorder->events())
            count += event.screen == screen && event.kind == kind;
        return count;
    };
    Split::clickHeart(s.left, 2);
    const QString right = QString::fromLatin1(FavoritesSplit::rightScreenId);
    // One story per pane, each under its own screen, its request and its answer included.
    QTRY_COMPARE_WITH_TIMEOUT(steps(u"favorites"_s, TimelineEvent::Kind::Confirmed), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(steps(right, TimelineEvent::Kind::Confirmed), 1, 10000);
    QCOMPARE(steps(u"favorites"_s, TimelineEvent::Kind::UserAction), 1);
    QCOMPARE(steps(right, TimelineEvent::Kind::UserAction), 1);
    QVERIFY(steps(u"favorites"_s, TimelineEvent::Kind::RequestSent) >= 1);
    QVERIFY(steps(right, TimelineEvent::Kind::RequestSent) >= 1);
}

void TestSplit::rightPaneSaysItIsTheRightPane()
{
    mock::BackendServer server(configWithWrites(0));
    QVERIFY(server.listen());
    Split s(server.url());
    QVERIFY(
        s.splitAndStart(FavoritesModel::Pattern::Optimistic, FavoritesModel::Pattern::Optimistic));
    QSignalSpy said(s.announcer, &StatusAnnouncer::announced);
    Split::clickHeart(s.right(), 2);
    // Where the click put focus (the right pane's list), it stays while both panes speak.
    QWidget *focused = QApplication::focusWidget();
    const auto heard = [&said](const QString &part) {
        for (const QList<QVariant> &args : std::as_const(said)) {
            if (args.at(0).toString().contains(part))
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(heard(u"Right pane: "_s), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(heard(u"Left pane: "_s), 10000);
    // Nothing took focus to say it.
    QCOMPARE(QApplication::focusWidget(), focused);

    // A failure's toast and announcement name their pane too.
    // A 503 is checked by a read at once with no resends allowed, which shows it did not land.
    for (FavoritesScreen *screen : {s.left, s.right()}) {
        FavoritesModel::Timings timings = screen->model()->timings();
        timings.maxResolveAttempts = 0;
        screen->model()->setTimings(timings);
    }
    server.simulation().faults().failTimes(u"PUT /items/{id}/favorite"_s, 2,
                                           mock::FaultInjector::Action::Error);
    Split::clickHeart(s.right(), 7);
    QTRY_COMPARE_WITH_TIMEOUT(s.right()->model()->syncState(7), SyncState::Failed, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(s.left->model()->syncState(7), SyncState::Failed, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(heard(u"Right pane: We couldn't save"_s), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(heard(u"Left pane: We couldn't save"_s), 10000);
    QStringList toasts;
    QTRY_COMPARE_WITH_TIMEOUT(s.toasts->visibleIds().size(), 2, 10000);
    for (int id : s.toasts->visibleIds())
        toasts << s.toasts->toast(id)->spec().text;
    toasts.sort();
    const QString title = s.left->model()->titleOf(7);
    QCOMPARE(
        toasts,
        (QStringList {u"Left pane: We couldn't save \"%1\". It's back as it was."_s.arg(title),
                      u"Right pane: We couldn't save \"%1\". It's back as it was."_s.arg(title)}));
    QCOMPARE(QApplication::focusWidget(), focused);
}

void TestSplit::goingBackToOnePaneKeepsTheLeftSession()
{
    mock::BackendServer server(configWithWrites(0));
    QVERIFY(server.listen());
    Split s(server.url());
    QVERIFY(s.splitAndStart(FavoritesModel::Pattern::WaitForServer,
                            FavoritesModel::Pattern::Optimistic));
    QSignalSpy changed(s.split.get(), &FavoritesSplit::splitChanged);
    QSignalSpy said(s.announcer, &StatusAnnouncer::announced);
    s.split->setSplit(false);
    QCOMPARE(changed.size(), 1);
    QVERIFY(!s.split->right());
    QVERIFY(!s.split->session());
    QVERIFY(!s.split->view()->isSplit());
    QCOMPARE(s.left->model()->pattern(), FavoritesModel::Pattern::WaitForServer);
    Split::clickHeart(s.left, 8);
    QTRY_COMPARE_WITH_TIMEOUT(s.left->model()->isFavorite(8), true, 10000);
    QCOMPARE(s.split->mirror()->forwardedCount(), 0);
    // Alone again, the screen no longer names a pane.
    QTRY_VERIFY_WITH_TIMEOUT(!said.isEmpty(), 10000);
    QVERIFY(!said.constLast().at(0).toString().contains(u"pane"_s));

    // Split again: the right pane comes back in the pattern it had.
    s.split->setSplit(true);
    QVERIFY(s.right());
    QCOMPARE(s.right()->model()->pattern(), FavoritesModel::Pattern::Optimistic);
    QTRY_VERIFY_WITH_TIMEOUT(s.right()->model()->isLoaded(), 10000);
    QCOMPARE(s.right()->model()->isFavorite(8), true);
}

void TestSplit::commandLineSplit_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("expected"); // screen, left, right; empty: refused

    QTest::newRow("favorites by default")
        << u"wait,optimistic"_s << QStringList {u"favorites"_s, u"wait"_s, u"optimistic"_s};
    QTest::newRow("spaces and capitals")
        << u"Optimistic, offline-first"_s
        << QStringList {u"favorites"_s, u"optimistic"_s, u"offline-first"_s};
    QTest::newRow("profile") << u"profile:naive,read-your-writes"_s
                             << QStringList {u"profile"_s, u"naive"_s, u"read-your-writes"_s};
    QTest::newRow("transfer") << u"Transfer: transparent,optimistic"_s
                              << QStringList {u"transfer"_s, u"transparent"_s, u"optimistic"_s};
    QTest::newRow("one pattern") << u"wait"_s << QStringList {};
    QTest::newRow("unknown pattern") << u"wait,fast"_s << QStringList {};
    QTest::newRow("three patterns") << u"wait,optimistic,wait"_s << QStringList {};
    QTest::newRow("another screen's pattern") << u"profile:wait,naive"_s << QStringList {};
    QTest::newRow("no such screen") << u"settings:wait,optimistic"_s << QStringList {};
}

void TestSplit::commandLineSplit()
{
    QFETCH(QString, value);
    QFETCH(QStringList, expected);
    const auto options = parseCommandLine({u"converge"_s, u"--split"_s, value});
    if (expected.isEmpty()) {
        QVERIFY(!options);
        return;
    }
    QVERIFY(options);
    QVERIFY(options->split);
    QCOMPARE(*options->split, (SplitChoice {expected.at(0), expected.at(1), expected.at(2)}));
}

QTEST_MAIN(TestSplit)
#include "tst_split.moc"
