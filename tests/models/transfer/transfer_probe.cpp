// A headless transfer client for the kill test: the real TransferModel and outbox, nothing
// else. It resumes whatever the outbox holds, optionally sends one transfer, reports each step
// on stdout (one line each, flushed) and exits when nothing is left unfinished.
//
//   converge-transfer-probe --url http://127.0.0.1:port --outbox /tmp/x/outbox.json
//                           [--payee p-1 --amount 12.50 --note "…"]
//
// Lines: "sent <key>", "checking <key>", "accepted <key> <id>",
//        "final <key> <completed|failed> <reason>", "refused <message>", "problem <message>",
//        "idle".

#include "core/clock.h"
#include "models/client/apiclient.h"
#include "models/client/eventstream.h"
#include "models/transfer/transfermodel.h"
#include "models/transfer/transferoutbox.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout); // the test reads line by line and may kill us right after
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{u"url"_s, u"Backend base URL."_s, u"url"_s},
                       {u"outbox"_s, u"Outbox file."_s, u"path"_s},
                       {u"payee"_s, u"Payee id."_s, u"id"_s, u"p-1"_s},
                       {u"amount"_s, u"Amount to send, as typed (en_US)."_s, u"text"_s},
                       {u"note"_s, u"Note of the transfer."_s, u"text"_s},
                       {u"no-events"_s, u"Do not listen to the event channel."_s}});
    parser.process(app);

    ApiClient api(QUrl(parser.value(u"url"_s)));
    api.setDefaultTimeout(3000ms);
    EventStream events(&api);
    events.setPollWait(500ms);
    events.setBackoff(50ms, 500ms);
    TransferOutbox outbox(parser.value(u"outbox"_s));
    SteadyClock clock;
    TransferModel model(&api, &outbox, &clock);
    TransferModel::Settings settings;
    settings.pollInterval = 150ms;
    settings.retryFirst = 50ms;
    settings.retryMax = 500ms;
    model.setSettings(settings);
    model.setLocale(QLocale(u"en_US"_s));
    // Without events a lost answer can only be resolved by asking again: the kill test needs
    // the "Checking…" step to happen for sure.
    if (!parser.isSet(u"no-events"_s))
        model.setEventStream(&events);

    QObject::connect(&model, &TransferModel::transferSent, &app,
                     [](const QString &key) { say(u"sent "_s + key); });
    QObject::connect(&model, &TransferModel::outcomeUnknown, &app,
                     [](const QString &key) { say(u"checking "_s + key); });
    QObject::connect(
        &model, &TransferModel::transferAccepted, &app,
        [](const QString &key, const QString &id) { say(u"accepted %1 %2"_s.arg(key, id)); });
    QObject::connect(&model, &TransferModel::outboxProblem, &app,
                     [](const QString &message) { say(u"problem "_s + message); });

    bool sendDone = !parser.isSet(u"amount"_s);
    const auto quitWhenIdle = [&] {
        if (sendDone && model.hasAccount() && !model.hasUnfinished()) {
            say(u"idle"_s);
            QCoreApplication::quit();
        }
    };
    QObject::connect(
        &model, &TransferModel::finalStateReached, &app,
        [&](const QString &key, TransferModel::Phase phase) {
            const int row = model.rowOfKey(key);
            const QString reason = model.index(row).data(TransferModel::ReasonRole).toString();
            say(u"final %1 %2 %3"_s.arg(key, TransferModel::phaseName(phase), reason).trimmed());
            QMetaObject::invokeMethod(&app, quitWhenIdle, Qt::QueuedConnection);
        });
    QObject::connect(&model, &TransferModel::accountChanged, &app, [&] {
        if (sendDone) {
            quitWhenIdle();
            return;
        }
        sendDone = true;
        model.setDraft(parser.value(u"payee"_s), parser.value(u"amount"_s),
                       parser.value(u"note"_s));
        const TransferModel::SendResult result = model.send();
        if (!result.sent)
            say(u"refused "_s + result.message);
        quitWhenIdle();
    });

    if (!parser.isSet(u"no-events"_s))
        events.start(0);
    model.start();
    return app.exec();
}
