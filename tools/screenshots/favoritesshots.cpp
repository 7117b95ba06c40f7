#include "tools/screenshots/favoritesshots.h"

#include "app/screens/favorites/favoritedelegate.h"
#include "app/screens/favorites/favoritesscreen.h"
#include "mock_backend/server/backendserver.h"
#include "mock_backend/sim/simulation.h"
#include "models/client/apicall.h"
#include "models/client/apiclient.h"
#include "models/client/connectionmonitor.h"
#include "models/client/eventstream.h"
#include "models/control/presets.h"
#include "tools/screenshots/shots.h"
#include "widgets/statusannouncer.h"
#include "widgets/toastcenter.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QListView>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QString favoriteRoute = u"PUT /items/{id}/favorite"_s;

// One person's session: a client, the screen, and the kit's toast centre and announcer on a
// window of its own with a caption naming the pattern.
struct Session
{
    Session(const QUrl &url, const QString &caption)
        : api(std::make_unique<ApiClient>(url))
        , window(std::make_unique<QWidget>())
    {
        auto *layout = new QVBoxLayout(window.get());
        auto *title = new QLabel(caption);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        layout->addWidget(title);
        toasts = new ToastCenter(window.get());
        events = new EventStream(api.get(), window.get());
        events->setPollWait(200ms);
        auto *monitor = new ConnectionMonitor(api.get(), window.get());
        monitor->setProbeInterval(20ms, 100ms);
        SessionServices services;
        services.api = api.get();
        services.events = events;
        services.connection = monitor;
        services.toasts = toasts;
        services.announcer = new StatusAnnouncer(window.get());
        screen = new FavoritesScreen(services);
        layout->addWidget(screen);
        FavoritesModel::Timings timings = screen->model()->timings();
        timings.spinnerThreshold = 100ms;
        screen->model()->setTimings(timings);
    }

    void start()
    {
        events->startFromNow();
        screen->start();
    }

    FavoritesModel *model() const { return screen->model(); }

    void clickHeart(Shots &shots, int itemId)
    {
        QAbstractItemModel *view = screen->list()->model();
        for (int row = 0; row < view->rowCount(); ++row) {
            const QModelIndex index = view->index(row, 0);
            if (index.data(FavoritesModel::ItemIdRole).toInt() != itemId)
                continue;
            screen->list()->scrollTo(index);
            const QRect rect = screen->list()->visualRect(index);
            QTest::mouseClick(screen->list()->viewport(), Qt::LeftButton, {},
                              FavoriteDelegate::heartRect(rect).center());
            return;
        }
        shots.require(false, u"item %1 in the list"_s.arg(itemId));
    }

    std::unique_ptr<ApiClient> api;
    std::unique_ptr<QWidget> window;
    FavoritesScreen *screen = nullptr;
    ToastCenter *toasts = nullptr;
    EventStream *events = nullptr;
};

} // namespace

