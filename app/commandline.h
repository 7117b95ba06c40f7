#pragma once

#include "app/split/splitchoice.h"
#include "mock_backend/postgres/postgressettings.h"

#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class QCoreApplication;

// What the person asked for on the command line, already checked.
struct CommandLineOptions
{
    QUrl backendUrl; // empty: start the embedded backend
    QString token;
    std::optional<quint64> seed;
    QString scenarioFile;
    QString outputDir;
    QString language; // --lang: "system", "en" or "de"; empty when not given
    std::optional<int> timeoutSeconds; // a headless run's limit; default: its duration + 1 min
    // --split [SCREEN:]A,B: a screen side by side, the left pane in pattern A and the right in B.
    std::optional<SplitChoice> split;
    bool headless = false;
    bool gallery = false;
    // --store postgres: the embedded backend keeps its data in a real PostgreSQL cluster.
    mock::PostgresSettings postgres;
};

// Parses and validates; on a mistake it prints a plain message and usage and returns nothing.
std::optional<CommandLineOptions> parseCommandLine(const QStringList &arguments);

// True when the arguments ask for a run without a window (decided before QApplication exists).
bool wantsHeadless(int argc, char **argv);
