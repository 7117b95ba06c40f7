#include "tools/screenshots/controlsshots.h"

#include "app/controlroom/backendcontrolsdock.h"
#include "app/controlroom/heldanswersdock.h"
#include "core/wire.h"
#include "mock_backend/server/backendserver.h"
#include "mock_backend/sim/simulation.h"
#include "models/client/apicall.h"
#include "models/client/apiclient.h"
#include "models/client/eventstream.h"
#include "models/control/backendsettings.h"
#include "models/control/heldanswers.h"
#include "tools/screenshots/shots.h"

#include <QPushButton>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace {
// docs/images/control-room-held-answers.png: the Held answers tab with answers waiting.
void shootHeldAnswers(Shots &shots, mock::BackendServer &server, ApiClient &api);
} // namespace

void shootControls(Shots &shots)
{
    mock::BackendServer server(mock::BackendConfig::instant());
    shots.require(server.listen(QHostAddress::LocalHost), u"a local backend"_s);
    ApiClient api(server.url());
    BackendSettings settings(&api);
    BackendControlsDock dock(&settings);
    dock.resize(420, 1400);
    dock.show();
    settings.refresh();
    shots.waitFor([&] { return settings.isLoaded(); }, u"the backend's settings"_s);

    // A slow preset and back, so the picture shows the knobs after a preset reached the backend.
    const auto apply = [&](const QString &preset, qint64 readsMs) {
        auto *button = dock.findChild<QPushButton *>(u"preset-"_s + preset);
        shots.require(button != nullptr, u"the %1 preset button"_s.arg(preset));
        button->click();
        shots.waitFor([&] { return server.config().reads.baseMs == readsMs; },
                      u"the %1 preset to reach the backend"_s.arg(preset));
    };
    apply(u"3g"_s, 2000);
    apply(u"instant"_s, 0);
    // The knobs show the backend's values once its answer to the change is in.
    shots.waitFor([&] { return settings.config() == server.config().toJson(); },
                  u"the knobs to show the backend's values"_s);
    shots.save(&dock, u"backend-controls"_s);

    // Three one-off faults armed, one used by a heart tap: the Faults box says what is left.
    auto *failN = dock.findChild<QPushButton *>(u"failNextN"_s);
    shots.require(failN != nullptr, u"the Fail next N button"_s);
    failN->click();
    shots.waitFor([&] { return settings.oneShots().failNextRemaining == 3; },
                  u"three one-off faults armed"_s);
    bool tapped = false;
    QObject::connect(api.setFavorite(5, true, u"shot-tap-5"_s), &ApiCall::finished, &dock,
                     [&tapped](const ApiResult &) { tapped = true; });
    shots.waitFor([&] { return tapped; }, u"a heart tap to meet the fault"_s);
    settings.refreshFaults();
    shots.waitFor([&] { return settings.oneShots().failNextRemaining == 2; },
                  u"the backend to say two are left"_s);
    shots.save(&dock, u"backend-controls-faults"_s);
    shootHeldAnswers(shots, server, api);
}

namespace {
void shootHeldAnswers(Shots &shots, mock::BackendServer &server, ApiClient &api)
{
    server.simulation().faults().clearOneShots(); // the faults picture armed some
    EventStream events(&api);
    HeldAnswersModel held(&api);
    held.observe(&events);
    events.startFromNow();
    HeldAnswersDock dock(&held);
    dock.resize(420, 520);
    dock.show();
    bool holding = false;
    held.setHeldRoutes({Wire::Route::favoriteKey, Wire::Route::itemsKey},
                       [&holding](bool ok, const QString &) { holding = ok; });
    shots.waitFor([&] { return holding; }, u"the backend to hold answers"_s);
    shots.waitFor([&] { return events.isConnected(); }, u"the event channel"_s);
    // Two taps and a list read waiting; the older tap's answer dropped (a lost answer).
    api.setFavorite(3, true, u"shot-hold-3"_s);
    shots.waitFor([&] { return held.heldCount() == 1; }, u"a held answer"_s);
    api.setFavorite(7, true, u"shot-hold-7"_s);
    shots.waitFor([&] { return held.heldCount() == 2; }, u"two held answers"_s);
    api.fetchItems(ReadConsistency::AnyReplica);
    shots.waitFor([&] { return held.heldCount() == 3; }, u"three held answers"_s);
    held.drop(held.idAt(0));
    shots.waitFor([&] { return held.heldCount() == 2; }, u"the oldest answer dropped"_s);
    dock.table()->selectRow(1);
    shots.save(&dock, u"control-room-held-answers"_s);
    held.setHeldRoutes({});
    held.releaseAll();
    shots.waitFor([&] { return server.simulation().hold().count() == 0; },
                  u"every held answer released"_s);
}
} // namespace
