#include "app/commandline.h"
#include "app/convergeapp.h"
#include "app/displaycheck.h"
#include "app/headlessrun.h"
#include "app/mainwindow.h"
#include "widgets/componentgallery.h"

#include <QApplication>
#include <QMessageBox>

#include <cstdio>

int main(int argc, char *argv[])
{
    if (wantsHeadless(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    } else if (!hasUsableDisplay()) {
        explainMissingDisplay();
        return 2;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Converge"));
    QApplication::setOrganizationName(QStringLiteral("Converge"));
    QApplication::setApplicationVersion(QStringLiteral(CONVERGE_VERSION));

    const std::optional<CommandLineOptions> options = parseCommandLine(app.arguments());
    if (!options)
        return 2;

    if (options->gallery) {
        ComponentGallery gallery;
        gallery.show();
        return app.exec();
    }

    ConvergeApp converge(*options);
    if (options->headless) {
        // No message boxes here: nobody could close them, and a pipeline would hang.
        HeadlessRun run(*options, converge.window(), converge.controlRoom(), converge.recorder());
        if (!run.prepare())
            return HeadlessRun::Invalid;
        QObject::connect(&converge, &ConvergeApp::fatalError, &run, &HeadlessRun::fail);
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
    converge.start();
    return app.exec();
}
