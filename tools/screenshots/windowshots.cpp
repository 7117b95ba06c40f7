#include "tools/screenshots/windowshots.h"

#include "app/convergeapp.h"
#include "app/mainwindow.h"
#include "app/screens/favorites/favoritesscreen.h"
#include "app/screens/profile/profilescreen.h"
#include "app/screens/transfer/transferscreen.h"
#include "models/favorites/favoritesmodel.h"
#include "models/profile/profilemodel.h"
#include "models/transfer/transfermodel.h"
#include "tools/screenshots/shots.h"

#include <QSize>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

void shootWindow(Shots &shots)
{
    CommandLineOptions options;
    options.seed = 42;
    // Headless: the default layout, never one a person saved.
    options.headless = true;
    ConvergeApp app(options);
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

    MainWindow *window = app.window();
    const QStringList names {u"favorites"_s, u"profile"_s, u"transfer"_s};
    for (const QSize size : {QSize(1280, 800), QSize(1440, 900), QSize(1920, 1080)}) {
        window->resize(size);
        for (int i = 0; i < window->screenCount(); ++i) {
            window->showScreen(i);
            // The status bar's /health answer and the inspector's first numbers.
            Shots::pause(400ms);
            const QString name = i < names.size() ? names.at(i) : u"screen-%1"_s.arg(i + 1);
            shots.save(window, u"window-%1-%2x%3"_s.arg(name).arg(size.width()).arg(size.height()));
        }
    }
}
