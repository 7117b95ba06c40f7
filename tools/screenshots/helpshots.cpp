#include "tools/screenshots/helpshots.h"

#include "app/convergeapp.h"
#include "app/helpmenu.h"
#include "app/mainwindow.h"
#include "tools/screenshots/shots.h"

#include <QDialog>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

void shootHelp(Shots &shots)
{
    CommandLineOptions options;
    options.seed = 42;
    options.headless = true;
    ConvergeApp app(options);
    bool ready = false;
    QObject::connect(&app, &ConvergeApp::backendReady, &app, [&ready] { ready = true; });
    app.start();
    shots.waitFor([&] { return ready; }, u"the embedded backend"_s);
    Shots::pause(400ms); // the seed arrives with the first /health answer

    HelpMenu *help = app.helpMenu();
    shots.save(help->showShortcuts(), u"help-shortcuts"_s);
    app.window()->showScreen(0);
    shots.save(help->showGuideForCurrentScreen(), u"help-guide-favorites"_s);
    shots.save(help->showAbout(), u"help-about"_s);
}
