// A full workshop, accelerated: two hours of a busy session played as fast as the app takes it
// on the real main window (ConvergeApp: screens, docks, toasts, announcer, recorder, timeline,
// telemetry, control room) against an embedded backend with low latency, offscreen.
//
//   bench_workshop_soak [--events 100000] [--toggles 10000] [--transfers 1000] [--uploads 500]
//                       [--speed 20] [--sample-every 2000] [--csv FILE] [--reference-ms MS]
//
// Prints the memory curve (VmRSS, RssAnon, VmHWM every N timeline events) and the UI thread's
// longest stall and p99 (StallMeter), then the same stall meter on a bare QMainWindow with an
// idle event loop for as long as the workshop ran: the machine's own scheduling noise.

#include "app/commandline.h"
#include "app/controlroom/controlroom.h"
#include "app/convergeapp.h"
#include "app/mainwindow.h"
#include "app/screens/favorites/favoritesscreen.h"
#include "app/screens/profile/profilescreen.h"
#include "app/screens/transfer/transferscreen.h"
#include "benchmarks/workshop_soak/acceleratedscenarios.h"
#include "benchmarks/workshop_soak/memorycurve.h"
#include "benchmarks/workshop_soak/meteredapplication.h"
#include "benchmarks/workshop_soak/stallmeter.h"
#include "benchmarks/workshop_soak/workshopdriver.h"
#include "mock_backend/server/embeddedbackend.h"
#include "models/profile/profilemodel.h"
#include "models/session/sessionrecorder.h"
#include "models/session/telemetry.h"
#include "models/session/timelinemodel.h"
#include "widgets/announcementlogmodel.h"
#include "widgets/toastcenter.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QMainWindow>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!condition()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

void printStalls(const char *what, const StallMeter::Summary &s)
{
    std::printf("%s: %.1f s, %lld beats\n", what, s.seconds, s.beats);
    auto line = [](const char *clock, const StallMeter::Figures &f) {
        std::printf(
            "  %-9s gap p50 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms; %lld over one "
            "frame (16.7 ms)\n",
            clock, f.p50Ms, f.p99Ms, f.p999Ms, f.maxMs, f.overFrame);
    };
    line("wall:", s.wall);
    line("UI CPU:", s.cpu);
    std::printf("  longest event: %s\n", qPrintable(s.longestEvent));
    std::printf("  worst gaps, wall:\n");
    for (const QString &gap : s.worstGaps)
        std::printf("    %s\n", qPrintable(gap));
    std::printf("  worst gaps, UI thread CPU:\n");
    for (const QString &gap : s.worstCpuGaps)
        std::printf("    %s\n", qPrintable(gap));
}

// The machine's load, printed next to the figures: the stall meter sees the scheduler too.
void printLoad(const char *when)
{
    QFile file(u"/proc/loadavg"_s);
    const QByteArray load = file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : "?";
    std::printf("load average %s: %s (%d CPUs)\n", when, load.constData(),
                QThread::idealThreadCount());
}

} // namespace

