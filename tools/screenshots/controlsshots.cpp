#include "tools/screenshots/controlsshots.h"

#include "app/controlroom/backendcontrolsdock.h"
#include "mock_backend/server/backendserver.h"
#include "models/client/apicall.h"
#include "models/client/apiclient.h"
#include "models/control/backendsettings.h"
#include "tools/screenshots/shots.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

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
}
