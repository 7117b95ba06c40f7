#include "tools/screenshots/windowshots.h"

#include "app/controlroom/backendcontrolsdock.h"
#include "app/controlroom/controlroom.h"
#include "app/controlroom/heldanswersdock.h"
#include "app/controlroom/simulatedtabletbox.h"
#include "app/controlroom/timelinedock.h"
#include "app/convergeapp.h"
#include "app/mainwindow.h"
#include "app/presenter/presentermode.h"
#include "app/screens/favorites/favoritesscreen.h"
#include "app/screens/profile/profilescreen.h"
#include "app/screens/transfer/transferscreen.h"
#include "core/wire.h"
#include "models/control/backendsettings.h"
#include "models/control/backendtimecontrol.h"
#include "models/control/heldanswers.h"
#include "models/favorites/favoritesmergesync.h"
#include "models/favorites/favoritesmodel.h"
#include "models/profile/profilemodel.h"
#include "models/transfer/transfermodel.h"
#include "tools/screenshots/loadedapp.h"
#include "tools/screenshots/shots.h"
#include "widgets/displaypreferences.h"

#include <QCheckBox>
#include <QScrollArea>
#include <QSize>
#include <QTreeView>

#include <functional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QStringList screenNames {u"favorites"_s, u"profile"_s, u"transfer"_s};

QString screenName(int i)
{
    return i < screenNames.size() ? screenNames.at(i) : u"screen-%1"_s.arg(i + 1);
}

} // namespace

void shootWindow(Shots &shots)
{
    withLoadedApp(shots, [&shots](ConvergeApp &app) {
        MainWindow *window = app.window();
        const QString suffix = shots.dark() ? u"-dark"_s : QString();
        for (const QSize size : {QSize(1280, 800), QSize(1440, 900), QSize(1920, 1080)}) {
            window->resize(size);
            for (int i = 0; i < window->screenCount(); ++i) {
                window->showScreen(i);
                // The status bar's /health answer and the inspector's first numbers.
                Shots::pause(400ms);
                shots.save(window,
                           u"window-%1-%2x%3%4"_s.arg(screenName(i))
                               .arg(size.width())
                               .arg(size.height())
                               .arg(suffix));
            }
        }
        // The Held answers tab with one favorite tap held and the second tap waiting its turn.
        HeldAnswersModel *held = app.controlRoom()->heldAnswers();
        bool holding = false;
        held->setHeldRoutes({Wire::Route::favoriteKey},
                            [&holding](bool ok, const QString &) { holding = ok; });
        shots.waitFor([&] { return holding; }, u"the backend to hold favorite taps"_s);
        window->showScreen(0);
        FavoritesModel *favorites = app.favorites()->model();
        const int item = favorites->itemIdAt(1);
        favorites->toggle(item);
        shots.waitFor([&] { return held->heldCount() == 1; }, u"a held answer"_s);
        favorites->toggle(item);
        app.controlRoom()->heldAnswersDock()->raise();
        for (const QSize size : {QSize(1280, 800), QSize(1920, 1080)}) {
            window->resize(size);
            Shots::pause(400ms);
            shots.save(
                window,
                u"window-held-answers-%1x%2%3"_s.arg(size.width()).arg(size.height()).arg(suffix));
        }
        held->releaseAll();

        // Offline-first: this device in airplane mode with an edit and two hearts kept on it,
        // beside the control room's tablet.
        favorites->setPattern(FavoritesModel::Pattern::OfflineFirst);
        shots.waitFor(
            [&] { return favorites->mergeSync()->phase() == FavoriteMergeState::Phase::InStep; },
            u"the first merge"_s);
        favorites->setAirplaneMode(true);
        favorites->toggle(favorites->itemIdAt(2));
        favorites->addHeart(favorites->itemIdAt(2));
        favorites->addHeart(favorites->itemIdAt(2));
        app.favorites()->selectItem(favorites->itemIdAt(2));
        app.controlRoom()->controlsDock()->raise();
        // The control room's tablet, scrolled into view, offline with an edit of its own.
        SimulatedTabletBox *tablet = app.controlRoom()->tabletBox();
        tablet->tablet()->setAirplaneMode(true);
        tablet->tablet()->toggle(favorites->itemIdAt(2),
                                 favorites->titleOf(favorites->itemIdAt(2)));
        tablet->tablet()->addHeart(favorites->itemIdAt(1),
                                   favorites->titleOf(favorites->itemIdAt(1)));
        for (QWidget *w = tablet->parentWidget(); w; w = w->parentWidget()) {
            if (auto *area = qobject_cast<QScrollArea *>(w)) {
                area->ensureWidgetVisible(tablet);
                break;
            }
        }
        for (const QSize size : {QSize(1280, 800), QSize(1920, 1080)}) {
            window->resize(size);
            Shots::pause(400ms);
            shots.save(
                window,
                u"window-offline-first-%1x%2%3"_s.arg(size.width()).arg(size.height()).arg(suffix));
        }
        shots.save(tablet, u"control-room-tablet%1"_s.arg(suffix));
        tablet->tablet()->setAirplaneMode(false);
        favorites->setAirplaneMode(false);
        favorites->setPattern(FavoritesModel::Pattern::Optimistic);

        // The control room with the backend in slow motion: its Backend time section and the
        // status bar say so.
        BackendTimeControl *time = app.controlRoom()->backendTime();
        bool slowed = false;
        time->setScale(0.25, [&slowed](bool ok, const QString &) { slowed = ok; });
        shots.waitFor([&] { return slowed; }, u"the backend in slow motion"_s);
        app.controlRoom()->controlsDock()->raise();
        // The timeline's technical columns, Backend time among them, for a tap in slow motion.
        if (auto *timeline = window->findChild<TimelineDock *>())
            timeline->technicalToggle()->setChecked(true);
        favorites->toggle(favorites->itemIdAt(3));
        Shots::pause(1500ms);
        for (const QSize size : {QSize(1280, 800), QSize(1920, 1080)}) {
            window->resize(size);
            Shots::pause(400ms);
            shots.save(
                window,
                u"window-slow-motion-%1x%2%3"_s.arg(size.width()).arg(size.height()).arg(suffix));
        }
        // The timeline's model in a view wide enough for every technical column.
        if (auto *timeline = window->findChild<TimelineDock *>()) {
            if (auto *view = timeline->findChild<QTreeView *>()) {
                QTreeView wide;
                wide.setModel(view->model());
                wide.resize(1500, 260);
                wide.expandAll();
                for (int c = 0; c < view->model()->columnCount(); ++c)
                    wide.resizeColumnToContents(c);
                wide.show();
                Shots::pause(400ms);
                shots.save(&wide, u"timeline-backend-time%1"_s.arg(suffix));
            }
        }
        time->setScale(1);
    });
}

