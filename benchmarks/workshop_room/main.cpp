// Benchmark (not a test): a workshop room on one backend. N light clients, each behaving like
// one participant's app (event channel open, the screens' polling, a busy person's writes),
// against one converge-backend process with a fixed injected latency. Per step (by default 1
// client, the reference, then 50) it reports how far the observed latency is from the configured
// one, whether every client heard every other client's writes, and the backend's CPU time and
// memory per participant. See docs/performance.md ("A room on one backend").
//
// Usage: workshop_room_bench [--clients 1,50] [--seconds 60] [--latency-ms 100]
//                            [--backend PATH] [--seed 1] [--toggle-every-ms 3000] ...

#include "backendprocess.h"
#include "room.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstdio>
#include <map>
#include <vector>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

namespace {

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<size_t>(p * static_cast<double>(values.size() - 1) + 0.5);
    return values[std::min(index, values.size() - 1)];
}

QByteArray loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return "?";
    const QList<QByteArray> parts = file.readAll().split(' ');
    return parts.size() < 3 ? QByteArray("?") : parts.mid(0, 3).join(' ');
}

// Every data route's latency fixed at latencyMs; replication, settlement and the rest as the
// backend's defaults (the room's realistic case).
QByteArray configFor(int latencyMs)
{
    const QJsonObject fixed {{QStringLiteral("distribution"), QStringLiteral("fixed")},
                             {QStringLiteral("baseMs"), latencyMs},
                             {QStringLiteral("jitterMs"), 0},
                             {QStringLiteral("capMs"), 0}};
    const QJsonObject config {{QStringLiteral("latency"),
                               QJsonObject {{QStringLiteral("reads"), fixed},
                                            {QStringLiteral("writes"), fixed},
                                            {QStringLiteral("transfers"), fixed}}}};
    return QJsonDocument(config).toJson(QJsonDocument::Compact);
}

