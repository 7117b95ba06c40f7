#include "tools/screenshots/loadedapp.h"

#include "app/convergeapp.h"
#include "app/screens/favorites/favoritesscreen.h"
#include "app/screens/profile/profilescreen.h"
#include "app/screens/transfer/transferscreen.h"
#include "models/favorites/favoritesmodel.h"
#include "models/profile/profilemodel.h"
#include "models/transfer/transfermodel.h"
#include "tools/screenshots/shots.h"
#include "widgets/displaypreferences.h"

using namespace Qt::StringLiterals;

void withLoadedApp(Shots &shots, const std::function<void(ConvergeApp &)> &use,
                   const mock::PostgresSettings &postgres)
{
    CommandLineOptions options;
    options.seed = 42;
    options.postgres = postgres;
    // Headless: the default layout, never one a person saved.
    options.headless = true;
    ConvergeApp app(options);
    app.preferences()->setColorScheme(shots.dark() ? DisplayPreferences::ColorScheme::Dark
                                                   : DisplayPreferences::ColorScheme::Light);
    bool ready = false;
    QString fatal;
    QObject::connect(&app, &ConvergeApp::backendReady, &app, [&ready] { ready = true; });
    QObject::connect(&app, &ConvergeApp::fatalError, &app,
                     [&fatal](const QString &message) { fatal = message; });
    app.start();
    shots.waitFor(
        [&] {
            shots.require(fatal.isEmpty(), fatal);
            return ready;
        },
        u"the embedded backend"_s);
    shots.waitFor(
        [&] {
            return app.favorites()->model()->rowCount() > 0 && app.profile()->model()->hasLoaded()
                && app.transfer()->model()->hasAccount();
        },
        u"every screen to load"_s);
    use(app);
}
