// The Favorites screen's widgets against the real backend: keyboard and mouse, toasts and
// announcements through the kit, the filter, the offline banner, the scenario actions.
// The workshop pictures of each state are made by tools/screenshots, not here.

#include "app/screens/favorites/favoritedelegate.h"
#include "app/screens/favorites/favoritesscreen.h"
#include "mock_backend/server/backendserver.h"
#include "mock_backend/sim/simulation.h"
#include "models/client/apiclient.h"
#include "models/client/connectionmonitor.h"
#include "models/client/eventstream.h"
#include "models/control/actionregistry.h"
#include "tests/widgets/manualtime.h"
#include "widgets/spinnerhold.h"
#include "widgets/statusannouncer.h"
#include "widgets/toastcenter.h"

#include <QAccessible>
#include <QJsonObject>
#include <QLabel>
#include <QListView>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QString favoriteRoute = u"PUT /items/{id}/favorite"_s;

// The row's name as the list's accessibility interface gives it to a screen reader.
QString spokenRow(QListView *list, const QModelIndex &index)
{
    QAccessibleInterface *view = QAccessible::queryAccessibleInterface(list);
    if (!view || !view->tableInterface())
        return {};
    QAccessibleInterface *cell = view->tableInterface()->cellAt(index.row(), 0);
    return cell ? cell->text(QAccessible::Name) : QString();
}

mock::BackendConfig quickConfig(qint64 writeMs = 0)
{
    mock::BackendConfig config = mock::BackendConfig::instant();
    config.writes = {mock::LatencyModel::Distribution::Fixed, writeMs, 0, 0};
    return config;
}

// One person's session: a client, the screen, and the kit's toast centre and announcer on a
// window of its own.
struct Session
{
    Session(const QUrl &url, const QString &caption)
    {
        api = std::make_unique<ApiClient>(url);
        window = std::make_unique<QWidget>();
        auto *layout = new QVBoxLayout(window.get());
        auto *title = new QLabel(caption);
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        layout->addWidget(title);
        toasts = new ToastCenter(window.get());
        announcer = new StatusAnnouncer(window.get());
        events = new EventStream(api.get(), window.get());
        events->setPollWait(200ms);
        monitor = new ConnectionMonitor(api.get(), window.get());
        monitor->setProbeInterval(20ms, 100ms);
        SessionServices services;
        services.api = api.get();
        services.events = events;
        services.connection = monitor;
        services.toasts = toasts;
        services.announcer = announcer;
        services.actions = &registry;
        screen = new FavoritesScreen(services);
        layout->addWidget(screen);
        FavoritesModel::Timings timings = screen->model()->timings();
        timings.spinnerThreshold = 100ms;
        screen->model()->setTimings(timings);
        window->resize(620, 760);
    }

    bool start()
    {
        QSignalSpy loaded(screen->model(), &FavoritesModel::loaded);
        window->show();
        events->startFromNow();
        screen->start();
        return loaded.wait(10000);
    }

    QModelIndex viewIndexOf(int itemId) const
    {
        QAbstractItemModel *view = screen->list()->model();
        for (int row = 0; row < view->rowCount(); ++row) {
            const QModelIndex index = view->index(row, 0);
            if (index.data(FavoritesModel::ItemIdRole).toInt() == itemId)
                return index;
        }
        return {};
    }

    void clickHeart(int itemId)
    {
        const QModelIndex index = viewIndexOf(itemId);
        QVERIFY(index.isValid());
        screen->list()->scrollTo(index);
        const QRect rect = screen->list()->visualRect(index);
        QTest::mouseClick(screen->list()->viewport(), Qt::LeftButton, {},
                          FavoriteDelegate::heartRect(rect).center());
    }

    ActionRegistry registry;
    std::unique_ptr<ApiClient> api;
    std::unique_ptr<QWidget> window;
    FavoritesScreen *screen = nullptr;
    ToastCenter *toasts = nullptr;
    StatusAnnouncer *announcer = nullptr;
    EventStream *events = nullptr;
    ConnectionMonitor *monitor = nullptr;
};

} // namespace