void raiseFileLimit()
{
    rlimit limit {};
    if (::getrlimit(RLIMIT_NOFILE, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = std::min<rlim_t>(limit.rlim_max, 65536);
        ::setrlimit(RLIMIT_NOFILE, &limit);
    }
}

struct StepFigures
{
    int clients = 0;
    double p50 = 0, p99 = 0, max = 0;
    qint64 missing = 0, expected = 0;
    double cpuCore = 0; // backend CPU during the load, fraction of one core
    double rssGrowthKiB = 0; // end of load − before any client
    double clientCore = 0;
    double waitMsPerS = 0; // backend runnable but not on a CPU, per second of load
};

void printLatency(const char *label, const std::vector<double> &errors)
{
    std::printf("    %-30s %7zu   p50 %6.2f   p99 %6.2f   max %7.2f ms\n", label, errors.size(),
                percentile(errors, 0.5), percentile(errors, 0.99), percentile(errors, 1.0));
}

// One step: a fresh backend, settings.clients participants, the load, the figures.
std::optional<StepFigures> runStep(const QString &backendPath, const RoomSettings &settings)
{
    BackendProcess backend;
    QString error;
    if (!backend.start(backendPath, configFor(settings.latencyMs), settings.seed, &error)) {
        std::fprintf(stderr, "converge-backend: %s\n", qPrintable(error));
        return std::nullopt;
    }
    std::printf("%d client(s), %d s, configured latency fixed %d ms on reads, writes and "
                "transfers; backend pid %lld port %u\n",
                settings.clients, settings.durationS, settings.latencyMs,
                static_cast<long long>(backend.pid()), static_cast<unsigned>(backend.port()));
    std::printf("  load average at start: %s\n", loadAverage().constData());
    std::fflush(stdout);
    const qint64 idleRss = backend.rssKiB().value_or(0);
    double cpuAtStart = 0, cpuAtEnd = 0;
    BackendProcess::Scheduling schedAtStart, schedAtEnd;
    qint64 rssAtStart = 0, rssAtEnd = 0;
    qint64 rssAtFirstTick = 0; // once every participant's screens have started
    QByteArray curve;

    Room room(backend.port(), settings);
    const RoomResult r = room.run([&](Room::Moment moment, double elapsedS) {
        switch (moment) {
        case Room::Moment::Started:
            cpuAtStart = backend.cpuSeconds().value_or(0);
            schedAtStart = backend.scheduling().value_or(BackendProcess::Scheduling {});
            rssAtStart = backend.rssKiB().value_or(0);
            break;
        case Room::Moment::Tick:
            if (rssAtFirstTick == 0)
                rssAtFirstTick = backend.rssKiB().value_or(0);
            curve += ' ' + QByteArray::number(elapsedS, 'f', 0) + " s "_ba
                + QByteArray::number(static_cast<double>(backend.rssKiB().value_or(0)) / 1024.0,
                                     'f', 1)
                + " MiB;"_ba;
            break;
        case Room::Moment::Ended:
            cpuAtEnd = backend.cpuSeconds().value_or(0);
            schedAtEnd = backend.scheduling().value_or(BackendProcess::Scheduling {});
            rssAtEnd = backend.rssKiB().value_or(0);
            break;
        }
    });
    const qint64 peak = backend.peakRssKiB().value_or(0);
    const double cpu = cpuAtEnd - cpuAtStart;
    const int n = settings.clients;

    std::printf("  load average at end:   %s\n", loadAverage().constData());
    std::printf("  data requests answered 2xx: %lld (%.0f/s); queued for a free connection: %lld\n",
                static_cast<long long>(r.answered), static_cast<double>(r.answered) / r.loadSeconds,
                static_cast<long long>(r.queuedCalls));
    for (const auto &[status, count] : r.otherStatuses)
        std::printf("  not 2xx: status %d x %lld\n", status, static_cast<long long>(count));
    std::printf("  observed - configured latency (each request timed from its first byte sent):\n");
    printLatency("all data requests", r.errors);
    for (const auto &[route, errors] : r.errorsByRoute)
        printLatency(route.constData(), errors);
    std::printf("  event channel: %lld answers (%.1f/s per client), %lld resets\n",
                static_cast<long long>(r.eventAnswers),
                static_cast<double>(r.eventAnswers) / r.loadSeconds / n,
                static_cast<long long>(r.eventResets));
    std::printf("  every client heard every other client's writes: %lld writes acknowledged, "
                "%lld deliveries expected, %lld missing\n",
                static_cast<long long>(r.writesAcknowledged),
                static_cast<long long>(r.deliveriesExpected),
                static_cast<long long>(r.deliveriesMissing));
    for (const QString &example : r.missingExamples)
        std::printf("    missing: %s\n", qPrintable(example));
    if (!r.deliveryMs.empty())
        std::printf("    heard after the writer's answer: p50 %.2f, p99 %.2f, max %.2f ms\n",
                    percentile(r.deliveryMs, 0.5), percentile(r.deliveryMs, 0.99),
                    percentile(r.deliveryMs, 1.0));
    std::printf("  backend CPU during the load: %.2f s = %.1f %% of one core; per participant "
                "%.2f ms per second\n",
                cpu, 100 * cpu / r.loadSeconds, 1000 * cpu / r.loadSeconds / n);
    const double waited = schedAtEnd.waitS - schedAtStart.waitS;
    std::printf("  backend waited for a CPU while runnable: %.2f s during the load (%.1f ms per "
                "second; on a CPU %.2f s)\n",
                waited, 1000 * waited / r.loadSeconds, schedAtEnd.runS - schedAtStart.runS);
    std::printf("  backend RSS: before any client %.1f MiB, load start %.1f, end %.1f, peak "
                "%.1f; growth per participant %.0f KiB\n",
                static_cast<double>(idleRss) / 1024, static_cast<double>(rssAtStart) / 1024,
                static_cast<double>(rssAtEnd) / 1024, static_cast<double>(peak) / 1024,
                static_cast<double>(rssAtEnd - idleRss) / n);
    std::printf("  backend RSS during the load:%s\n", curve.constData());
    const double minutesAfterTick = (r.loadSeconds - settings.sampleEveryMs / 1000.0) / 60.0;
    if (rssAtFirstTick > 0 && minutesAfterTick > 0)
        std::printf("  per participant: %.0f KiB on joining (first %d s), then %.0f KiB per "
                    "minute of load\n",
                    static_cast<double>(rssAtFirstTick - idleRss) / n,
                    settings.sampleEveryMs / 1000,
                    static_cast<double>(rssAtEnd - rssAtFirstTick) / n / minutesAfterTick);
    std::printf("  client process CPU: %.2f s = %.1f %% of one core\n", r.clientCpuSeconds,
                100 * r.clientCpuSeconds / r.loadSeconds);
    std::fflush(stdout);

    StepFigures f;
    f.clients = n;
    f.p50 = percentile(r.errors, 0.5);
    f.p99 = percentile(r.errors, 0.99);
    f.max = percentile(r.errors, 1.0);
    f.missing = r.deliveriesMissing;
    f.expected = r.deliveriesExpected;
    f.cpuCore = cpu / r.loadSeconds;
    f.rssGrowthKiB = static_cast<double>(rssAtEnd - idleRss);
    f.clientCore = r.clientCpuSeconds / r.loadSeconds;
    f.waitMsPerS = 1000 * waited / r.loadSeconds;
    return f;
}

} // namespace