void shootFavorites(Shots &shots)
{
    // Optimistic on the left, waiting on the right, each on a backend of its own with the same
    // seed and settings (on one backend each would be "another device" for the other).
    mock::BackendConfig config = mock::BackendConfig::instant();
    config.writes = {mock::LatencyModel::Distribution::Fixed, 1500, 0, 0};
    mock::BackendServer leftServer(config);
    mock::BackendServer rightServer(config);
    shots.require(leftServer.listen() && rightServer.listen(), u"two local backends"_s);
    const QList<mock::BackendServer *> servers {&leftServer, &rightServer};

    QWidget pair;
    auto *layout = new QHBoxLayout(&pair);
    Session left(leftServer.url(), QObject::tr("Optimistic with rollback"));
    Session right(rightServer.url(), QObject::tr("Wait for the server"));
    right.model()->setPattern(FavoritesModel::Pattern::WaitForServer);
    layout->addWidget(left.window.get());
    layout->addWidget(right.window.get());
    pair.resize(1240, 780);
    pair.show();
    shots.require(QTest::qWaitForWindowExposed(&pair), u"the window on screen"_s);
    const QList<Session *> both {&left, &right};
    for (Session *session : both)
        session->start();
    shots.waitFor([&] { return left.model()->rowCount() > 0 && right.model()->rowCount() > 0; },
                  u"both lists to load"_s);

    const auto patchBoth = [&](const QJsonObject &patch) {
        for (mock::BackendServer *server : servers) {
            QString error;
            shots.require(server->applyConfigPatch(patch, &error), error);
        }
    };
    const auto failBoth = [&](mock::FaultInjector::Action action) {
        for (mock::BackendServer *server : servers)
            server->simulation().faults().failTimes(favoriteRoute, 1, action);
    };
    const auto clickBoth = [&](int itemId) {
        for (Session *session : both)
            session->clickHeart(shots, itemId);
    };
    const auto waitBoth = [&](int itemId, SyncState state) {
        shots.waitFor(
            [&] {
                return left.model()->syncState(itemId) == state
                    && right.model()->syncState(itemId) == state;
            },
            u"item %1 to reach its state on both sides"_s.arg(itemId));
    };

    // Flaky, made deterministic: saving takes 1.5 s; then the server refuses one write on each
    // side with the 503 the Flaky preset produces at random.
    clickBoth(2);
    shots.waitFor(
        [&] {
            const int row = left.model()->rowOfItem(2);
            return left.model()->index(row).data(FavoritesModel::BadgeVisibleRole).toBool();
        },
        u"\"Saving…\" on the left"_s);
    shots.save(&pair, u"favorites-flaky-saving"_s);
    waitBoth(2, SyncState::Confirmed);

    for (Session *session : both) {
        FavoritesModel::Timings timings = session->model()->timings();
        timings.maxResolveAttempts = 0; // the read-back, not the 503, says it did not land
        session->model()->setTimings(timings);
    }
    failBoth(mock::FaultInjector::Action::Error);
    clickBoth(3);
    waitBoth(3, SyncState::Failed);
    shots.waitFor(
        [&] {
            return left.toasts->visibleIds().size() == 1 && right.toasts->visibleIds().size() == 1;
        },
        u"one toast on each side"_s);
    shots.save(&pair, u"favorites-flaky-rollback"_s);
    for (Session *session : both)
        session->toasts->dismissAll();

    // A lost answer: "Checking…" until the resend with the same key settles it.
    for (Session *session : both) {
        FavoritesModel::Timings timings = session->model()->timings();
        timings.resolveDelay = 3000ms;
        timings.maxResolveAttempts = FavoritesModel::Timings {}.maxResolveAttempts;
        session->model()->setTimings(timings);
        session->events->stop();
    }
    failBoth(mock::FaultInjector::Action::LoseResponse);
    clickBoth(4);
    waitBoth(4, SyncState::Unknown);
    shots.save(&pair, u"favorites-lost-response-checking"_s);
    waitBoth(4, SyncState::Confirmed);
    for (Session *session : both)
        session->events->startFromNow();

    // Another device changes item 6 on each backend.
    for (Session *session : both) {
        ApiCall *call = session->api->admin("POST", u"/admin/simulate-device"_s,
                                            QJsonObject {{u"itemId"_s, 6}, {u"favorite"_s, true}});
        bool answered = false;
        QObject::connect(call, &ApiCall::finished, &pair, [&answered] { answered = true; });
        shots.waitFor([&] { return answered; }, u"the other device's change"_s);
    }
    shots.waitFor(
        [&] {
            return left.model()->noteOf(6) == FavoritesModel::Note::ChangedElsewhere
                && right.model()->noteOf(6) == FavoritesModel::Note::ChangedElsewhere;
        },
        u"\"changed on another device\" on both sides"_s);
    shots.save(&pair, u"favorites-other-device"_s);

    // Replica lag 5 s: the same refresh with the overlay (left) and naive (right), both
    // optimistic.
    right.model()->setPattern(FavoritesModel::Pattern::Optimistic);
    right.model()->setNaiveRefresh(true);
    const std::optional<Preset> lag = Presets::find(u"replica-lag-5s"_s);
    shots.require(lag.has_value(), u"the replica-lag-5s preset"_s);
    patchBoth(
        {{u"replication"_s,
          QJsonObject {{u"replicas"_s, QJsonArray {lag->eachReplica, lag->eachReplica}}}},
         {u"latency"_s,
          QJsonObject {
              {u"writes"_s, QJsonObject {{u"distribution"_s, u"fixed"_s}, {u"baseMs"_s, 100}}}}}});
    clickBoth(7);
    waitBoth(7, SyncState::Confirmed);
    for (Session *session : both)
        session->model()->refresh();
    shots.waitFor([&] { return !left.model()->isRefreshing() && !right.model()->isRefreshing(); },
                  u"both refreshes"_s);
    shots.require(right.model()->isFavorite(7) == false && left.model()->isFavorite(7) == true,
                  u"the naive refresh flickered item 7 back, the overlay kept it"_s);
    shots.save(&pair, u"favorites-replica-lag-naive-refresh"_s);

    // Offline: clicks wait, the banner says they will be sent.
    patchBoth({{u"faults"_s, QJsonObject {{u"offline"_s, true}}}});
    for (Session *session : both)
        session->model()->refresh();
    shots.waitFor([&] { return !left.model()->isOnline() && !right.model()->isOnline(); },
                  u"both sides offline"_s);
    left.clickHeart(shots, 8);
    left.clickHeart(shots, 9);
    right.clickHeart(shots, 8);
    shots.save(&pair, u"favorites-offline"_s);
    patchBoth({{u"faults"_s, QJsonObject {{u"offline"_s, false}}}});
    shots.waitFor([&] { return left.model()->syncState(9) == SyncState::Confirmed; },
                  u"the queued change to be sent"_s);
}
