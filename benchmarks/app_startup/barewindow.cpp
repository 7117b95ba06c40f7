// The reference for bench_app_startup: an empty QMainWindow of converge's size, in a program
// that links what converge links and prepares the application the way converge's main() does
// (names, catalogues, desktop file name, command line), with the same opt-in StartupProbe.

#include "app/commandline.h"
#include "app/displaycheck.h"
#include "app/language.h"
#include "app/startupprobe.h"

#include <QApplication>
#include <QHttpServer>
#include <QMainWindow>
#include <QNetworkAccessManager>
#include <QSettings>

#include <memory>

// Named (with external linkage, so it is kept) for the linker to keep the libraries converge
// loads at start, Network and HttpServer, though the bare window calls nothing in them.
extern const QMetaObject *const bareWindowAlsoLoads[];
const QMetaObject *const bareWindowAlsoLoads[] = {&QNetworkAccessManager::staticMetaObject,
                                                  &QHttpServer::staticMetaObject};

int main(int argc, char *argv[])
{
    if (!hasUsableDisplay())
        return 2;
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("Converge"));
    QCoreApplication::setOrganizationName(QStringLiteral("Converge"));
    AppTranslators translators;
    const QSettings settings;
    translators.load(
        Language::localeFor(Language::resolve(Language::commandLineValue(argc, argv), settings)));
    QGuiApplication::setDesktopFileName(QStringLiteral(CONVERGE_APP_ID));
    if (!parseCommandLine(app.arguments()))
        return 2;

    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Converge"));
    window.resize(1440, 900);
    std::unique_ptr<StartupProbe> probe;
    if (StartupProbe::enabled())
        probe = std::make_unique<StartupProbe>(&window);
    window.show();
    return app.exec();
}