void shootPresenter(Shots &shots)
{
    withLoadedApp(shots, [&shots](ConvergeApp &app) {
        MainWindow *window = app.window();
        // Replica 2 far enough behind that the caption has something to explain.
        BackendSettings *settings = app.controlRoom()->settings();
        bool lagging = false;
        settings->apply(settings->replicaPatch(
                            1, {{u"model"_s, u"fixed"_s}, {u"baseMs"_s, 5000}, {u"jitterMs"_s, 0}}),
                        {}, [&lagging](bool ok, const QString &) { lagging = ok; });
        shots.waitFor([&] { return lagging; }, u"replica 2 to lag"_s);
        app.presenterMode()->setActive(true);
        for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)}) {
            window->resize(size);
            window->showScreen(0);
            FavoritesModel *favorites = app.favorites()->model();
            favorites->toggle(favorites->itemIdAt(2));
            Shots::pause(600ms);
            shots.save(window, u"presenter-favorites-%1x%2"_s.arg(size.width()).arg(size.height()));
            window->showScreen(1);
            app.profile()->uploadSample(u"sunrise"_s);
            Shots::pause(1200ms);
            shots.save(window, u"presenter-profile-%1x%2"_s.arg(size.width()).arg(size.height()));
            window->showScreen(2);
            app.transfer()->sendAsPerson(u"p-1"_s, u"12"_s, u"presenter"_s);
            Shots::pause(600ms);
            shots.save(window, u"presenter-transfer-%1x%2"_s.arg(size.width()).arg(size.height()));
        }
        app.presenterMode()->setActive(false);
    });
}

void shootPostgres(Shots &shots)
{
    const auto cluster = mock::PostgresSettings::fromEnvironment();
    shots.require(cluster.isEnabled(),
                  u"a PostgreSQL cluster: run under scripts/pg-cluster.sh run -- …"_s);
    withLoadedApp(
        shots,
        [&shots](ConvergeApp &app) {
            MainWindow *window = app.window();
            // Replica 2 a real 4 s behind (recovery_min_apply_delay), replica 1 at once.
            BackendSettings *settings = app.controlRoom()->settings();
            bool lagging = false;
            settings->apply(
                settings->replicaPatch(1, {{u"model"_s, u"fixed"_s}, {u"baseMs"_s, 4000}}), {},
                [&lagging](bool ok, const QString &) { lagging = ok; });
            shots.waitFor([&] { return lagging; }, u"replica 2 to lag"_s);
            app.controlRoom()->controlsDock()->raise();
            window->showScreen(1);
            for (const QSize size : {QSize(1280, 800), QSize(1920, 1080)}) {
                window->resize(size);
                app.profile()->uploadSample(size.width() > 1280 ? u"forest"_s : u"sunrise"_s);
                // The inspector's next /health: replica 2 behind the write, with real LSNs.
                Shots::pause(1500ms);
                // The inspector's table and the control room's replication section in view.
                for (const char *name : {"inspectorTable", "realReplicasNote"}) {
                    QWidget *target = window->findChild<QWidget *>(QLatin1String(name));
                    for (QWidget *w = target ? target->parentWidget() : nullptr; w;
                         w = w->parentWidget()) {
                        if (auto *area = qobject_cast<QScrollArea *>(w)) {
                            area->ensureWidgetVisible(target, 0, 0);
                            break;
                        }
                    }
                }
                Shots::pause(200ms);
                shots.save(window,
                           u"postgres-profile-%1x%2"_s.arg(size.width()).arg(size.height()));
                Shots::pause(4500ms);
            }
        },
        cluster);
}

void shootAppearance(Shots &shots)
{
    withLoadedApp(shots, [&shots](ConvergeApp &app) {
        MainWindow *window = app.window();
        window->resize(1280, 800);
        using Scheme = DisplayPreferences::ColorScheme;
        // Both pictures of a screen back to back, switched live as the menu does, so the pair
        // differs in colour only.
        for (int i = 0; i < window->screenCount(); ++i) {
            window->showScreen(i);
            for (const Scheme scheme : {Scheme::Light, Scheme::Dark}) {
                app.preferences()->setColorScheme(scheme);
                Shots::pause(400ms);
                shots.save(window,
                           u"appearance-%1-%2"_s.arg(
                               screenName(i), scheme == Scheme::Dark ? u"dark"_s : u"light"_s));
            }
        }
    });
}
