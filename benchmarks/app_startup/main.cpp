// Benchmark (not a test): start to first frame of the converge app's main window against a bare
// QMainWindow built the same way (bench_app_startup_bare), and for converge also start to
// "ready": the first frame in which the Favorites list shows the items it loaded from the
// embedded backend. The two programs are launched alternately in one run, each as a child
// process under the same X display. See docs/performance.md ("App startup").
//
// Usage: bench_app_startup [--runs 20] [--warmup 2] [--display] [--converge PATH] [--bare PATH]
//
// By default a private Xvfb (1600x1200x24) is started; --display uses $DISPLAY instead. The time
// runs from just before the child is spawned (CLOCK_MONOTONIC) to the moment the child's
// StartupProbe (app/startupprobe.h, enabled by CONVERGE_STARTUP_PROBE) reports that the frame
// was painted and flushed to the X server. Every child gets empty XDG folders of its own: no
// saved layout, settings or outbox from an earlier run.

#include "benchmarks/app_startup/xvfb.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <optional>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

struct Launch
{
    std::optional<double> frameMs;
    std::optional<double> readyMs;
};

struct Program
{
    QString label;
    QString path;
    bool waitsForReady = false;
    std::vector<double> frames;
    std::vector<double> readies;
    int failures = 0;
};

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return NAN;
    std::sort(values.begin(), values.end());
    const auto rank = static_cast<size_t>(std::ceil(p / 100.0 * double(values.size())));
    return values[std::clamp<size_t>(rank, 1, values.size()) - 1];
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readLine()).section(u' ', 0, 2);
}

double msSince(Clock::time_point start, qint64 childNs)
{
    const auto startNs =
        std::chrono::duration_cast<std::chrono::nanoseconds>(start.time_since_epoch()).count();
    return double(childNs - startNs) / 1e6;
}

// One start of the program: spawn, wait for its probe's marks, end it, wait until it is gone.
Launch launchOnce(const Program &program, const QString &display)
{
    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), display);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("CONVERGE_STARTUP_PROBE"), QStringLiteral("1"));
    for (const char *name :
         {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"})
        env.insert(QString::fromLatin1(name), home.path() + u'/' + QString::fromLatin1(name));

    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.setStandardErrorFile(home.filePath(QStringLiteral("stderr.txt")));
    Launch result;
    const Clock::time_point start = Clock::now();
    child.start(program.path, {});
    const Clock::time_point deadline = start + std::chrono::seconds(30);
    QByteArray pending;
    while (Clock::now() < deadline) {
        if (result.frameMs && (!program.waitsForReady || result.readyMs))
            break;
        if (!child.waitForReadyRead(1000) && child.state() == QProcess::NotRunning)
            break;
        pending += child.readAllStandardOutput();
        qsizetype end;
        while ((end = pending.indexOf('\n')) >= 0) {
            const QList<QByteArray> words = pending.left(end).trimmed().split(' ');
            pending.remove(0, end + 1);
            if (words.size() != 3 || words[0] != "startup-probe")
                continue;
            const double ms = msSince(start, words[2].toLongLong());
            if (words[1] == "frame")
                result.frameMs = ms;
            else if (words[1] == "ready")
                result.readyMs = ms;
        }
    }
    child.terminate();
    if (!child.waitForFinished(5000)) {
        child.kill();
        child.waitForFinished(5000);
    }
    if (!result.frameMs) {
        QFile errors(home.filePath(QStringLiteral("stderr.txt")));
        if (errors.open(QIODevice::ReadOnly))
            std::fprintf(stderr, "%s gave no frame; its stderr:\n%s\n", qPrintable(program.label),
                         errors.readAll().constData());
    }
    return result;
}

void printRow(const char *what, const std::vector<double> &values)
{
    std::printf("| %-28s | %4zu | %8.1f | %8.1f | %8.1f |\n", what, values.size(),
                percentile(values, 50), percentile(values, 90),
                values.empty() ? NAN : *std::min_element(values.begin(), values.end()));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Start to first frame of converge against a bare QMainWindow."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Measured starts of each program."),
                                        QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption warmupOption(QStringLiteral("warmup"),
                                          QStringLiteral("Unmeasured starts of each first."),
                                          QStringLiteral("n"), QStringLiteral("2"));
    const QCommandLineOption displayOption(QStringLiteral("display"),
                                           QStringLiteral("Use $DISPLAY instead of an own Xvfb."));
    const QCommandLineOption convergeOption(QStringLiteral("converge"),
                                            QStringLiteral("The converge executable."),
                                            QStringLiteral("path"), QStringLiteral(CONVERGE_PATH));
    const QCommandLineOption bareOption(QStringLiteral("bare"),
                                        QStringLiteral("The bare window executable."),
                                        QStringLiteral("path"), QStringLiteral(BARE_WINDOW_PATH));
    parser.addOptions({runsOption, warmupOption, displayOption, convergeOption, bareOption});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int warmup = std::max(0, parser.value(warmupOption).toInt());

    Xvfb xvfb;
    QString display = qEnvironmentVariable("DISPLAY");
    if (!parser.isSet(displayOption)) {
        QString error;
        if (!xvfb.start(QStringLiteral("1600x1200x24"), &error)) {
            std::fprintf(stderr, "bench_app_startup: %s\n", qPrintable(error));
            return 1;
        }
        display = xvfb.display();
    } else if (display.isEmpty()) {
        std::fprintf(stderr, "bench_app_startup: --display given but DISPLAY is not set\n");
        return 1;
    }

    Program bare {QStringLiteral("bare QMainWindow"), parser.value(bareOption), false, {}, {}, 0};
    Program converge {QStringLiteral("converge"), parser.value(convergeOption), true, {}, {}, 0};
    const QString loadBefore = loadAverage();
    std::printf("display %s, %d warm-up + %d measured starts of each, alternating\n",
                qPrintable(display), warmup, runs);
    std::fflush(stdout);
    for (int i = 0; i < warmup + runs; ++i) {
        // Alternating, and swapping who goes first, so neither always follows the other.
        Program *order[2] = {&bare, &converge};
        if (i % 2)
            std::swap(order[0], order[1]);
        for (Program *program : order) {
            const Launch launch = launchOnce(*program, display);
            if (i < warmup)
                continue;
            if (!launch.frameMs || (program->waitsForReady && !launch.readyMs)) {
                ++program->failures;
                continue;
            }
            program->frames.push_back(*launch.frameMs);
            if (launch.readyMs)
                program->readies.push_back(*launch.readyMs);
        }
    }
    const QString loadAfter = loadAverage();

    std::printf("\n| %-28s | runs |  p50 ms  |  p90 ms  |  min ms  |\n", "start to");
    std::printf("|------------------------------|------|----------|----------|----------|\n");
    printRow("first frame, bare window", bare.frames);
    printRow("first frame, converge", converge.frames);
    printRow("ready (Favorites), converge", converge.readies);
    const double ratio50 = percentile(converge.frames, 50) / percentile(bare.frames, 50);
    const double ratio90 = percentile(converge.frames, 90) / percentile(bare.frames, 90);
    std::printf("\nfirst frame, converge / bare: %.2fx at p50, %.2fx at p90 (aim: at most 1.3x)\n",
                ratio50, ratio90);
    std::printf("load average (1, 5, 15 min): %s before, %s after\n", qPrintable(loadBefore),
                qPrintable(loadAfter));
    if (bare.failures || converge.failures) {
        std::printf("failed starts: bare %d, converge %d\n", bare.failures, converge.failures);
        return 1;
    }
    return 0;
}