class TestFavoritesScreen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void spaceTogglesTheCurrentItem();
    void clickOnHeartTogglesAndRowReadsItsState();
    void rollbackShowsToastWithRetryAndSpeaksAssertively();
    void keyboardRetryWithdrawsTheFailureToast();
    void confirmationsAreAnnouncedOnceAndSavingNever();
    void lostAnswerIsCheckedNotOfflineAndSaidOnce();
    void oneConfirmationSaysWhichItem();
    void favoritesOnlyFilter();
    void offlineBannerSaysChangesWillBeSent();
    void offlineBannerMovesNoRowUnderThePointer();
    void rowSpinnerKeepsItsMinimumTime();
    void scenarioActionsDriveTheScreen();
};

void TestFavoritesScreen::initTestCase()
{
    qRegisterMetaType<ApiResult>();
    qRegisterMetaType<BackendEvent>();
}

void TestFavoritesScreen::spaceTogglesTheCurrentItem()
{
    mock::BackendServer server(quickConfig());
    QVERIFY(server.listen());
    Session s(server.url(), u"Space"_s);
    QVERIFY(s.start());
    QListView *list = s.screen->list();
    list->setFocus();
    list->setCurrentIndex(s.viewIndexOf(3));
    QTest::keyClick(list, Qt::Key_Space);
    // Same frame: the model already shows it before any answer.
    QCOMPARE(s.screen->model()->isFavorite(3), true);
    QTRY_COMPARE(s.screen->model()->syncState(3), SyncState::Confirmed);
    QTest::keyClick(list, Qt::Key_Space);
    QCOMPARE(s.screen->model()->isFavorite(3), false);
    QTRY_COMPARE(s.screen->model()->syncState(3), SyncState::Confirmed);
    QCOMPARE(server.simulation().primary().item(3)->favorite, false);
}

