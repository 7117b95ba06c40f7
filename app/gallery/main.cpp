#include "app/displaycheck.h"
#include "app/gallerysize.h"
#include "app/language.h"
#include "core/clock.h"
#include "widgets/componentgallery.h"
#include "widgets/kitscheduler.h"
#include "widgets/palettes.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QPixmap>
#include <QScreen>
#include <QSettings>
#include <QStyleFactory>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

bool report(bool ok, const QString &path)
{
    std::fprintf(ok ? stdout : stderr, "%s %s\n", ok ? "saved" : "could not save",
                 qPrintable(QDir::toNativeSeparators(path)));
    return ok;
}

bool save(QWidget *widget, const QString &path)
{
    // Lay out at the natural size first, so the picture shows everything, unclipped.
    widget->adjustSize();
    return report(widget->grab().save(path), path);
}

// Moves the gallery's time by hand and lets Qt lay out what that changed, so every screenshot
// shows the same moment, spinner angle included.
void advance(ManualClock &clock, KitScheduler &scheduler, qint64 ms)
{
    clock.advance(ms);
    scheduler.timeMoved();
    // A badge that grows posts a layout request to its box, which posts one to the grid, and so
    // on up: a few rounds let every level settle.
    for (int round = 0; round < 5; ++round)
        QCoreApplication::processEvents();
}

bool wantsScreenshots(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "--screenshot" || argument == "-screenshot"
            || argument.startsWith("--screenshot="))
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // --help and --screenshot need no display; a window without one would abort in the platform
    // plugin, so say what to do instead.
    if (!hasUsableDisplay()) {
        if (!asksForInformationOnly(argc, argv) && !wantsScreenshots(argc, argv)) {
            std::fputs("converge-gallery: there is no display to show the window on (neither "
                       "DISPLAY nor WAYLAND_DISPLAY is set).\n"
                       "Run it in a virtual display (xvfb-run -a converge-gallery), or save the "
                       "pictures without one:\n"
                       "    converge-gallery --screenshot DIR\n",
                       stderr);
            return 2;
        }
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"converge-gallery"_s);
    // The gallery speaks what the app would: --lang, CONVERGE_LANG, the app's View → Language
    // (read from the app's settings), the desktop.
    AppTranslators translators;
    const QSettings appSettings(u"Converge"_s, u"Converge"_s);
    translators.load(Language::localeFor(
        Language::resolve(Language::commandLineValue(argc, argv), appSettings)));
    QApplication::setApplicationDisplayName(
        QCoreApplication::translate("gallery", "Converge UX kit gallery"));
    // Fusion draws with the palette everywhere, so the light and dark columns are faithful.
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("gallery", "Every Converge UX-kit component in every state."));
    parser.addHelpOption();
    const QCommandLineOption dark(
        u"dark"_s, QCoreApplication::translate("gallery", "Use the dark palette for the window."));
    const QCommandLineOption screenshot(
        u"screenshot"_s,
        QCoreApplication::translate("gallery",
                                    "Save gallery-light.png, gallery-dark.png and "
                                    "gallery-window.png into <dir> and quit."),
        u"dir"_s);
    const QCommandLineOption size(
        u"size"_s,
        QCoreApplication::translate("gallery",
                                    "Window size, e.g. 1280x800 (default 1280x900, or less on a "
                                    "smaller screen)."),
        u"WxH"_s);
    const QCommandLineOption language(
        u"lang"_s, QCoreApplication::translate("gallery", "Speak <language>: system, en or de."),
        u"language"_s);
    parser.addOption(dark);
    parser.addOption(screenshot);
    parser.addOption(size);
    parser.addOption(language);
    parser.process(app);

    // Screenshots always use the full default size, whatever screen (offscreen: 800×600) there is.
    const QScreen *screen = QGuiApplication::primaryScreen();
    QSize windowSize = parser.isSet(screenshot) || !screen
        ? galleryWindowSize(QSize())
        : galleryWindowSize(screen->availableSize());
    if (parser.isSet(size)) {
        const QStringList wh = parser.value(size).split(u'x');
        windowSize = wh.size() == 2 ? QSize(wh[0].toInt(), wh[1].toInt()) : QSize();
        if (!windowSize.isValid() || windowSize.isEmpty()) {
            std::fprintf(stderr, "converge-gallery: --size needs WIDTHxHEIGHT, e.g. 1280x800\n\n%s",
                         qPrintable(parser.helpText()));
            return 2;
        }
    }

    QApplication::setPalette(parser.isSet(dark) ? Palettes::dark() : Palettes::light());

    // Screenshots run on a manual clock: the same moments every run, and no waiting for them.
    ManualClock clock;
    KitScheduler scheduler(&clock);
    ComponentGallery gallery;
    gallery.resize(windowSize);

    if (!parser.isSet(screenshot)) {
        gallery.show();
        return QApplication::exec();
    }

    const QDir dir(QDir::current().absoluteFilePath(parser.value(screenshot)));
    if (!dir.mkpath(u"."_s)) {
        std::fprintf(stderr, "converge-gallery: cannot create the folder %s\n",
                     qPrintable(QDir::toNativeSeparators(dir.path())));
        return 1;
    }
    gallery.setScheduler(&scheduler);
    gallery.show();
    // 300 ms in: the spinners have turned a little, so the "after 400 ms" row shows its spinner.
    advance(clock, scheduler, 300);
    bool ok = save(gallery.themeColumn(ComponentGallery::Theme::Light),
                   dir.filePath(u"gallery-light.png"_s));
    ok = save(gallery.themeColumn(ComponentGallery::Theme::Dark),
              dir.filePath(u"gallery-dark.png"_s))
        && ok;
    // Then the live strip 2.5 s after a failed save and going offline: toasts over the window,
    // history and announcement log filled in.
    gallery.simulateFailedSave();
    gallery.setOffline(true);
    advance(clock, scheduler, 2500);
    const QString window = dir.filePath(u"gallery-window.png"_s);
    ok = report(gallery.grab().save(window), window) && ok;
    return ok ? 0 : 1;
}
