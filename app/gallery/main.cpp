#include "widgets/componentgallery.h"
#include "widgets/palettes.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QPixmap>
#include <QScreen>
#include <QStyleFactory>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace {

bool save(QWidget *widget, const QString &path)
{
    // Lay out at the natural size first, so the picture shows everything, unclipped.
    widget->adjustSize();
    const bool ok = widget->grab().save(path);
    qInfo("%s %s", ok ? "saved" : "could not save", qPrintable(QDir::toNativeSeparators(path)));
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"converge-gallery"_s);
    QApplication::setApplicationDisplayName(u"Converge UX kit gallery"_s);
    // Fusion draws with the palette everywhere, so the light and dark columns are faithful.
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Every Converge UX-kit component in every state."_s);
    parser.addHelpOption();
    const QCommandLineOption dark(u"dark"_s, u"Use the dark palette for the window."_s);
    const QCommandLineOption screenshot(u"screenshot"_s,
                                        u"Save gallery-light.png, gallery-dark.png and "
                                        "gallery-window.png into <dir> and quit."_s,
                                        u"dir"_s);
    parser.addOption(dark);
    parser.addOption(screenshot);
    parser.process(app);

    QApplication::setPalette(parser.isSet(dark) ? Palettes::dark() : Palettes::light());

    ComponentGallery gallery;
    gallery.resize(1280, 900);
    gallery.show();

    if (parser.isSet(screenshot)) {
        const QDir dir(parser.value(screenshot));
        // Let the spinners turn once so the "after 400 ms" row shows its spinner.
        QTimer::singleShot(300, &app, [&] {
            bool ok = save(gallery.themeColumn(ComponentGallery::Theme::Light),
                           dir.filePath(u"gallery-light.png"_s));
            ok = save(gallery.themeColumn(ComponentGallery::Theme::Dark),
                      dir.filePath(u"gallery-dark.png"_s))
                && ok;
            // Then the live strip after a failed save and going offline: toasts over the window,
            // history and announcement log filled in.
            gallery.simulateFailedSave();
            gallery.setOffline(true);
            QTimer::singleShot(2500, &app, [&, ok]() mutable {
                ok = gallery.grab().save(dir.filePath(u"gallery-window.png"_s)) && ok;
                QApplication::exit(ok ? 0 : 1);
            });
        });
    }
    return QApplication::exec();
}