void TestFavoritesScreen::clickOnHeartTogglesAndRowReadsItsState()
{
    mock::BackendServer server(quickConfig(200));
    QVERIFY(server.listen());
    Session s(server.url(), u"Click"_s);
    QVERIFY(s.start());
    s.clickHeart(2);
    QCOMPARE(s.screen->model()->isFavorite(2), true);
    // What a screen reader gets for the row: item, favorite or not, sync state.
    const QModelIndex index = s.viewIndexOf(2);
    const QString name = index.data(Qt::AccessibleTextRole).toString();
    QVERIFY2(name.contains(s.screen->model()->titleOf(2)) && name.contains(u", favorite,"_s)
                 && name.contains(u"Saving"_s),
             qPrintable(name));
    QTRY_COMPARE(s.screen->model()->syncState(2), SyncState::Confirmed);
    // "Saved" once the spinner has had its minimum time.
    QTRY_VERIFY(s.viewIndexOf(2).data(Qt::AccessibleTextRole).toString().endsWith(u"Saved"_s));
    // A click on the title is a selection, not a toggle.
    const QRect rect = s.screen->list()->visualRect(s.viewIndexOf(4));
    QTest::mouseClick(s.screen->list()->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(s.screen->model()->isFavorite(4), false);
    QCOMPARE(s.screen->list()->currentIndex().data(FavoritesModel::ItemIdRole).toInt(), 4);
}

void TestFavoritesScreen::rollbackShowsToastWithRetryAndSpeaksAssertively()
{
    mock::BackendServer server(quickConfig());
    QVERIFY(server.listen());
    Session s(server.url(), u"Rollback"_s);
    QVERIFY(s.start());
    QSignalSpy announced(s.announcer, &StatusAnnouncer::announced);
    // A 503 alone is no "no": it is checked with the same key, then by a read from the primary.
    // With no resends allowed that read comes at once and shows the change did not land.
    FavoritesModel::Timings timings = s.screen->model()->timings();
    timings.maxResolveAttempts = 0;
    s.screen->model()->setTimings(timings);
    server.simulation().faults().failTimes(favoriteRoute, 1, mock::FaultInjector::Action::Error);
    s.clickHeart(5);
    QTRY_COMPARE(s.screen->model()->syncState(5), SyncState::Failed);
    QCOMPARE(s.screen->model()->isFavorite(5), false);
    const QString title = s.screen->model()->titleOf(5);

    QTRY_COMPARE(s.toasts->visibleIds().size(), 1);
    const int toast = s.toasts->visibleIds().first();
    QTRY_VERIFY(!announced.isEmpty());
    QVERIFY(announced.first().at(0).toString().contains(title));
    QCOMPARE(announced.first().at(1).value<StatusAnnouncer::Politeness>(),
             StatusAnnouncer::Politeness::Assertive);

    // Retry from the toast: the same intent again, and it lands.
    QVERIFY(s.toasts->triggerAction(toast));
    QCOMPARE(s.screen->model()->isFavorite(5), true);
    QTRY_COMPARE(s.screen->model()->syncState(5), SyncState::Confirmed);
    QCOMPARE(server.simulation().primary().item(5)->favorite, true);
}

void TestFavoritesScreen::keyboardRetryWithdrawsTheFailureToast()
{
    // R on the row retries without the toast: once the change is saved, the toast that offered
    // Retry must go, and the history must say it was saved rather than offer Retry.
    mock::BackendServer server(quickConfig());
    QVERIFY(server.listen());
    Session s(server.url(), u"Retry with R"_s);
    QVERIFY(s.start());
    FavoritesModel::Timings timings = s.screen->model()->timings();
    timings.maxResolveAttempts = 0;
    s.screen->model()->setTimings(timings);
    server.simulation().faults().failTimes(favoriteRoute, 1, mock::FaultInjector::Action::Error);
    s.clickHeart(5);
    QTRY_COMPARE(s.screen->model()->syncState(5), SyncState::Failed);
    QTRY_COMPARE(s.toasts->visibleIds().size(), 1);
    const int toast = s.toasts->visibleIds().first();
    NotificationHistoryModel *history = s.toasts->history();
    QVERIFY(history->isActionAvailable(toast));

    QListView *list = s.screen->list();
    list->setFocus();
    list->setCurrentIndex(s.viewIndexOf(5));
    QTest::keyClick(list, Qt::Key_R);
    QTRY_COMPARE(s.screen->model()->syncState(5), SyncState::Confirmed);
    QVERIFY(s.toasts->visibleIds().isEmpty());
    QVERIFY(!history->isActionAvailable(toast));
    const QModelIndex row = history->index(history->rowOf(toast));
    QCOMPARE(
        row.data(NotificationHistoryModel::StatusRole).value<NotificationHistoryModel::Status>(),
        NotificationHistoryModel::Status::Resolved);
    QCOMPARE(row.data(NotificationHistoryModel::OutcomeRole).toString(), u"Saved"_s);
}

void TestFavoritesScreen::confirmationsAreAnnouncedOnceAndSavingNever()
{
    mock::BackendServer server(quickConfig(100));
    QVERIFY(server.listen());
    Session s(server.url(), u"Batch"_s);
    QVERIFY(s.start());
    QSignalSpy announced(s.announcer, &StatusAnnouncer::announced);
    for (int id : {1, 2, 3, 4})
        QVERIFY(s.screen->model()->toggle(id));
    for (int id : {1, 2, 3, 4})
        QTRY_COMPARE(s.screen->model()->syncState(id), SyncState::Confirmed);
    QTRY_COMPARE(announced.count(), 1);
    QCOMPARE(announced.first().at(0).toString(), u"4 changes saved."_s);
    QCOMPARE(announced.first().at(1).value<StatusAnnouncer::Politeness>(),
             StatusAnnouncer::Politeness::Polite);
}

// Issue 13, item 5: a lost answer made the app say "You're offline… You're back online." and
// never "Checking…". It is no connection loss; a check that lasts is said politely, once.
void TestFavoritesScreen::lostAnswerIsCheckedNotOfflineAndSaidOnce()
{
    mock::BackendServer server(quickConfig());
    QVERIFY(server.listen());
    Session s(server.url(), u"Lost answer"_s);
    QVERIFY(s.start());
    QTRY_COMPARE(s.monitor->state(), ConnectionMonitor::State::Online);
    ManualTime time; // the announcer's merge and "longer than a moment" windows
    s.announcer->setScheduler(&time.scheduler);
    QSignalSpy announced(s.announcer, &StatusAnnouncer::announced);
    QSignalSpy states(s.monitor, &ConnectionMonitor::stateChanged);
    FavoritesModel::Timings timings = s.screen->model()->timings();
    timings.resolveDelay = 600s; // the resend with the same key stays far off
    s.screen->model()->setTimings(timings);
    s.events->stop(); // its "accepted" would settle the check at once
    server.simulation().faults().failTimes(favoriteRoute, 1,
                                           mock::FaultInjector::Action::LoseResponse);
    s.clickHeart(5);
    QTRY_COMPARE(s.screen->model()->syncState(5), SyncState::Unknown);
    const QString title = s.screen->model()->titleOf(5);

    time.advance(1s);
    QVERIFY(announced.isEmpty()); // a moment: maybe the answer is only late
    time.advance(2s);
    QCOMPARE(announced.size(), 1);
    const QString text = announced.at(0).at(0).toString();
    QVERIFY2(text.contains(title) && text.contains(u"checking"_s), qPrintable(text));
    QCOMPARE(announced.at(0).at(1).value<StatusAnnouncer::Politeness>(),
             StatusAnnouncer::Politeness::Polite);
    time.advance(20s);
    QCOMPARE(announced.size(), 1);

    // The monitor asked /health once more and was answered: still online, nobody told.
    QTRY_VERIFY(!s.monitor->isDoubting());
    QCOMPARE(s.monitor->state(), ConnectionMonitor::State::Online);
    QVERIFY(
        !states.contains(QVariantList {QVariant::fromValue(ConnectionMonitor::State::Offline)}));
    QVERIFY(!s.screen->findChild<QWidget *>(u"offlineBanner"_s)->isVisible());
}

void TestFavoritesScreen::oneConfirmationSaysWhichItem()
{
    // "Change saved." alone does not say which of the hearts it was about.
    mock::BackendServer server(quickConfig(100));
    QVERIFY(server.listen());
    Session s(server.url(), u"One saved"_s);
    QVERIFY(s.start());
    QSignalSpy announced(s.announcer, &StatusAnnouncer::announced);
    QVERIFY(s.screen->model()->toggle(3));
    QTRY_COMPARE(s.screen->model()->syncState(3), SyncState::Confirmed);
    QTRY_COMPARE(announced.count(), 1);
    QCOMPARE(announced.first().at(0).toString(),
             u"\"%1\" saved."_s.arg(s.screen->model()->titleOf(3)));
}

void TestFavoritesScreen::favoritesOnlyFilter()
{
    mock::BackendServer server(quickConfig());
    QVERIFY(server.listen());
    Session s(server.url(), u"Filter"_s);
    QVERIFY(s.start());
    for (int id : {2, 6})
        QVERIFY(s.screen->model()->toggle(id));
    s.screen->setShowFavoritesOnly(true);
    QAbstractItemModel *view = s.screen->list()->model();
    QCOMPARE(view->rowCount(), 2);
    QCOMPARE(view->index(0, 0).data(FavoritesModel::ItemIdRole).toInt(), 2);
    s.screen->setShowFavoritesOnly(false);
    QCOMPARE(view->rowCount(), s.screen->model()->rowCount());
}

void TestFavoritesScreen::offlineBannerSaysChangesWillBeSent()
{
    mock::BackendServer server(quickConfig());
    QVERIFY(server.listen());
    Session s(server.url(), u"Offline"_s);
    QVERIFY(s.start());
    auto *banner = s.screen->findChild<QWidget *>(u"offlineBanner"_s);
    QVERIFY(banner);
    QVERIFY(!banner->isVisible());
    QVERIFY(server.applyConfigPatch({{u"faults"_s, QJsonObject {{u"offline"_s, true}}}}));
    s.screen->model()->refresh();
    QTRY_VERIFY(banner->isVisible());
    QVERIFY(s.screen->model()->toggle(8));
    QTRY_VERIFY(banner->accessibleName().contains(u"1 change waiting"_s));
    QVERIFY(banner->accessibleName().contains(u"sent when you're back"_s));
    QVERIFY(server.applyConfigPatch({{u"faults"_s, QJsonObject {{u"offline"_s, false}}}}));
    QTRY_VERIFY(!banner->isVisible());
    QTRY_COMPARE(s.screen->model()->syncState(8), SyncState::Confirmed);
    QCOMPARE(server.simulation().primary().item(8)->favorite, true);
}

void TestFavoritesScreen::offlineBannerMovesNoRowUnderThePointer()
{
    // The banner used to sit above the list and push every row down as it appeared: a click
    // aimed at a row landed on the one above.
    mock::BackendServer server(quickConfig());
    QVERIFY(server.listen());
    Session s(server.url(), u"Banner"_s);
    QVERIFY(s.start());
    QListView *list = s.screen->list();
    auto *banner = s.screen->findChild<QWidget *>(u"offlineBanner"_s);
    QVERIFY(banner);
    const auto rowTop = [&s, list](int itemId) {
        return list->viewport()->mapTo(s.window.get(),
                                       list->visualRect(s.viewIndexOf(itemId)).topLeft());
    };
    const QPoint before = rowTop(3);
    const int listHeight = list->height();
    s.screen->model()->setOnline(false);
    QTRY_VERIFY(banner->isVisible() && banner->height() > 0 && list->height() < listHeight);
    QCOMPARE(rowTop(3), before);
    s.screen->model()->setOnline(true);
    QTRY_VERIFY(!banner->isVisible() && list->height() == listHeight);
    QCOMPARE(rowTop(3), before);
}

void TestFavoritesScreen::rowSpinnerKeepsItsMinimumTime()
{
    // Writes of 300 ms with the spinner after 100 ms: the model's row stops spinning after
    // about 200 ms, but the row keeps "Saving…" with its spinner for the kit's 500 ms.
    mock::BackendServer server(quickConfig(300));
    QVERIFY(server.listen());
    Session s(server.url(), u"Spinner"_s);
    ManualTime time;
    s.screen->spinnerHold()->setScheduler(&time.scheduler);
    QVERIFY(s.start());
    QVERIFY(s.screen->model()->toggle(6));
    QTRY_VERIFY(FavoriteDelegate::spinsAt(s.viewIndexOf(6)));
    QTRY_COMPARE(s.screen->model()->syncState(6), SyncState::Confirmed);
    QVERIFY(!FavoriteDelegate::spinsAt(s.viewIndexOf(6)));
    // The kit's clock has not moved since the spinner showed: the row still draws it.
    FavoriteDelegate::BadgeLook look = s.screen->delegate()->badgeLook(s.viewIndexOf(6));
    QVERIFY(look.visible);
    QVERIFY(look.spinner);
    QCOMPARE(look.state, SyncState::Pending);
    // A screen reader hears what is painted: still saving, not a "Saved" nobody sees yet.
    const QString title = s.screen->model()->titleOf(6);
    QCOMPARE(spokenRow(s.screen->list(), s.viewIndexOf(6)), title + u", favorite, Saving…"_s);
    time.advance(499ms);
    QVERIFY(s.screen->delegate()->badgeLook(s.viewIndexOf(6)).spinner);
    QCOMPARE(spokenRow(s.screen->list(), s.viewIndexOf(6)), title + u", favorite, Saving…"_s);
    time.advance(1ms);
    look = s.screen->delegate()->badgeLook(s.viewIndexOf(6));
    QVERIFY(!look.spinner);
    QCOMPARE(look.state, SyncState::Confirmed);
    QCOMPARE(spokenRow(s.screen->list(), s.viewIndexOf(6)), title + u", favorite, Saved"_s);
}

void TestFavoritesScreen::scenarioActionsDriveTheScreen()
{
    mock::BackendServer server(quickConfig(50));
    QVERIFY(server.listen());
    Session s(server.url(), u"Scenario"_s);
    QVERIFY(s.start());
    ActionRegistry &registry = s.registry;
    QVERIFY(registry.hasAction(u"favorites.toggle"_s));
    QVERIFY(registry.hasExpectation(u"favorites.itemFavorite"_s));

    QList<std::pair<bool, QString>> results;
    auto collect = [&results](bool ok, const QString &message) { results.append({ok, message}); };
    registry.runAction(u"favorites.toggle"_s, {{u"itemId"_s, 9}}, collect);
    QCOMPARE(results.size(), 1);
    QVERIFY2(results.first().first, qPrintable(results.first().second));
    // Not settled yet: the expectation waits for the final state.
    registry.checkExpectation(u"favorites.itemFavorite"_s,
                              {{u"itemId"_s, 9}, {u"favorite"_s, true}}, collect);
    QCOMPARE(results.size(), 2);
    QVERIFY(!results.at(1).first);
    QTRY_COMPARE(s.screen->model()->syncState(9), SyncState::Confirmed);
    registry.checkExpectation(u"favorites.itemFavorite"_s,
                              {{u"itemId"_s, 9}, {u"favorite"_s, true}}, collect);
    QVERIFY2(results.at(2).first, qPrintable(results.at(2).second));

    registry.runAction(u"favorites.toggle"_s, {{u"itemId"_s, 99999}}, collect);
    QVERIFY(!results.at(3).first);
    registry.checkExpectation(u"favorites.itemFavorite"_s, {{u"itemId"_s, 9}}, collect);
    QVERIFY(!results.at(4).first);
}

QTEST_MAIN(TestFavoritesScreen)
#include "tst_favoritesscreen.moc"
