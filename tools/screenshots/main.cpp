// converge-screenshots: refreshes the pictures in docs/images from the real screens.
//
//   build/default/tools/screenshots/converge-screenshots --out docs/images [SET…]
//
// SET is favorites, transfer, profile, cache, controls, appearance, window, presenter, help or
// postgres (under scripts/pg-cluster.sh run: the app on a real cluster). With
// none named it makes the docs' pictures (all but window and help); "window" saves the whole app at
// 1280×800, 1440×900 and 1920×1080 for a look after a layout change, "appearance" each screen light
// and dark, "help" the Help menu's windows. --palette dark makes the other sets in the dark palette
// (the window set's names then end in -dark). It runs
// offscreen unless QT_QPA_PLATFORM says otherwise.

#include "app/language.h"
#include "tools/screenshots/controlsshots.h"
#include "tools/screenshots/favoritesshots.h"
#include "tools/screenshots/helpshots.h"
#include "tools/screenshots/profileshots.h"
#include "tools/screenshots/shots.h"
#include "tools/screenshots/splitshots.h"
#include "tools/screenshots/transfershots.h"
#include "tools/screenshots/windowshots.h"
#include "widgets/appearance.h"
#include "widgets/displaypreferences.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>
#include <map>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    // Reproducible pictures: no saved layout, outbox or display choices from a person's own
    // Converge, and no window on the desktop unless asked for.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(u"config"_s).toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.filePath(u"data"_s).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", home.filePath(u"cache"_s).toLocal8Bit());
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setApplicationName(u"converge-screenshots"_s);
    QApplication::setOrganizationName(u"Converge"_s);

    const std::map<QString, std::function<void(Shots &)>> sets {
        {u"favorites"_s, shootFavorites},   {u"transfer"_s, shootTransfer},
        {u"profile"_s, shootProfile},       {u"controls"_s, shootControls},
        {u"window"_s, shootWindow},         {u"help"_s, shootHelp},
        {u"appearance"_s, shootAppearance}, {u"presenter"_s, shootPresenter},
        {u"cache"_s, shootCache},           {u"postgres"_s, shootPostgres},
        {u"split"_s, shootSplit},
    };
    const QStringList docs {u"favorites"_s, u"transfer"_s,   u"profile"_s,
                            u"controls"_s,  u"appearance"_s, u"split"_s};

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Saves the pictures docs/ shows, made from the real screens against an in-process "
        "backend."_s);
    parser.addHelpOption();
    const QCommandLineOption out(u"out"_s, u"Folder for the PNGs (created if missing)."_s, u"dir"_s,
                                 u"docs/images"_s);
    parser.addOption(out);
    const QCommandLineOption palette(
        u"palette"_s,
        u"light (default) or dark: the palette of every set but appearance (which makes both)."_s,
        u"scheme"_s, u"light"_s);
    parser.addOption(palette);
    const QCommandLineOption language(
        u"lang"_s,
        u"en (default, what docs/ shows) or de: the language of the pictures, whatever the "
        "desktop speaks."_s,
        u"language"_s, u"en"_s);
    parser.addOption(language);
    parser.addPositionalArgument(u"sets"_s,
                                 u"Any of: favorites transfer profile cache controls appearance "
                                 u"window presenter help postgres split "
                                 u"(default: %1)."_s.arg(docs.join(u' ')));
    parser.process(app);

    QStringList chosen = parser.positionalArguments();
    if (chosen.isEmpty())
        chosen = docs;
    for (const QString &name : std::as_const(chosen)) {
        if (!sets.contains(name)) {
            std::fprintf(stderr, "converge-screenshots: no set called \"%s\"\n", qPrintable(name));
            return 2;
        }
    }
    const QDir dir(parser.value(out));
    if (!QDir().mkpath(dir.path())) {
        std::fprintf(stderr, "converge-screenshots: cannot create %s\n", qPrintable(dir.path()));
        return 2;
    }

    const QString scheme = parser.value(palette);
    if (scheme != u"light"_s && scheme != u"dark"_s) {
        std::fprintf(stderr, "converge-screenshots: --palette is light or dark\n");
        return 2;
    }
    const auto choice = Language::fromKey(parser.value(language));
    if (!choice || *choice == Language::Choice::System) {
        std::fprintf(stderr, "converge-screenshots: --lang is en or de\n");
        return 2;
    }
    AppTranslators translators;
    translators.load(Language::localeFor(*choice, QLocale::c()));
    Shots shots(dir);
    shots.setDark(scheme == u"dark"_s);
    // The sets that build a screen on its own paint with the palette the app installs.
    DisplayPreferences preferences;
    preferences.setColorScheme(shots.dark() ? DisplayPreferences::ColorScheme::Dark
                                            : DisplayPreferences::ColorScheme::Light);
    Appearance appearance(&preferences);
    for (const QString &name : std::as_const(chosen)) {
        try {
            sets.at(name)(shots);
        } catch (const Shots::Failure &failure) {
            std::fprintf(stderr, "converge-screenshots: %s: %s\n", qPrintable(name),
                         failure.what());
            return 1;
        }
    }
    for (const QString &path : shots.saved())
        std::printf("%s\n", qPrintable(path));
    return 0;
}