int main(int argc, char *argv[])
{
    // Nothing from a person's own Converge (layout, outbox, display choices), no window on screen.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", home.filePath(u"config"_s).toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.filePath(u"data"_s).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", home.filePath(u"cache"_s).toLocal8Bit());
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    MeteredApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bench_workshop_soak"_s);
    QCoreApplication::setOrganizationName(u"Converge"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A full workshop, accelerated: memory curve and UI stalls."_s);
    parser.addHelpOption();
    auto number = [&parser](const QString &name, const QString &help, const QString &fallback) {
        const QCommandLineOption option(name, help, u"n"_s, fallback);
        parser.addOption(option);
        return option;
    };
    const auto events = number(u"events"_s, u"Timeline events to record (100000)."_s, u"100000"_s);
    const auto toggles = number(u"toggles"_s, u"Favorite toggles, at least (10000)."_s, u"10000"_s);
    const auto transfers =
        number(u"transfers"_s, u"Transfers per `toggles` toggles (1000)."_s, u"1000"_s);
    const auto uploads =
        number(u"uploads"_s, u"Photo uploads per `toggles` toggles (500)."_s, u"500"_s);
    const auto speed = number(u"speed"_s, u"How much faster scenarios play (20)."_s, u"20"_s);
    const auto every =
        number(u"sample-every"_s, u"Timeline events between memory samples (2000)."_s, u"2000"_s);
    const auto levelFrom =
        number(u"level-from"_s, u"Events from which the curve must be flat (25000)."_s, u"25000"_s);
    const auto referenceMs =
        number(u"reference-ms"_s, u"Idle reference duration (default: as long as the workshop)."_s,
               u"0"_s);
    const QCommandLineOption csv(u"csv"_s, u"Write the memory curve to FILE."_s, u"file"_s);
    parser.addOption(csv);
    parser.process(app);

    WorkshopDriver::Plan plan;
    plan.events = parser.value(events).toLongLong();
    plan.toggles = parser.value(toggles).toLongLong();
    plan.transfers = parser.value(transfers).toLongLong();
    plan.uploads = parser.value(uploads).toLongLong();
    plan.sampleEvery = std::max<qint64>(1, parser.value(every).toLongLong());

    // The embedded backend, in a thread of its own as in the app, with low latency.
    mock::ApiError configError;
    const std::optional<mock::BackendConfig> config =
        mock::BackendConfig::defaults().patched(AcceleratedScenarios::fastConfig(), &configError);
    if (!config) {
        std::fprintf(stderr, "bench_workshop_soak: %s\n", qPrintable(configError.message));
        return 1;
    }
    auto backend = std::make_unique<mock::EmbeddedBackend>(*config);
    backend->start();
    if (!waitUntil([&] { return backend->isReady(); }, 30000)) {
        std::fprintf(stderr, "bench_workshop_soak: the embedded backend did not start\n");
        return 1;
    }

    StallMeter meter;
    app.setMeter(&meter);
    CommandLineOptions options;
    options.backendUrl = backend->url();
    options.headless = true; // the default layout, no saved one
    auto converge = std::make_unique<ConvergeApp>(options);
    meter.start();
    converge->start();
    const bool ready = waitUntil(
        [&] {
            return converge->favorites()->model()->isLoaded()
                && converge->transfer()->model()->hasAccount()
                && converge->profile()->model()->hasLoaded();
        },
        60000);
    meter.stop();
    if (!ready) {
        std::fprintf(stderr, "bench_workshop_soak: the screens did not load\n");
        return 1;
    }
    const StallMeter::Summary startup = meter.summary();

    QString error;
    const QList<Scenario> scenarios = AcceleratedScenarios::load(
        converge->controlRoom()->registry(), parser.value(speed).toDouble(), &error);
    if (scenarios.isEmpty()) {
        std::fprintf(stderr, "bench_workshop_soak: %s\n", qPrintable(error));
        return 1;
    }

    printLoad("at the start");
    MemoryCurve curve;
    WorkshopDriver driver(converge.get(), scenarios, plan, &curve);
    QObject::connect(&driver, &WorkshopDriver::finished, &app, &QCoreApplication::quit);
    // Progress on stderr, so a long run shows it is alive.
    QTimer progress;
    QObject::connect(&progress, &QTimer::timeout, &driver, [&driver] {
        const WorkshopDriver::Counts c = driver.counts();
        std::fprintf(stderr,
                     "  %.0f s: %lld events, %lld toggles, %lld transfers, %lld uploads, "
                     "%lld scenario steps\n",
                     driver.seconds(), c.events, c.toggles, c.transfers, c.uploads,
                     c.scenarioSteps);
    });
    progress.start(10000);
    meter.start();
    driver.start();
    QCoreApplication::exec();
    meter.stop();
    progress.stop();
    const StallMeter::Summary workshop = meter.summary();
    const WorkshopDriver::Counts counts = driver.counts();

    // What the rings hold at the end, to see that they were full.
    SessionRecorder *recorder = converge->recorder();
    const auto *timeline = converge->window()->findChild<TimelineModel *>();
    const auto *announcements = converge->findChild<AnnouncementLogModel *>();
    std::printf("Workshop, accelerated: %lld timeline events, %lld toggles, %lld transfers, "
                "%lld uploads, %lld scenarios started (%lld steps, %lld expectations or steps not "
                "met), %lld screen switches in %.1f s\n",
                counts.events, counts.toggles, counts.transfers, counts.uploads,
                counts.scenariosStarted, counts.scenarioSteps, counts.scenarioFailures,
                counts.screenSwitches, driver.seconds());
    std::printf("At the end: recorder %zu of %d (%lld dropped), timeline %d stories, "
                "notification history %d rows (%lld queued toasts), announcement log %d rows, "
                "transfer list %d rows\n",
                recorder->events().size(), recorder->capacity(), recorder->droppedCount(),
                timeline ? timeline->storyCount() : -1, converge->toasts()->history()->rowCount(),
                static_cast<qint64>(converge->toasts()->queuedIds().size()),
                announcements ? announcements->rowCount() : -1,
                converge->transfer()->model()->rowCount());
    std::printf("The driver's calls into the app (UI thread):\n");
    for (int a = 0; a < WorkshopDriver::ActionCount; ++a) {
        const auto action = static_cast<WorkshopDriver::Action>(a);
        const WorkshopDriver::Cost &cost = driver.cost(action);
        std::printf("  %-16s %6lld calls, max %.2f ms (CPU %.2f ms), mean CPU %.3f ms\n",
                    WorkshopDriver::actionName(action), cost.calls, double(cost.maxNs) / 1e6,
                    double(cost.maxCpuNs) / 1e6,
                    cost.calls ? double(cost.totalCpuNs) / 1e6 / double(cost.calls) : 0.0);
    }
    std::printf("\nMemory curve (every %lld timeline events):\n", plan.sampleEvery);
    curve.printTable();
    const MemoryCurve::Trend trend = curve.trendFrom(parser.value(levelFrom).toLongLong());
    if (trend.points < 2)
        std::printf("No trend: fewer than two samples at or after %lld events (--level-from)\n",
                    parser.value(levelFrom).toLongLong());
    else
        std::printf(
            "From %lld to %lld events: RssAnon %.1f -> %.1f MiB (range %.1f-%.1f MiB), slope "
            "%+.0f KiB per 10,000 events\n",
            trend.fromEvents, trend.toEvents, double(trend.fromAnonKb) / 1024.0,
            double(trend.toAnonKb) / 1024.0, double(trend.minAnonKb) / 1024.0,
            double(trend.maxAnonKb) / 1024.0, trend.slopeKbPer10k);
    if (parser.isSet(csv)) {
        if (!curve.writeCsv(parser.value(csv), &error))
            std::fprintf(stderr, "bench_workshop_soak: %s: %s\n", qPrintable(parser.value(csv)),
                         qPrintable(error));
    }
    printLoad("after the workshop");
    std::printf("\nUI thread stalls (1 ms heartbeat; a gap is the time between two beats):\n");
    printStalls("start to ready (not counted)", startup);
    printStalls("workshop", workshop);

    // The reference: the same meter on a bare window whose event loop has nothing to do.
    converge.reset();
    backend.reset();
    QMainWindow bare;
    bare.resize(1440, 900);
    bare.show();
    waitUntil([] { return false; }, 200);
    const qint64 idleMs = parser.value(referenceMs).toLongLong() > 0
        ? parser.value(referenceMs).toLongLong()
        : static_cast<qint64>(workshop.seconds * 1000);
    meter.start();
    QTimer::singleShot(idleMs, &app, &QCoreApplication::quit);
    QCoreApplication::exec();
    meter.stop();
    printStalls("reference, bare QMainWindow, idle", meter.summary());
    printLoad("after the reference");
    return 0;
}
