// The composition root: every screen gets the one SessionServices, registers its scenario actions
// through it, and is brought to the front by the shell when it asks with revealRequested().

#include "app/convergeapp.h"
#include "app/language.h"
#include "app/mainwindow.h"
#include "app/screens/favorites/favoritesscreen.h"
#include "app/screens/favorites/favoritessplit.h"
#include "app/screens/profile/profilescreen.h"
#include "app/screens/profile/profilesplit.h"
#include "app/screens/transfer/transferscreen.h"
#include "app/screens/transfer/transfersplit.h"
#include "app/split/panesession.h"
#include "app/split/roomforpanes.h"
#include "app/split/sidebyside.h"
#include "app/split/splitscreen.h"
#include "models/client/apiclient.h"
#include "models/client/connectionmonitor.h"
#include "models/control/actionregistry.h"
#include "widgets/notificationhistorymodel.h"
#include "widgets/statusannouncer.h"
#include "widgets/toastcenter.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTest>

using namespace Qt::StringLiterals;

class TestConvergeApp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void servicesAreComplete();
    void screensRegisterTheirActions_data();
    void screensRegisterTheirActions();
    void revealRequestShowsTheScreen_data();
    void revealRequestShowsTheScreen();
    void showScreenIgnoresAWidgetThatIsNotOne();
    void splitFromTheCommandLineAndTheViewMenu();
    void narrowSplitWindowSetsTheDocksAside_data();
    void narrowSplitWindowSetsTheDocksAside();
    void backOnlineWithdrawsTheOfflineToast();
    void languageChoiceIsKeptForTheNextStart_data();
    void languageChoiceIsKeptForTheNextStart();
};

namespace {

QWidget *currentScreen(ConvergeApp &app)
{
    return app.window()->findChild<QStackedWidget *>(u"screens"_s)->currentWidget();
}

} // namespace

void TestConvergeApp::initTestCase()
{
    QCoreApplication::setOrganizationName(u"converge-tests"_s);
    QCoreApplication::setApplicationName(u"tst_convergeapp"_s);
}

void TestConvergeApp::servicesAreComplete()
{
    ConvergeApp app(CommandLineOptions {});
    const SessionServices &s = app.services();
    QCOMPARE(s.api, app.api());
    QCOMPARE(s.events, app.events());
    QCOMPARE(s.connection, app.connection());
    QCOMPARE(s.toasts, app.toasts());
    QCOMPARE(s.announcer, app.announcer());
    QCOMPARE(s.recorder, app.recorder());
    QCOMPARE(s.telemetry, app.telemetry());
    QCOMPARE(s.preferences, app.preferences());
    QVERIFY(s.actions);
    QVERIFY(s.clock);
}

void TestConvergeApp::screensRegisterTheirActions_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("isAction"); // else an expectation
    QTest::newRow("favorites.toggle") << u"favorites.toggle"_s << true;
    QTest::newRow("favorites.itemFavorite") << u"favorites.itemFavorite"_s << false;
    QTest::newRow("profile.upload") << u"profile.upload"_s << true;
    QTest::newRow("transfer.send") << u"transfer.send"_s << true;
    QTest::newRow("transfer.setPattern") << u"transfer.setPattern"_s << true;
    QTest::newRow("transfer.finalState") << u"transfer.finalState"_s << false;
    QTest::newRow("transfer.balance") << u"transfer.balance"_s << false;
}

void TestConvergeApp::screensRegisterTheirActions()
{
    QFETCH(QString, action);
    QFETCH(bool, isAction);
    ConvergeApp app(CommandLineOptions {});
    ActionRegistry *registry = app.services().actions;
    QVERIFY(isAction ? registry->hasAction(action) : registry->hasExpectation(action));
}

void TestConvergeApp::revealRequestShowsTheScreen_data()
{
    QTest::addColumn<int>("screen"); // 1 profile, 2 transfer
    QTest::newRow("profile") << 1;
    QTest::newRow("transfer") << 2;
}

