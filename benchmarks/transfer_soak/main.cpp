// Soak of the money transfer client: at least 1,000 randomized transfers against the embedded
// backend with 30 % injected errors and 10 % lost responses, while the client PROCESS is killed
// (SIGKILL) at random moments and started again from its outbox. At the end the server's own list
// is the judge: transfers intended, applied, duplicated, lost, and time to final state.
//
//   transfer_soak [--transfers 1000] [--seed 7] [--error-rate 0.3] [--lost-rate 0.1]
//                 [--kill-every-ms 1500]
//
// The same executable is the client when started with --client (the coordinator does that).
// Client lines on stdout: "sent <i>", "final <i> <completed|failed> <reason>", "skip <i>",
// "done". Intents are derived from the seed, so coordinator and client agree on them.

#include "core/clock.h"
#include "mock_backend/server/backendserver.h"
#include "mock_backend/sim/simulation.h"
#include "models/client/apiclient.h"
#include "models/client/eventstream.h"
#include "models/transfer/transfermodel.h"
#include "models/transfer/transferoutbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

struct Intent
{
    QString payeeId;
    qint64 amount = 0; // cents
    QString note;
};

// Small amounts so that 1,000 transfers fit in the seeded €1,240.00 balance.
QList<Intent> planIntents(int count, quint64 seed)
{
    QRandomGenerator random(static_cast<quint32>(seed));
    QList<Intent> intents;
    for (int i = 0; i < count; ++i) {
        Intent intent;
        intent.payeeId = u"p-%1"_s.arg(random.bounded(1, 5));
        intent.amount = random.bounded(1, 101);
        intent.note = u"soak-%1"_s.arg(i);
        intents.append(intent);
    }
    return intents;
}

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

int indexOfNote(const QString &note)
{
    return note.startsWith(u"soak-"_s) ? note.mid(5).toInt() : -1;
}

qint64 percentile(QList<qint64> samples, double p)
{
    if (samples.isEmpty())
        return -1;
    std::sort(samples.begin(), samples.end());
    const auto rank = static_cast<qsizetype>(std::ceil(p / 100.0 * samples.size()));
    return samples.at(std::clamp<qsizetype>(rank - 1, 0, samples.size() - 1));
}

// ---- the client process -------------------------------------------------------------------

int runClient(const QCommandLineParser &parser)
{
    const QList<Intent> intents =
        planIntents(parser.value(u"transfers"_s).toInt(), parser.value(u"seed"_s).toULongLong());
    int next = parser.value(u"from"_s).toInt();

    ApiClient api(QUrl(parser.value(u"url"_s)));
    api.setDefaultTimeout(2000ms);
    EventStream events(&api);
    events.setPollWait(1000ms);
    events.setBackoff(50ms, 500ms);
    TransferOutbox outbox(parser.value(u"outbox"_s));
    SteadyClock clock;
    TransferModel model(&api, &outbox, &clock);
    TransferModel::Settings settings;
    settings.pollInterval = 200ms;
    settings.retryFirst = 50ms;
    settings.retryMax = 1000ms;
    model.setSettings(settings);
    model.setLocale(QLocale(u"en_US"_s));
    model.setEventStream(&events);

    QObject::connect(
        &model, &TransferModel::finalStateReached, &model,
        [&model](const QString &key, TransferModel::Phase phase) {
            const QModelIndex index = model.index(model.rowOfKey(key));
            say(u"final %1 %2 %3"_s.arg(indexOfNote(index.data(TransferModel::NoteRole).toString()))
                    .arg(TransferModel::phaseName(phase),
                         index.data(TransferModel::ReasonRole).toString())
                    .trimmed());
        });

    // Sends the next intent whenever the form is free again, like a person working through a
    // list; skips intents the outbox already holds (sent by a run that was killed).
    std::function<void()> pump = [&] {
        if (!model.hasAccount() || model.isSubmitting())
            return;
        while (next < intents.size()) {
            const Intent &intent = intents.at(next);
            bool already = false;
            for (int row = 0; row < model.rowCount(); ++row) {
                const QModelIndex index = model.index(row);
                if (index.data(TransferModel::OwnRole).toBool()
                    && index.data(TransferModel::NoteRole).toString() == intent.note)
                    already = true;
            }
            if (already) {
                say(u"skip %1"_s.arg(next));
                ++next;
                continue;
            }
            model.setDraft(intent.payeeId,
                           MoneyAmount::formatPlain(intent.amount, QLocale(u"en_US"_s)),
                           intent.note);
            const TransferModel::SendResult result = model.send();
            if (!result.sent) {
                // The client refused before sending (e.g. over what is available): final too.
                say(u"final %1 failed refused_%2"_s.arg(next).arg(
                    MoneyAmount::errorName(result.amountError)));
                ++next;
                continue;
            }
            say(u"sent %1"_s.arg(next));
            ++next;
            return;
        }
        if (!model.hasUnfinished()) {
            say(u"done"_s);
            QCoreApplication::quit();
        }
    };
    QObject::connect(&model, &TransferModel::submittingChanged, &model, [&](bool submitting) {
        if (!submitting)
            QTimer::singleShot(0, &model, pump);
    });
    QObject::connect(&model, &TransferModel::finalStateReached, &model,
                     [&] { QTimer::singleShot(0, &model, pump); });
    QObject::connect(&model, &TransferModel::accountChanged, &model, [&] {
        if (!model.isSubmitting())
            QTimer::singleShot(0, &model, pump);
    });
    events.start(0);
    model.start();
    return QCoreApplication::exec();
}

