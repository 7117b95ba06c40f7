#include "tools/screenshots/splitshots.h"

#include "app/controlroom/controlroom.h"
#include "app/convergeapp.h"
#include "app/mainwindow.h"
#include "app/screens/favorites/favoritesscreen.h"
#include "app/screens/favorites/favoritessplit.h"
#include "app/screens/profile/profilescreen.h"
#include "app/screens/profile/profilesplit.h"
#include "app/screens/transfer/transferscreen.h"
#include "app/screens/transfer/transfersplit.h"
#include "app/split/screensplit.h"
#include "app/split/sidebyside.h"
#include "app/split/splitchoice.h"
#include "models/control/backendsettings.h"
#include "models/favorites/favoritesmodel.h"
#include "models/profile/profilemodel.h"
#include "models/sync/syncstate.h"
#include "models/transfer/transfermodel.h"
#include "tools/screenshots/loadedapp.h"
#include "tools/screenshots/shots.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QSize>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

void applyPatch(Shots &shots, ConvergeApp &app, const QJsonObject &patch, const QString &what)
{
    bool applied = false;
    app.controlRoom()->settings()->apply(patch, {},
                                         [&applied](bool ok, const QString &) { applied = ok; });
    shots.waitFor([&] { return applied; }, what);
}

void split(Shots &shots, ConvergeApp &app, const SplitChoice &choice)
{
    // Split at full width (the docks stay), so the 1280 px picture shows them stepping aside.
    app.window()->resize(1920, 1080);
    Shots::pause(300ms);
    shots.require(app.sideBySide()->show(choice),
                  u"the %1 screen side by side"_s.arg(choice.screen));
}

void saveBothSizes(Shots &shots, ConvergeApp &app, const QString &screen)
{
    MainWindow *window = app.window();
    // Wide first: at 1280 px the docks step aside for the panes, and stay aside.
    for (const QSize size : {QSize(1920, 1080), QSize(1280, 800)}) {
        window->resize(size);
        Shots::pause(400ms);
        shots.save(window, u"split-%1-%2x%3"_s.arg(screen).arg(size.width()).arg(size.height()));
    }
    // One pane again: the docks come back for the next screen.
    app.sideBySide()->splitOf(screen)->setSplit(false);
}

} // namespace

void shootSplit(Shots &shots)
{
    withLoadedApp(shots, [&shots](ConvergeApp &app) {
        app.window()->resize(1920, 1080);

        // Favorites: saves take 2 s; the waiting heart spins while the optimistic one is filled.
        applyPatch(shots, app,
                   {{u"latency"_s,
                     QJsonObject {{u"writes"_s,
                                   QJsonObject {{u"distribution"_s, u"fixed"_s},
                                                {u"baseMs"_s, 2000},
                                                {u"jitterMs"_s, 0}}}}}},
                   u"slow saves"_s);
        split(shots, app, {u"favorites"_s, u"wait"_s, u"optimistic"_s});
        FavoritesScreen *right = app.favoritesSplit()->right();
        shots.waitFor([&] { return right->model()->rowCount() > 0; }, u"the right pane's list"_s);
        FavoritesModel *favorites = app.favorites()->model();
        int item = favorites->itemIdAt(1);
        if (favorites->isFavorite(item).value_or(false))
            item = favorites->itemIdAt(2);
        app.favorites()->selectItem(item);
        shots.require(app.favorites()->toggleByPerson(item), u"a tap on a heart"_s);
        saveBothSizes(shots, app, u"favorites"_s);
        shots.waitFor([&] { return favorites->syncState(item) == SyncState::Confirmed; },
                      u"the save"_s);

        // Profile photo: every replica 4 s behind; the naive page reads one of them.
        applyPatch(shots, app,
                   app.controlRoom()->settings()->replicaPatch(
                       -1, {{u"model"_s, u"fixed"_s}, {u"baseMs"_s, 4000}, {u"jitterMs"_s, 0}}),
                   u"replicas 4 s behind"_s);
        split(shots, app, {u"profile"_s, u"naive"_s, u"read-your-writes"_s});
        ProfileScreen *rightProfile = app.profileSplit()->right();
        shots.waitFor([&] { return rightProfile->model()->hasLoaded(); },
                      u"the right pane's page"_s);
        app.profile()->uploadSample(u"sunrise"_s);
        shots.waitFor(
            [&] {
                return app.profile()->model()->showedOldPhotoAfterUpload()
                    && rightProfile->model()->isOwnPhotoShown();
            },
            u"the naive page on its old photo and the other on the new one"_s);
        saveBothSizes(shots, app, u"profile"_s);

        // Money transfer: the bank takes 10 s to settle; one pane says so, the other does not.
        applyPatch(
            shots, app,
            {{u"transfers"_s, QJsonObject {{u"settleMinMs"_s, 10000}, {u"settleMaxMs"_s, 10000}}}},
            u"a slow settlement"_s);
        split(shots, app, {u"transfer"_s, u"transparent"_s, u"optimistic"_s});
        TransferScreen *rightTransfer = app.transferSplit()->right();
        shots.waitFor([&] { return rightTransfer->payeeBox()->count() > 0; },
                      u"the right pane's payees"_s);
        const QString payee = app.transfer()->payeeBox()->itemData(0).toString();
        shots.require(app.transfer()->sendAsPerson(payee, u"25"_s, u"rent"_s).sent,
                      u"a transfer sent"_s);
        shots.waitFor([&] { return rightTransfer->model()->rowCount() > 0; },
                      u"the right pane's transfer"_s);
        Shots::pause(800ms);
        saveBothSizes(shots, app, u"transfer"_s);
    });
}