void TestConvergeApp::revealRequestShowsTheScreen()
{
    QFETCH(int, screen);
    ConvergeApp app(CommandLineOptions {});
    // Favorites sits in the page that can show it side by side.
    QCOMPARE(currentScreen(app), app.favoritesSplit()->view());
    QVERIFY(currentScreen(app)->isAncestorOf(app.favorites()));
    QWidget *wanted = nullptr;
    if (screen == 1) {
        wanted = app.profile();
        app.profile()->reveal();
    } else {
        wanted = app.transfer();
        app.transfer()->reveal();
    }
    // In its page, which can show it side by side.
    QVERIFY(currentScreen(app)->isAncestorOf(wanted));
}

void TestConvergeApp::showScreenIgnoresAWidgetThatIsNotOne()
{
    ConvergeApp app(CommandLineOptions {});
    app.window()->showScreen(app.transfer());
    QWidget stranger;
    app.window()->showScreen(&stranger);
    QVERIFY(currentScreen(app)->isAncestorOf(app.transfer()));
}

void TestConvergeApp::splitFromTheCommandLineAndTheViewMenu()
{
    CommandLineOptions options;
    options.split = SplitChoice {u"favorites"_s, u"wait"_s, u"optimistic"_s};
    ConvergeApp app(options);
    FavoritesSplit *split = app.favoritesSplit();
    QVERIFY(split->isSplit());
    QVERIFY(app.sideBySide()->action()->isChecked());
    QVERIFY(app.window()->viewMenu()->actions().contains(app.sideBySide()->action()));
    QCOMPARE(app.sideBySide()->action()->shortcut(), QKeySequence(u"Ctrl+Shift+D"_s));
    QCOMPARE(app.favorites()->model()->pattern(), FavoritesModel::Pattern::WaitForServer);
    QCOMPARE(split->right()->model()->pattern(), FavoritesModel::Pattern::Optimistic);
    QVERIFY(split->session()->api()->clientId() != app.api()->clientId());
    QCOMPARE(split->view()->leftTitle(), u"Left · Wait for the server"_s);

    // Off and on again from the View menu, for the screen in front.
    app.sideBySide()->action()->trigger();
    QVERIFY(!split->isSplit());
    QVERIFY(!app.sideBySide()->action()->isChecked());
    app.sideBySide()->action()->trigger();
    QVERIFY(split->isSplit());
    QCOMPARE(split->right()->model()->pattern(), FavoritesModel::Pattern::Optimistic);

    // The check mark follows the screen in front; the action splits that one.
    app.window()->showScreen(app.transfer());
    QVERIFY(!app.sideBySide()->action()->isChecked());
    app.sideBySide()->action()->trigger();
    QVERIFY(app.transferSplit()->isSplit());
    QVERIFY(split->isSplit());
    QCOMPARE(currentScreen(app), app.transferSplit()->view());
    app.window()->showScreen(app.profile());
    QVERIFY(!app.sideBySide()->action()->isChecked());
    app.window()->showScreen(app.favorites());
    QVERIFY(app.sideBySide()->action()->isChecked());
}

void TestConvergeApp::narrowSplitWindowSetsTheDocksAside_data()
{
    QTest::addColumn<int>("width");
    QTest::addColumn<bool>("aside");
    QTest::newRow("1280 px: no room for two panes beside the docks") << 1280 << true;
    QTest::newRow("2560 px: room enough") << 2560 << false;
}

void TestConvergeApp::narrowSplitWindowSetsTheDocksAside()
{
    QFETCH(int, width);
    QFETCH(bool, aside);
    ConvergeApp app(CommandLineOptions {});
    MainWindow *window = app.window();
    window->resize(width, 800);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    const auto shownDocks = [window] {
        int shown = 0;
        for (const QDockWidget *dock : window->findChildren<QDockWidget *>())
            shown += dock->isVisible() ? 1 : 0;
        return shown;
    };
    const int before = shownDocks();
    QVERIFY(before > 0);
    QSignalSpy moved(app.sideBySide()->room(), &RoomForPanes::docksMoved);
    app.window()->showScreen(app.profile());
    app.sideBySide()->action()->trigger();
    QVERIFY(app.profileSplit()->isSplit());
    QTRY_COMPARE_WITH_TIMEOUT(app.sideBySide()->room()->docksAside(), aside, 5000);
    QCOMPARE(shownDocks(), aside ? 0 : before);
    QCOMPARE(moved.size(), aside ? 1 : 0);
    // Back to one pane: the docks come back as they were.
    app.sideBySide()->action()->trigger();
    QVERIFY(!app.profileSplit()->isSplit());
    QCOMPARE(app.sideBySide()->room()->docksAside(), false);
    QTRY_COMPARE_WITH_TIMEOUT(shownDocks(), before, 5000);
}