// ---- the coordinator ----------------------------------------------------------------------

struct Outcome
{
    qint64 sentAtMs = -1;
    qint64 finalAtMs = -1;
    QString phase;
    QString reason;
};

int runCoordinator(const QCommandLineParser &parser, const QString &self)
{
    const int count = parser.value(u"transfers"_s).toInt();
    const quint64 seed = parser.value(u"seed"_s).toULongLong();
    const double errorRate = parser.value(u"error-rate"_s).toDouble();
    const double lostRate = parser.value(u"lost-rate"_s).toDouble();
    const int killEvery = parser.value(u"kill-every-ms"_s).toInt();

    mock::BackendConfig config = mock::BackendConfig::instant();
    config.seed = seed;
    config.reads = {mock::LatencyModel::Distribution::Uniform, 1, 5, 0};
    config.writes = {mock::LatencyModel::Distribution::Uniform, 1, 5, 0};
    config.transfersLatency = {mock::LatencyModel::Distribution::Uniform, 5, 30, 0};
    config.transfers.settleMinMs = 20;
    config.transfers.settleMaxMs = 300;
    config.transfers.successRate = 0.85;
    config.faults.errorRate = errorRate;
    config.faults.lostResponseRate = lostRate;
    mock::BackendServer server(config);
    if (!server.listen(QHostAddress::LocalHost)) {
        std::fputs("could not listen\n", stderr);
        return 2;
    }
    QTemporaryDir dir;
    const QString outbox = dir.filePath(u"outbox.json"_s);
    const QList<Intent> intents = planIntents(count, seed);

    QElapsedTimer clock;
    clock.start();
    std::map<int, Outcome> outcomes;
    int nextUnsent = 0;
    int restarts = 0;
    int selfExits = 0;
    bool finished = false;
    QRandomGenerator random(static_cast<quint32>(seed * 7919 + 1));
    QProcess *client = nullptr;

    // Everything a client managed to print counts, also the lines still buffered when it died.
    const auto consume = [&](QProcess *process) {
        while (process->canReadLine()) {
            const QStringList words = QString::fromUtf8(process->readLine()).trimmed().split(u' ');
            const QString &what = words.value(0);
            const int i = words.value(1).toInt();
            if (what == "sent"_L1 || what == "skip"_L1) {
                nextUnsent = std::max(nextUnsent, i + 1);
                if (what == "sent"_L1 && outcomes[i].sentAtMs < 0)
                    outcomes[i].sentAtMs = clock.elapsed();
            } else if (what == "final"_L1) {
                nextUnsent = std::max(nextUnsent, i + 1);
                Outcome &o = outcomes[i];
                if (o.finalAtMs >= 0)
                    continue; // told again after a restart: the first time counts
                o.finalAtMs = clock.elapsed();
                o.phase = words.value(2);
                o.reason = words.value(3);
            } else if (what == "done"_L1) {
                finished = true;
            }
        }
    };

    std::function<void()> startClient = [&] {
        client = new QProcess;
        client->setProgram(self);
        client->setArguments({u"--client"_s, u"--url"_s, server.url().toString(), u"--outbox"_s,
                              outbox, u"--transfers"_s, QString::number(count), u"--seed"_s,
                              QString::number(seed), u"--from"_s, QString::number(nextUnsent)});
        client->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QObject::connect(client, &QProcess::readyReadStandardOutput, client,
                         [&, process = client] { consume(process); });
        client->start();
    };

    QTimer killer;
    killer.setSingleShot(true);
    const auto armKiller = [&] {
        killer.start(std::chrono::milliseconds(random.bounded(killEvery / 4, killEvery * 7 / 4)));
    };
    QObject::connect(&killer, &QTimer::timeout, &killer, [&] {
        if (finished || !client)
            return;
        client->kill(); // SIGKILL: no destructor, no last save
        client->waitForFinished(5000);
        consume(client); // what it managed to say still counts
        client->deleteLater();
        ++restarts;
        startClient();
        armKiller();
    });

    startClient();
    armKiller();
    QElapsedTimer wall;
    wall.start();
    while (!finished && wall.elapsed() < 30LL * 60 * 1000) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
        if (client && client->state() == QProcess::NotRunning && !finished) {
            // It quit on its own without "done" (should not happen): say so, start it again.
            consume(client);
            ++selfExits;
            std::fprintf(stderr, "client exited on its own: status %d, code %d\n",
                         static_cast<int>(client->exitStatus()), client->exitCode());
            client->deleteLater();
            startClient();
        }
    }
    killer.stop();
    if (client) {
        client->waitForFinished(5000);
        client->deleteLater();
    }
    // Let the last settlements land before judging.
    QElapsedTimer drain;
    drain.start();
    while (drain.elapsed() < 1000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    server.simulation().advance();

    // The server's own list is the judge.
    std::map<int, QList<QJsonObject>> applied;
    for (const QJsonValue &value : server.simulation().primary().transfersJson()) {
        const QJsonObject t = value.toObject();
        const int i = indexOfNote(t.value(u"note"_s).toString());
        if (i >= 0)
            applied[i].append(t);
    }
    int duplicated = 0;
    int lost = 0;
    int refused = 0;
    int mismatched = 0;
    int unreported = 0;
    int completed = 0;
    int failed = 0;
    QList<qint64> times;
    for (int i = 0; i < count; ++i) {
        const auto it = applied.find(i);
        const int copies = it == applied.end() ? 0 : static_cast<int>(it->second.size());
        duplicated += std::max(0, copies - 1);
        const auto o = outcomes.find(i);
        const bool reported = o != outcomes.end() && !o->second.phase.isEmpty();
        if (copies == 0) {
            // Not applied is fine only if the person was told so (refused or not sent).
            if (reported && o->second.phase == "failed"_L1)
                ++refused;
            else
                ++lost;
            continue;
        }
        const QString serverState = it->second.first().value(u"state"_s).toString();
        serverState == "completed"_L1 ? ++completed : ++failed;
        if (!reported) {
            ++unreported;
            continue;
        }
        if (o->second.phase != serverState)
            ++mismatched;
        if (o->second.sentAtMs >= 0 && o->second.finalAtMs >= o->second.sentAtMs)
            times.append(o->second.finalAtMs - o->second.sentAtMs);
    }
    qint64 spent = 0;
    for (const auto &[i, list] : applied) {
        for (const QJsonObject &t : list)
            spent += t.value(u"state"_s).toString() == "completed"_L1
                ? t.value(u"amount"_s).toInteger()
                : 0;
    }
    const bool balanceOk = server.simulation().primary().balance() == 124000 - spent;

    std::printf("transfer soak: %d transfers, seed %llu, error rate %.0f %%, lost responses "
                "%.0f %%, client killed every ~%d ms\n",
                count, static_cast<unsigned long long>(seed), errorRate * 100, lostRate * 100,
                killEvery);
    std::printf("  intended            %d\n", count);
    std::printf("  applied by server   %d (completed %d, failed at the bank %d)\n",
                static_cast<int>(applied.size()), completed, failed);
    std::printf("  refused, person told %d (nothing applied, shown as failed/not sent)\n", refused);
    std::printf("  duplicated          %d\n", duplicated);
    std::printf("  lost                %d\n", lost);
    std::printf("  client state ≠ server %d\n", mismatched);
    std::printf("  applied, final state never printed by a client %d\n", unreported);
    std::printf("  client restarts (SIGKILL) %d; exits on its own %d\n", restarts, selfExits);
    std::printf("  time to final state p50 %lld ms, p95 %lld ms (n = %d)\n",
                static_cast<long long>(percentile(times, 50)),
                static_cast<long long>(percentile(times, 95)), static_cast<int>(times.size()));
    std::printf("  balance reconciles  %s\n", balanceOk ? "yes" : "NO");
    std::printf("  wall time %.1f s\n", static_cast<double>(clock.elapsed()) / 1000.0);
    return duplicated == 0 && lost == 0 && mismatched == 0 && balanceOk && finished ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({
        {u"transfers"_s, u"How many transfers (default 1000)."_s, u"n"_s, u"1000"_s},
        {u"seed"_s, u"Seed of the backend and of the plan (default 7)."_s, u"n"_s, u"7"_s},
        {u"error-rate"_s, u"Injected 503 rate (default 0.3)."_s, u"r"_s, u"0.3"_s},
        {u"lost-rate"_s, u"Lost-response rate (default 0.1)."_s, u"r"_s, u"0.1"_s},
        {u"kill-every-ms"_s, u"Mean time between client kills (default 1500)."_s, u"ms"_s,
         u"1500"_s},
        {u"client"_s, u"Run as the client process (internal)."_s},
        {u"url"_s, u"Backend URL (client)."_s, u"url"_s},
        {u"outbox"_s, u"Outbox file (client)."_s, u"path"_s},
        {u"from"_s, u"First intent to send (client)."_s, u"i"_s, u"0"_s},
    });
    parser.process(app);
    if (parser.isSet(u"client"_s))
        return runClient(parser);
    return runCoordinator(parser, QCoreApplication::applicationFilePath());
}
