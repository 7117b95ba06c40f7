#include "app/commandline.h"

#include "app/language.h"
#include "app/split/splitchoice.h"
#include "mock_backend/postgres/storeoptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;

std::optional<CommandLineOptions> parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main",
                                    "See what a lagging, failing, replicated backend does "
                                    "to a person's experience."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption backend(
        u"backend"_s,
        QCoreApplication::translate("main",
                                    "Connect to a running converge-backend at <url> "
                                    "instead of starting one inside the app."),
        u"url"_s);
    const QCommandLineOption token(
        u"token"_s, QCoreApplication::translate("main", "Access token for --backend."), u"token"_s);
    const QCommandLineOption seed(
        u"seed"_s, QCoreApplication::translate("main", "Seed of the embedded backend."), u"n"_s);
    const QCommandLineOption scenario(
        u"scenario"_s, QCoreApplication::translate("main", "Load the workshop scenario <file>."),
        u"file"_s);
    const QCommandLineOption headless(
        u"headless"_s,
        QCoreApplication::translate("main", "Run the scenario without a window and exit."));
    const QCommandLineOption out(
        u"out"_s,
        QCoreApplication::translate("main",
                                    "Where a headless run writes screenshots and the "
                                    "session export."),
        u"dir"_s);
    const QCommandLineOption timeout(
        u"timeout"_s,
        QCoreApplication::translate("main",
                                    "A headless run that has not finished after <seconds> "
                                    "stops with exit code 5 (default: the scenario's "
                                    "duration plus one minute)."),
        u"seconds"_s);
    const QCommandLineOption gallery(
        u"gallery"_s,
        QCoreApplication::translate("main", "Show the component gallery for design reviews."));
    const QCommandLineOption language(
        u"lang"_s,
        QCoreApplication::translate("main",
                                    "Speak <language> this time: system, en or de (View → "
                                    "Language keeps a choice for every start)."),
        u"language"_s);
    const QCommandLineOption split(
        u"split"_s,
        QCoreApplication::translate("main",
                                    "Show a screen side by side, the left pane in pattern <A> "
                                    "and the right in <B>: two sessions, one action. "
                                    "<screen> is favorites (the default: wait, optimistic, "
                                    "offline-first), profile (naive, read-your-writes, "
                                    "sticky-primary, poll, monotonic) or transfer "
                                    "(transparent, optimistic)."),
        u"[screen:]A,B"_s);
    parser.addOptions(
        {backend, token, seed, scenario, headless, out, timeout, gallery, language, split});
    const mock::StoreOptions storeOptions;
    storeOptions.addTo(parser);
    parser.process(arguments);

    auto refuse = [&parser](const QString &message) -> std::optional<CommandLineOptions> {
        std::fprintf(stderr, "converge: %s\n\n%s", qPrintable(message),
                     qPrintable(parser.helpText()));
        return std::nullopt;
    };

    CommandLineOptions options;
    if (parser.isSet(backend)) {
        options.backendUrl = QUrl(parser.value(backend), QUrl::StrictMode);
        const QString scheme = options.backendUrl.scheme();
        if (!options.backendUrl.isValid() || (scheme != "http"_L1 && scheme != "https"_L1)
            || options.backendUrl.host().isEmpty())
            return refuse(QCoreApplication::translate("main",
                                                      "--backend needs an address like "
                                                      "http://127.0.0.1:8080, not \"%1\".")
                              .arg(parser.value(backend)));
    }
    QString storeError;
    const auto postgres = storeOptions.read(parser, &storeError);
    if (!postgres)
        return refuse(storeError);
    if (postgres->isEnabled() && !options.backendUrl.isEmpty())
        return refuse(QCoreApplication::translate(
            "main",
            "--store applies to the embedded backend; start converge-backend with --store "
            "instead."));
    options.postgres = *postgres;
    options.token = parser.value(token);
    if (parser.isSet(seed)) {
        bool ok = false;
        const quint64 value = parser.value(seed).toULongLong(&ok);
        if (!ok)
            return refuse(QCoreApplication::translate("main",
                                                      "--seed needs a whole number, not "
                                                      "\"%1\".")
                              .arg(parser.value(seed)));
        if (!options.backendUrl.isEmpty())
            return refuse(QCoreApplication::translate(
                "main",
                "--seed applies to the embedded backend; start converge-backend with "
                "--seed instead."));
        options.seed = value;
    }
    options.scenarioFile = parser.value(scenario);
    if (!options.scenarioFile.isEmpty() && !QFileInfo(options.scenarioFile).isReadable())
        return refuse(QCoreApplication::translate("main", "The scenario file \"%1\" can't be read.")
                          .arg(options.scenarioFile));
    options.headless = parser.isSet(headless);
    options.outputDir = parser.value(out);
    if (options.headless && options.scenarioFile.isEmpty())
        return refuse(QCoreApplication::translate("main",
                                                  "--headless runs a scenario: add "
                                                  "--scenario FILE."));
    if (parser.isSet(timeout)) {
        bool ok = false;
        const int seconds = parser.value(timeout).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 86400)
            return refuse(QCoreApplication::translate("main",
                                                      "--timeout needs a whole number of "
                                                      "seconds from 1 to 86400, not \"%1\".")
                              .arg(parser.value(timeout)));
        options.timeoutSeconds = seconds;
    }
    if (parser.isSet(split)) {
        QString error;
        options.split = SplitChoice::parse(parser.value(split), &error);
        if (!options.split)
            return refuse(u"--split: "_s + error);
    }
    options.gallery = parser.isSet(gallery);
    if (parser.isSet(language)) {
        // main() has already applied it (before the parser's words were translated).
        if (!Language::fromKey(parser.value(language)))
            return refuse(QCoreApplication::translate("main",
                                                      "--lang needs system, en or de, not "
                                                      "\"%1\".")
                              .arg(parser.value(language)));
        options.language = parser.value(language).trimmed().toLower();
    }
    return options;
}

bool wantsHeadless(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--headless") == 0 || std::strcmp(argv[i], "-headless") == 0)
            return true;
    }
    return false;
}