void TestConvergeApp::backOnlineWithdrawsTheOfflineToast()
{
    // Each offline spell used to merge into one "You're offline ×5" that stayed after the
    // connection came back.
    ConvergeApp app(CommandLineOptions {});
    ToastCenter *toasts = app.toasts();
    NotificationHistoryModel *history = toasts->history();
    ConnectionMonitor *connection = app.connection();
    QList<int> offlineToasts;
    for (int spell = 0; spell < 2; ++spell) {
        Q_EMIT connection->stateChanged(ConnectionMonitor::State::Offline);
        QCOMPARE(toasts->visibleIds().size(), 1);
        const int offline = toasts->visibleIds().first();
        QVERIFY(history->index(history->rowOf(offline))
                    .data(NotificationHistoryModel::TextRole)
                    .toString()
                    .startsWith(u"You're offline"_s));
        QCOMPARE(toasts->count(offline), 1);
        offlineToasts << offline;
        Q_EMIT connection->stateChanged(ConnectionMonitor::State::Online);
        QVERIFY(!toasts->visibleIds().contains(offline));
        const QModelIndex row = history->index(history->rowOf(offline));
        QCOMPARE(row.data(NotificationHistoryModel::StatusRole)
                     .value<NotificationHistoryModel::Status>(),
                 NotificationHistoryModel::Status::Resolved);
        QCOMPARE(row.data(NotificationHistoryModel::OutcomeRole).toString(), u"Back online"_s);
        // Replaced by the news that ended it.
        QCOMPARE(toasts->visibleIds().size(), 1);
        const int back = toasts->visibleIds().first();
        QCOMPARE(history->index(history->rowOf(back))
                     .data(NotificationHistoryModel::TextRole)
                     .toString(),
                 u"You're back online."_s);
        toasts->dismiss(back);
    }
    QVERIFY(offlineToasts.at(0) != offlineToasts.at(1));
}

void TestConvergeApp::languageChoiceIsKeptForTheNextStart_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("saved");
    QTest::newRow("Deutsch") << u"language_de"_s << u"de"_s;
    QTest::newRow("English") << u"language_en"_s << u"en"_s;
    QTest::newRow("as the system") << u"language_system"_s << u"system"_s;
}

// View → Language saves the choice and says, once, that it applies from the next start; the
// words on screen stay as they are (this start's language).
void TestConvergeApp::languageChoiceIsKeptForTheNextStart()
{
    QFETCH(QString, action);
    QFETCH(QString, saved);
    ConvergeApp app(CommandLineOptions {});
    auto *choice = app.window()->findChild<QAction *>(action);
    QVERIFY(choice);
    QVERIFY(choice->isCheckable());
    QSignalSpy said(app.announcer(), &StatusAnnouncer::announced);
    const QString viewTitle = app.window()->viewMenu()->title();
    choice->trigger();
    QVERIFY(choice->isChecked());
    QCOMPARE(QSettings().value(QLatin1StringView(Language::settingsKey)).toString(), saved);
    QTRY_COMPARE_WITH_TIMEOUT(said.count(), 1, 10000);
    QCOMPARE(said.at(0).at(0).toString(), u"The language changes when Converge starts again."_s);
    QCOMPARE(app.window()->viewMenu()->title(), viewTitle);
    // The next start's menu shows the saved choice checked.
    ConvergeApp next(CommandLineOptions {});
    QVERIFY(next.window()->findChild<QAction *>(action)->isChecked());
}

QTEST_MAIN(TestConvergeApp)
#include "tst_convergeapp.moc"