int main(int argc, char *argv[])
{
    raiseFileLimit();
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("A workshop room: light clients against one converge-backend."));
    parser.addHelpOption();
    RoomSettings defaults;
    struct IntOption
    {
        QCommandLineOption option;
        int *target;
    };
    RoomSettings settings;
    const auto intOption = [](const char *name, const char *help, int value) {
        return QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help),
                                  QStringLiteral("n"), QString::number(value));
    };
    const std::vector<IntOption> ints {
        {intOption("seconds", "Load duration of each step.", defaults.durationS),
         &settings.durationS},
        {intOption("latency-ms", "Injected fixed latency of every data route.", defaults.latencyMs),
         &settings.latencyMs},
        {intOption("health-every-ms", "Lag chart's GET /health.", defaults.healthEveryMs),
         &settings.healthEveryMs},
        {intOption("inspector-every-ms", "Replica inspector's GET /health.",
                   defaults.inspectorEveryMs),
         &settings.inspectorEveryMs},
        {intOption("toggle-every-ms", "Mean time between favorite toggles.",
                   defaults.toggleEveryMs),
         &settings.toggleEveryMs},
        {intOption("transfer-every-ms", "Mean time between transfers.", defaults.transferEveryMs),
         &settings.transferEveryMs},
        {intOption("photo-every-ms", "Mean time between photo uploads (0: none).",
                   defaults.photoEveryMs),
         &settings.photoEveryMs},
        {intOption("items-every-ms", "GET /items again.", defaults.itemsEveryMs),
         &settings.itemsEveryMs},
        {intOption("profile-every-ms", "GET /profile again.", defaults.profileEveryMs),
         &settings.profileEveryMs},
        {intOption("account-every-ms", "GET /account and /transfers again.",
                   defaults.accountEveryMs),
         &settings.accountEveryMs},
        {intOption("drain-ms", "Time for late deliveries after the load.", defaults.drainMs),
         &settings.drainMs},
    };
    const QCommandLineOption clientsOption(
        QStringLiteral("clients"),
        QStringLiteral("Steps: clients per step, comma-separated; the first is the reference."),
        QStringLiteral("list"), QStringLiteral("1,50"));
    const QCommandLineOption backendOption(
        QStringLiteral("backend"), QStringLiteral("The converge-backend program."),
        QStringLiteral("path"), QStringLiteral(CONVERGE_BACKEND_PATH));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Seed of the backend and the clients."),
                                        QStringLiteral("n"), QStringLiteral("1"));
    for (const IntOption &o : ints)
        parser.addOption(o.option);
    parser.addOptions({clientsOption, backendOption, seedOption});
    parser.process(app);
    for (const IntOption &o : ints)
        *o.target = parser.value(o.option).toInt();
    settings.seed = parser.value(seedOption).toULongLong();
    QFile photo(QStringLiteral(CONVERGE_SAMPLE_PHOTO));
    if (settings.photoEveryMs > 0 && photo.open(QIODevice::ReadOnly))
        settings.photo = photo.readAll();

    std::vector<StepFigures> steps;
    for (const QString &count : parser.value(clientsOption).split(u',')) {
        RoomSettings step = settings;
        step.clients = std::max(1, count.toInt());
        const auto figures = runStep(parser.value(backendOption), step);
        if (!figures)
            return 2;
        steps.push_back(*figures);
        std::printf("\n");
    }

    std::printf("summary (observed - configured latency of data requests; backend from "
                "/proc):\n");
    std::printf("  clients   p50 ms   p99 ms   max ms   missing/expected   backend CPU   "
                "per client   CPU wait   RSS growth   per client   client CPU\n");
    bool allHeard = true;
    for (const StepFigures &f : steps) {
        std::printf("  %7d  %7.2f  %7.2f  %7.2f   %7lld/%-9lld  %8.1f %%   %6.2f %%  %5.0f ms/s  "
                    "%7.0f KiB  "
                    "%6.0f KiB  %7.1f %%\n",
                    f.clients, f.p50, f.p99, f.max, static_cast<long long>(f.missing),
                    static_cast<long long>(f.expected), 100 * f.cpuCore,
                    100 * f.cpuCore / f.clients, f.waitMsPerS, f.rssGrowthKiB,
                    f.rssGrowthKiB / f.clients, 100 * f.clientCore);
        allHeard = allHeard && f.missing == 0;
    }
    std::printf("  aim: p99 within 5 ms of the configured latency, nothing missing\n");
    return allHeard ? 0 : 1;
}
