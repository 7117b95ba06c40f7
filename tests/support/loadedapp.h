#pragma once

#include "app/convergeapp.h"
#include "app/screens/favorites/favoritesscreen.h"
#include "app/screens/profile/profilescreen.h"
#include "app/screens/transfer/transferscreen.h"
#include "models/favorites/favoritesmodel.h"
#include "models/profile/profilemodel.h"
#include "models/transfer/transfermodel.h"

#include <QTest>

#include <memory>

// The real app with its embedded backend, seed 42 and the default layout (headless: never one a
// person saved), once every screen shows its data; null if that took more than 20 s.
inline std::unique_ptr<ConvergeApp> startLoadedApp()
{
    CommandLineOptions options;
    options.seed = 42;
    options.headless = true;
    auto app = std::make_unique<ConvergeApp>(options);
    bool ready = false;
    QObject::connect(app.get(), &ConvergeApp::backendReady, app.get(), [&ready] { ready = true; });
    app->start();
    const bool loaded = QTest::qWaitFor(
        [&] {
            return ready && app->favorites()->model()->rowCount() > 0
                && app->profile()->model()->hasLoaded() && app->transfer()->model()->hasAccount();
        },
        20000);
    return loaded ? std::move(app) : nullptr;
}
