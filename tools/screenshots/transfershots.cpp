#include "tools/screenshots/transfershots.h"

#include "app/screens/transfer/transferscreen.h"
#include "core/clock.h"
#include "mock_backend/server/backendserver.h"
#include "mock_backend/sim/simulation.h"
#include "models/client/apiclient.h"
#include "models/transfer/moneyamount.h"
#include "tools/screenshots/shots.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QListView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

void shootTransfer(Shots &shots)
{
    // "The payment partner is slow": seconds to accept, long to settle.
    mock::BackendConfig config = mock::BackendConfig::instant();
    config.transfersLatency = {mock::LatencyModel::Distribution::Fixed, 300, 0, 0};
    config.transfers.settleMinMs = 2500;
    config.transfers.settleMaxMs = 2500;
    config.transfers.successRate = 1.0;
    // One backend per side, so that each balance is its own.
    mock::BackendServer server(config);
    mock::BackendServer server2(config);
    shots.require(server.listen(QHostAddress::LocalHost) && server2.listen(QHostAddress::LocalHost),
                  u"two local backends"_s);
    ApiClient api(server.url());
    ApiClient api2(server2.url());
    QTemporaryDir dir;
    // The windows ("taking longer", "still processing") move on this clock, not on real time.
    ManualClock clock(1000000);
    SessionServices services;
    services.clock = &clock;

    QWidget pair;
    auto *layout = new QHBoxLayout(&pair);
    services.api = &api;
    TransferScreen transparent(services, dir.filePath(u"a.json"_s));
    services.api = &api2;
    TransferScreen optimistic(services, dir.filePath(u"b.json"_s));
    optimistic.setPattern(TransferModel::Pattern::Optimistic);
    const QList<TransferScreen *> both {&transparent, &optimistic};
    for (TransferScreen *s : both) {
        // The language of the pictures (--lang) writes the money: "€1,240.00", "1.240,00 €".
        s->model()->setLocale(QLocale());
        TransferModel::Settings settings = s->model()->settings();
        settings.expectedWindow = 3s;
        settings.finalWindow = 30s;
        settings.pollInterval = 100ms;
        s->model()->setSettings(settings);
        layout->addWidget(s);
        s->start();
    }
    pair.resize(1280, 900);
    pair.show();
    shots.waitFor(
        [&] { return transparent.payeeBox()->count() > 0 && optimistic.payeeBox()->count() > 0; },
        u"both accounts to load"_s);

    const auto shoot = [&](const QString &name) {
        // No selection: the rows show their own colours, as they do most of the time.
        for (TransferScreen *s : both)
            s->list()->selectionModel()->clear();
        shots.save(&pair, u"transfer-"_s + name);
    };
    const auto sendBoth = [&](const QString &amount, const QString &note) {
        const auto a = transparent.sendAsPerson(u"p-1"_s, amount, note);
        const auto b = optimistic.sendAsPerson(u"p-1"_s, amount, note);
        shots.require(a.sent && b.sent, u"both sides sent %1"_s.arg(amount));
        return std::pair {a.key, b.key};
    };
    const auto moveClock = [&](qint64 ms) {
        clock.advance(ms);
        for (TransferScreen *s : both)
            s->model()->updateWindows();
    };
    const auto waitPhase = [&](TransferScreen &screen, const QString &key,
                               TransferModel::Phase phase) {
        shots.waitFor([&] { return screen.model()->phaseOf(key) == phase; },
                      u"a transfer to be %1"_s.arg(TransferModel::phaseName(phase)));
    };

    shoot(u"0-ready"_s);
    // Invalid amounts, refused inline as they are typed.
    // Typed as a person in the pictures' language would: "12.345" has three decimals in English
    // and is a whole number with a thousands dot in German, so the wrong-amount picture uses ","
    // there.
    QTest::keyClicks(transparent.amountEdit(),
                     QLocale().decimalPoint() == u"."_s ? u"12.345"_s : u"12,345"_s);
    QTest::keyClicks(optimistic.amountEdit(), u"2000000"_s);
    shoot(u"1-invalid-amount"_s);
    for (TransferScreen *s : both)
        s->amountEdit()->clear();

    auto keys = sendBoth(u"120"_s, u"Rent"_s);
    shoot(u"2-sending"_s);
    waitPhase(transparent, keys.first, TransferModel::Phase::Pending);
    shoot(u"3-in-progress"_s);
    moveClock(3500);
    shoot(u"4-taking-longer"_s);
    moveClock(30000);
    shoot(u"5-still-processing"_s);
    waitPhase(transparent, keys.first, TransferModel::Phase::Completed);
    waitPhase(optimistic, keys.second, TransferModel::Phase::Completed);
    shoot(u"6-completed"_s);

    // The partner declines: the truth on the left, the reversal on the right.
    for (mock::BackendServer *s : {&server, &server2})
        shots.require(
            s->applyConfigPatch({{u"transfers"_s, QJsonObject {{u"successRate"_s, 0.0}}}}),
            u"declining every transfer"_s);
    keys = sendBoth(MoneyAmount::formatPlain(4550, QLocale()), u"Concert tickets"_s);
    waitPhase(transparent, keys.first, TransferModel::Phase::Failed);
    waitPhase(optimistic, keys.second, TransferModel::Phase::Failed);
    shoot(u"7-declined"_s);

    // A lost answer: "Checking…", never "Failed".
    for (mock::BackendServer *s : {&server, &server2}) {
        shots.require(
            s->applyConfigPatch({{u"transfers"_s, QJsonObject {{u"successRate"_s, 1.0}}}}),
            u"accepting transfers again"_s);
        s->simulation().faults().failTimes(u"POST /transfers"_s, 2,
                                           mock::FaultInjector::Action::Hang);
    }
    api.setDefaultTimeout(1500ms);
    api2.setDefaultTimeout(1500ms);
    for (TransferScreen *s : both)
        s->amountEdit()->clear();
    keys = sendBoth(MoneyAmount::formatPlain(999, QLocale()), u"Lunch"_s);
    waitPhase(transparent, keys.first, TransferModel::Phase::Checking);
    shoot(u"8-checking"_s);
    waitPhase(transparent, keys.first, TransferModel::Phase::Completed);
}
