#include "app/commandline.h"
#include "app/convergeapp.h"
#include "app/displaycheck.h"
#include "app/gallerysize.h"
#include "app/headlessrun.h"
#include "app/language.h"
#include "app/mainwindow.h"
#include "app/screens/favorites/favoritesscreen.h"
#include "app/startupprobe.h"
#include "widgets/componentgallery.h"

#include <QApplication>
#include <QListView>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>

#include <cstdio>
#include <memory>

namespace {

void nameTheApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("Converge"));
    QCoreApplication::setOrganizationName(QStringLiteral("Converge"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CONVERGE_VERSION));
}

// Before the first word is translated: the parser's help, the window, the docks.
void speakTheChosenLanguage(AppTranslators *translators, int argc, char **argv)
{
    const QSettings settings;
    translators->load(
        Language::localeFor(Language::resolve(Language::commandLineValue(argc, argv), settings)));
}

} // namespace

int main(int argc, char *argv[])
{
    if (asksForInformationOnly(argc, argv)) {
        // --help and --version print and exit inside the parser; no window system is needed.
        QCoreApplication app(argc, argv);
        nameTheApplication();
        AppTranslators translators;
        speakTheChosenLanguage(&translators, argc, argv);
        return parseCommandLine(app.arguments()) ? 0 : 2;
    }
    if (wantsHeadless(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    } else if (!hasUsableDisplay()) {
        explainMissingDisplay();
        return 2;
    }

    QApplication app(argc, argv);
    nameTheApplication();
    AppTranslators translators;
    speakTheChosenLanguage(&translators, argc, argv);
    // Ties the window to the installed desktop entry (its icon and name on Wayland and in docks).
    QGuiApplication::setDesktopFileName(QStringLiteral(CONVERGE_APP_ID));

    const std::optional<CommandLineOptions> options = parseCommandLine(app.arguments());
    if (!options)
        return 2;

    if (options->gallery) {
        ComponentGallery gallery;
        const QScreen *screen = QGuiApplication::primaryScreen();
        gallery.resize(galleryWindowSize(screen ? screen->availableSize() : QSize()));
        gallery.show();
        return app.exec();
    }

    ConvergeApp converge(*options);
    if (options->headless) {
        // No message boxes here: nobody could close them, and a pipeline would hang.
        HeadlessRun run(*options, converge.window(), converge.api(), converge.controlRoom(),
                        converge.recorder());
        if (!run.prepare())
            return HeadlessRun::Invalid;
        QObject::connect(&converge, &ConvergeApp::fatalError, &run,
                         [&run](const QString &message) { run.fail(message); });
        QObject::connect(&converge, &ConvergeApp::backendReady, &run, &HeadlessRun::start);
        QObject::connect(&run, &HeadlessRun::done, &app,
                         [](int code) { QCoreApplication::exit(code); });
        converge.start();
        return app.exec();
    }
    QObject::connect(&converge, &ConvergeApp::fatalError, &app, [](const QString &message) {
        std::fprintf(stderr, "converge: %s\n", qPrintable(message));
        QMessageBox::critical(nullptr, QObject::tr("Converge can't start"), message);
        QApplication::exit(1);
    });
    // benchmarks/app_startup: when the first frame and the loaded Favorites list were painted.
    std::unique_ptr<StartupProbe> probe;
    if (StartupProbe::enabled()) {
        probe = std::make_unique<StartupProbe>(converge.window());
        QObject::connect(
            converge.favorites()->model(), &FavoritesModel::loaded, probe.get(),
            [&probe, &converge] {
                probe->readyWhenPainted(converge.favorites()->list()->viewport());
            },
            Qt::SingleShotConnection);
    }
    converge.start();
    return app.exec();
}
