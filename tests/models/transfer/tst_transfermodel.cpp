// The transfer state machine against the real backend, in process, over loopback. Every case
// ends with the same three questions: did the person see the truth, did the server apply the
// transfer at most once, and does the balance on screen reconcile with the server's?

#include "core/clock.h"
#include "mock_backend/server/backendserver.h"
#include "mock_backend/sim/simulation.h"
#include "models/client/apicall.h"
#include "models/client/apiclient.h"
#include "models/client/eventstream.h"
#include "models/transfer/transfermodel.h"
#include "models/transfer/transferoutbox.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QString transferRoute = u"POST /transfers"_s;

mock::BackendConfig quickConfig()
{
    mock::BackendConfig config = mock::BackendConfig::instant();
    config.transfersLatency = {mock::LatencyModel::Distribution::Fixed, 20, 0, 0};
    config.transfers.settleMinMs = 30;
    config.transfers.settleMaxMs = 60;
    config.transfers.successRate = 1.0;
    return config;
}

TransferModel::Settings quickSettings()
{
    TransferModel::Settings s; // windows keep their real defaults: the manual clock drives them
    s.pollInterval = 100ms;
    s.retryFirst = 30ms;
    s.retryMax = 200ms;
    s.tick = 20ms;
    return s;
}

// The backend, and a client session that can be torn down and started again from the same
// outbox file as if the app had been killed and restarted.
struct Harness
{
    explicit Harness(const mock::BackendConfig &config, bool useEvents = true)
        : server(std::make_unique<mock::BackendServer>(config))
        , withEvents(useEvents)
    {
        QVERIFY(server->listen(QHostAddress::LocalHost));
        url = server->url();
        outboxPath = dir.filePath(u"outbox.json"_s);
        clock.setNow(1000000);
    }
    ~Harness() { stopClient(); }

    bool startClient()
    {
        api = std::make_unique<ApiClient>(url);
        api->setDefaultTimeout(timeout);
        QObject::connect(api.get(), &ApiClient::requestStarted, api.get(),
                         [this](const ApiRequestInfo &info) {
                             if (info.method == "POST")
                                 postKeys.append(info.idempotencyKey);
                         });
        QObject::connect(api.get(), &ApiClient::requestFinished, api.get(),
                         [this](const ApiRequestInfo &info, const ApiResult &result) {
                             if (info.method == "POST" && result.replayed)
                                 ++replays;
                         });
        outbox = std::make_unique<TransferOutbox>(outboxPath);
        model = std::make_unique<TransferModel>(api.get(), outbox.get(), &clock);
        model->setSettings(settings);
        model->setLocale(QLocale(u"en_US"_s));
        tester = std::make_unique<QAbstractItemModelTester>(
            model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        if (withEvents) {
            events = std::make_unique<EventStream>(api.get());
            events->setPollWait(200ms);
            events->setBackoff(20ms, 200ms);
            model->setEventStream(events.get());
            events->start(0);
        }
        QObject::connect(model.get(), &QAbstractItemModel::dataChanged, model.get(), [this] {
            for (int row = 0; row < model->rowCount(); ++row) {
                const QString key = model->keyAt(row);
                auto &seen = phases[key];
                const auto phase = model->phaseOf(key);
                if (seen.isEmpty() || seen.last() != phase)
                    seen.append(phase);
            }
        });
        QObject::connect(model.get(), &QAbstractItemModel::rowsInserted, model.get(),
                         [this](const QModelIndex &, int first, int last) {
                             for (int row = first; row <= last; ++row) {
                                 const QString key = model->keyAt(row);
                                 phases[key].append(model->phaseOf(key));
                             }
                         });
        model->start();
        return QTest::qWaitFor([this] { return model->hasAccount(); }, 10000);
    }

    void stopClient()
    {
        tester.reset();
        if (events)
            events->stop();
        model.reset();
        events.reset();
        outbox.reset();
        api.reset();
    }

    TransferModel::SendResult send(const QString &amount, const QString &note,
                                   const QString &payee = u"p-1"_s)
    {
        model->setDraft(payee, amount, note);
        return model->send();
    }

    bool waitFinal(const QString &key, int ms = 20000)
    {
        return QTest::qWaitFor(
            [&] {
                const auto phase = model->phaseOf(key);
                return model->rowOfKey(key) >= 0
                    && (phase == TransferModel::Phase::Completed
                        || phase == TransferModel::Phase::Failed);
            },
            ms);
    }

    QJsonArray serverTransfers() const { return server->simulation().primary().transfersJson(); }
    int serverCountWithNote(const QString &note) const
    {
        int count = 0;
        for (const QJsonValue &t : serverTransfers())
            count += t.toObject().value(u"note"_s).toString() == note ? 1 : 0;
        return count;
    }
    TransferModel::Balance serverBalance() const
    {
        const auto &store = server->simulation().primary();
        return {true, store.balance(), store.pendingAmount(), store.available()};
    }
    QString rowText(const QString &key, int role) const
    {
        return model->index(model->rowOfKey(key)).data(role).toString();
    }
    bool sawPhase(const QString &key, TransferModel::Phase phase) const
    {
        return phases.value(key).contains(phase);
    }

    std::unique_ptr<mock::BackendServer> server;
    QUrl url;
    bool withEvents;
    std::chrono::milliseconds timeout {5000};
    TransferModel::Settings settings = quickSettings();
    QTemporaryDir dir;
    QString outboxPath;
    ManualClock clock;
    std::unique_ptr<ApiClient> api;
    std::unique_ptr<EventStream> events;
    std::unique_ptr<TransferOutbox> outbox;
    std::unique_ptr<TransferModel> model;
    std::unique_ptr<QAbstractItemModelTester> tester;
    QStringList postKeys;
    int replays = 0;
    QHash<QString, QList<TransferModel::Phase>> phases;
};

// A loopback address where nothing listens: connections are refused.
QUrl deadUrl()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return {};
    const quint16 port = probe.serverPort();
    probe.close();
    return QUrl(u"http://127.0.0.1:%1"_s.arg(port));
}

} // namespace

class TestTransferModel : public QObject
{
    Q_OBJECT

public:
    enum class Setup {
        None,
        SettlementFails,
        OtherDeviceSpends,
        LimitLowered,
        ServiceDown,
        ServiceBlips,
        LostResponse,
        LostResponseNoEvents,
        Hang,
        Slow,
        VerySlow,
    };
    Q_ENUM(Setup)

private Q_SLOTS:
    void initTestCase();
    void stateMachine_data();
    void stateMachine();
    void serverRestartNeitherLosesNorDoubles();
    void errorAfterCommitPaysOnce_data();
    void errorAfterCommitPaysOnce();
    void resumeOlderThanKeyRetentionIsLookedUp();
    void reusedIdAfterResetIsNotMistakenForOurs();
    void restartedClientResumesFromOutbox_data();
    void restartedClientResumesFromOutbox();
    void keyIsMadeWithTheDraftAndStoredBeforeTheClick();
    void sendShowsAtOnceAndGoesOutOnceOnDisk();
    void aDiskThatRefusesFailsTheTransferAndRefillsTheForm();
    void doubleSubmitSendsOnce();
    void invalidDraftIsRefusedBeforeSending_data();
    void invalidDraftIsRefusedBeforeSending();
    void optimisticSaysSentThenReverses();
    void corruptOutboxIsReportedAndMovedAside();
    void oneBadOutboxEntryIsReportedTheOthersResume();
    void balanceCountsPendingUntilSettled();
    void listsEarlierTransfersFromTheServer();
};

void TestTransferModel::initTestCase()
{
    qRegisterMetaType<ApiResult>();
    qRegisterMetaType<ApiRequestInfo>();
    qRegisterMetaType<BackendEvent>();
}

void TestTransferModel::stateMachine_data()
{
    QTest::addColumn<Setup>("setup");
    QTest::addColumn<TransferModel::Phase>("final");
    QTest::addColumn<QStringList>("reasons"); // any of these
    // "Checking…" was shown on the way: 1 yes, 0 no, -1 either (the event channel may tell the
    // truth before the lost answer is even noticed).
    QTest::addColumn<int>("checking");
    QTest::addColumn<int>("applied"); // transfers with this note on the server

    using P = TransferModel::Phase;
    const QStringList none;
    QTest::newRow("success") << Setup::None << P::Completed << none << 0 << 1;
    QTest::newRow("bank declines or account closed")
        << Setup::SettlementFails << P::Failed
        << QStringList {u"recipient_bank_declined"_s, u"recipient_account_closed"_s} << 0 << 1;
    QTest::newRow("insufficient funds at the bank")
        << Setup::OtherDeviceSpends << P::Failed << QStringList {u"insufficient_funds"_s} << 0 << 0;
    QTest::newRow("over the bank's limit")
        << Setup::LimitLowered << P::Failed << QStringList {u"over_limit"_s} << 0 << 0;
    // Nothing listening: the request certainly did not arrive, so after a few tries it is "Not
    // sent". A 503 is not that: it can come after the commit (see errorAfterCommitPaysOnce).
    QTest::newRow("service down: not sent")
        << Setup::ServiceDown << P::Failed << QStringList {u"not_sent"_s} << 0 << 0;
    QTest::newRow("service blips (503): checked, resent with the same key")
        << Setup::ServiceBlips << P::Completed << none << 1 << 1;
    QTest::newRow("lost response") << Setup::LostResponse << P::Completed << none << -1 << 1;
    QTest::newRow("lost response, no event channel")
        << Setup::LostResponseNoEvents << P::Completed << none << 1 << 1;
    QTest::newRow("timeout then success") << Setup::Hang << P::Completed << none << 1 << 1;
    QTest::newRow("slow") << Setup::Slow << P::Completed << none << 0 << 1;
    QTest::newRow("very slow") << Setup::VerySlow << P::Completed << none << 0 << 1;
}

void TestTransferModel::stateMachine()
{
    QFETCH(Setup, setup);
    QFETCH(TransferModel::Phase, final);
    QFETCH(QStringList, reasons);
    QFETCH(int, checking);
    QFETCH(int, applied);

    mock::BackendConfig config = quickConfig();
    if (setup == Setup::SettlementFails)
        config.transfers.successRate = 0;
    if (setup == Setup::Slow || setup == Setup::VerySlow) {
        config.transfers.settleMinMs = 2500;
        config.transfers.settleMaxMs = 2500;
    }
    // Without events the model's snapshot stays stale, so the bank is the one to refuse.
    const bool events = setup != Setup::OtherDeviceSpends && setup != Setup::LimitLowered
        && setup != Setup::LostResponseNoEvents;
    Harness h(config, events);
    if (setup == Setup::Hang)
        h.timeout = 300ms;
    QVERIFY(h.startClient());
    const TransferModel::Balance before = h.model->balance();
    QCOMPARE(before, h.serverBalance());

    QSignalSpy unknown(h.model.get(), &TransferModel::outcomeUnknown);
    QSignalSpy completed(h.model.get(), &TransferModel::transferCompleted);
    QSignalSpy failed(h.model.get(), &TransferModel::transferFailed);
    QSignalSpy refilled(h.model.get(), &TransferModel::draftRefilled);
    QSignalSpy windows(h.model.get(), &TransferModel::windowReached);

    auto &faults = h.server->simulation().faults();
    using A = mock::FaultInjector::Action;
    switch (setup) {
    case Setup::OtherDeviceSpends: {
        ApiClient other(h.url);
        QSignalSpy done(other.createTransfer(u"p-2"_s, before.available - 1000, u"other"_s,
                                             ApiClient::newIdempotencyKey()),
                        &ApiCall::finished);
        QVERIFY(done.wait(5000));
        QVERIFY(done.first().first().value<ApiResult>().ok());
        break;
    }
    case Setup::LimitLowered:
        QVERIFY(h.server->applyConfigPatch(
            {{u"transfers"_s, QJsonObject {{u"perTransferLimit"_s, 1000}}}}));
        break;
    case Setup::ServiceDown:
        h.api->setBaseUrl(deadUrl());
        break;
    case Setup::ServiceBlips:
        faults.failTimes(transferRoute, 2, A::Error);
        break;
    case Setup::LostResponse:
    case Setup::LostResponseNoEvents:
        faults.failTimes(transferRoute, 1, A::LoseResponse);
        break;
    case Setup::Hang:
        faults.failTimes(transferRoute, 1, A::Hang);
        break;
    default:
        break;
    }

    const QString note = u"case %1"_s.arg(QString::fromLatin1(QTest::currentDataTag()));
    const TransferModel::SendResult sent = h.send(u"25.00"_s, note);
    QVERIFY2(sent.sent, qPrintable(sent.message));
    const QString key = sent.key;
    // Feedback within the same frame: the row is there, and it does not claim success.
    QCOMPARE(h.model->rowOfKey(key), 0);
    QCOMPARE(h.model->phaseOf(key), TransferModel::Phase::Sending);
    QCOMPARE(h.rowText(key, TransferModel::StatusTextRole), u"Sending…"_s);
    QVERIFY(h.model->isSubmitting());
    // The money is held at once: it cannot be promised twice.
    QCOMPARE(h.model->balance().available, before.available - 2500);

    if (setup == Setup::Slow || setup == Setup::VerySlow) {
        QTRY_COMPARE(h.model->phaseOf(key), TransferModel::Phase::Pending);
        QCOMPARE(h.rowText(key, TransferModel::StatusTextRole), u"In progress"_s);
        QCOMPARE(h.rowText(key, TransferModel::DetailTextRole),
                 u"This usually takes 2 to 3 seconds."_s);
        h.clock.advance(setup == Setup::Slow ? 3000 : 30000);
        h.model->updateWindows();
        const QString status = h.rowText(key, TransferModel::StatusTextRole);
        if (setup == Setup::Slow) {
            QCOMPARE(status, u"Taking longer than usual"_s);
            QCOMPARE(h.rowText(key, TransferModel::DetailTextRole),
                     u"You can leave this screen; we'll tell you when it's done."_s);
            QCOMPARE(h.model->windowCount(TransferModel::Window::VeryLong), 0);
        } else {
            QCOMPARE(status, u"Still processing"_s);
            // Slowness alone is never failure.
            QCOMPARE(h.model->phaseOf(key), TransferModel::Phase::Pending);
            QCOMPARE(h.model->windowCount(TransferModel::Window::VeryLong), 1);
        }
        QCOMPARE(h.model->windowCount(TransferModel::Window::Longer), 1);
    }

    QVERIFY(h.waitFinal(key));
    QCOMPARE(h.model->phaseOf(key), final);
    QVERIFY(!h.model->isSubmitting());
    const QString reason = h.rowText(key, TransferModel::ReasonRole);
    if (reasons.isEmpty())
        QVERIFY2(reason.isEmpty(), qPrintable(reason));
    else
        QVERIFY2(reasons.contains(reason), qPrintable(reason));
    if (checking >= 0) {
        QCOMPARE(h.sawPhase(key, TransferModel::Phase::Checking), checking == 1);
        QCOMPARE(unknown.size(), checking);
    }
    QCOMPARE(h.serverCountWithNote(note), applied);
    // A transfer is never "failed" on the way to success, nor "completed" on the way to failure.
    QVERIFY(!h.phases.value(key)
                 .mid(0, h.phases.value(key).size() - 1)
                 .contains(final == TransferModel::Phase::Completed
                               ? TransferModel::Phase::Failed
                               : TransferModel::Phase::Completed));
    // Every attempt carried the key the draft was given.
    QVERIFY(!h.postKeys.isEmpty());
    for (const QString &k : std::as_const(h.postKeys))
        QCOMPARE(k, key);

    if (final == TransferModel::Phase::Completed) {
        QCOMPARE(completed.size(), 1);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(h.rowText(key, TransferModel::StatusTextRole), u"Completed"_s);
        QCOMPARE(h.model->index(0).data(TransferModel::StepRole).toInt(),
                 int(TransferModel::Step::Completed));
    } else {
        QCOMPARE(failed.size(), 1);
        QCOMPARE(completed.size(), 0);
        // The reason in plain words, and the form back so the person can fix and resend.
        const QString detail = h.rowText(key, TransferModel::DetailTextRole);
        QVERIFY2(detail.contains(h.model->reasonText(reason)) && !detail.contains(u'_'),
                 qPrintable(detail));
        QVERIFY2(failed.first().at(1).toString().contains(h.model->reasonText(reason)),
                 qPrintable(failed.first().at(1).toString()));
        QCOMPARE(refilled.size(), 1);
        QCOMPARE(h.model->draft().amountText, u"25.00"_s);
        QCOMPARE(h.model->draft().note, note);
        QVERIFY(h.model->draft().idempotencyKey != key);
    }
    // The screen's balance is the server's, once everything has settled.
    QTRY_COMPARE(h.model->balance(), h.serverBalance());
    QCOMPARE(windows.first().at(1).value<TransferModel::Window>(), TransferModel::Window::Expected);
}

void TestTransferModel::serverRestartNeitherLosesNorDoubles()
{
    // The mock keeps nothing across a restart: the harshest case. The client must notice that
    // the new server has never heard of the transfer and send it again with the same key.
    mock::BackendConfig config = quickConfig();
    config.transfers.settleMinMs = 1500;
    config.transfers.settleMaxMs = 1500;
    Harness h(config);
    QVERIFY(h.startClient());
    const QString note = u"through a restart"_s;
    const auto sent = h.send(u"12.34"_s, note);
    QVERIFY(sent.sent);
    QTRY_COMPARE(h.model->phaseOf(sent.key), TransferModel::Phase::Pending);
    QCOMPARE(h.serverCountWithNote(note), 1);

    const quint16 port = h.server->port();
    int unanswered = 0;
    connect(h.api.get(), &ApiClient::requestFinished, this,
            [&unanswered](const ApiRequestInfo &info, const ApiResult &result) {
                if (info.path.startsWith(u"/transfers/"_s)
                    && result.error == ApiError::ConnectionRefused)
                    ++unanswered;
            });
    h.server.reset();
    // Down: it keeps saying "In progress" and keeps asking; it never declares a failure.
    QTRY_VERIFY(unanswered >= 3);
    QCOMPARE(h.model->phaseOf(sent.key), TransferModel::Phase::Pending);

    h.server = std::make_unique<mock::BackendServer>(config);
    QVERIFY(h.server->listen(QHostAddress::LocalHost, port));
    QVERIFY(h.waitFinal(sent.key));
    QCOMPARE(h.model->phaseOf(sent.key), TransferModel::Phase::Completed);
    QVERIFY(!h.sawPhase(sent.key, TransferModel::Phase::Failed));
    QCOMPARE(h.serverCountWithNote(note), 1);
    QCOMPARE(h.serverTransfers().size(), 1);
    QTRY_COMPARE(h.model->balance(), h.serverBalance());
}

void TestTransferModel::errorAfterCommitPaysOnce_data()
{
    QTest::addColumn<bool>("events");
    QTest::addColumn<bool>("keyForgotten"); // the idempotency store keeps keys for 0 ms
    QTest::newRow("with the event channel") << true << false;
    QTest::newRow("without it") << false << false;
    // Sending again with the same key would pay twice here: only looking it up finds it.
    QTest::newRow("without it, key not retained") << false << true;
}

void TestTransferModel::errorAfterCommitPaysOnce()
{
    // A 503 given after the backend committed (a proxy's timeout, say): the transfer is on the
    // server although the answer says "unavailable". It must be found, not paid again.
    QFETCH(bool, events);
    QFETCH(bool, keyForgotten);
    mock::BackendConfig config = quickConfig();
    if (keyForgotten)
        config.idempotencyTtlMs = 0;
    Harness h(config, events);
    QVERIFY(h.startClient());
    h.server->simulation().faults().failTimes(transferRoute, 1,
                                              mock::FaultInjector::Action::ErrorAfterCommit);
    QSignalSpy failed(h.model.get(), &TransferModel::transferFailed);
    const QString note = u"503 after commit"_s;
    const auto sent = h.send(u"25.00"_s, note);
    QVERIFY(sent.sent);
    QVERIFY(h.waitFinal(sent.key));
    QCOMPARE(h.model->phaseOf(sent.key), TransferModel::Phase::Completed);
    QCOMPARE(failed.size(), 0);
    QCOMPARE(h.serverCountWithNote(note), 1);
    QCOMPARE(h.serverTransfers().size(), 1);
    QCOMPARE(h.server->simulation().primary().balance(), 124000 - 2500);
    for (const QString &k : std::as_const(h.postKeys))
        QCOMPARE(k, sent.key);
    if (!events) // nothing else could have told it: it was "Checking…" on the way
        QVERIFY(h.sawPhase(sent.key, TransferModel::Phase::Checking));
    QTRY_COMPARE(h.model->balance(), h.serverBalance());
}

void TestTransferModel::resumeOlderThanKeyRetentionIsLookedUp()
{
    // The last run sent a transfer and never saw the answer; by the time the app starts again
    // the server has forgotten the key in its idempotency store (retention 0 here). Sending it
    // again with the same key would pay twice; asking about the key first finds it.
    mock::BackendConfig config = quickConfig();
    config.idempotencyTtlMs = 0;
    Harness h(config, false);
    const QString key = ApiClient::newIdempotencyKey();
    const QString note = u"older than the key's retention"_s;
    {
        ApiClient earlier(h.url);
        QSignalSpy done(earlier.createTransfer(u"p-1"_s, 700, note, key), &ApiCall::finished);
        QVERIFY(done.wait(5000));
        QVERIFY(done.first().first().value<ApiResult>().ok());
    }
    {
        TransferOutbox previousRun(h.outboxPath);
        TransferOutbox::Entry entry;
        entry.idempotencyKey = key;
        entry.correlationId = u"c-earlier"_s;
        entry.payeeId = u"p-1"_s;
        entry.amount = 700;
        entry.note = note;
        entry.sentAtUtcMs = QDateTime::currentMSecsSinceEpoch();
        entry.mayHaveArrived = true;
        previousRun.put(entry);
        QVERIFY(previousRun.save());
    }
    QVERIFY(h.startClient());
    QVERIFY(h.model->rowOfKey(key) >= 0);
    QVERIFY(h.waitFinal(key));
    QCOMPARE(h.model->phaseOf(key), TransferModel::Phase::Completed);
    QCOMPARE(h.serverCountWithNote(note), 1);
    QVERIFY(h.postKeys.isEmpty()); // found by its key: nothing was sent again
}

void TestTransferModel::reusedIdAfterResetIsNotMistakenForOurs()
{
    // The server is reset while our transfer is pending, and at once somebody else makes a
    // transfer with the same payee, amount and note, which gets our old id. It is not ours:
    // ours is looked up by its key, not found, and sent again with that key.
    mock::BackendConfig config = quickConfig();
    config.transfers.settleMinMs = 1500;
    config.transfers.settleMaxMs = 1500;
    Harness h(config);
    QVERIFY(h.startClient());
    const QString note = u"twin"_s;
    const auto sent = h.send(u"5.00"_s, note);
    QVERIFY(sent.sent);
    QTRY_COMPARE(h.model->phaseOf(sent.key), TransferModel::Phase::Pending);
    const QString ourOldId =
        h.model->index(h.model->rowOfKey(sent.key)).data(TransferModel::TransferIdRole).toString();

    auto &sim = h.server->simulation();
    sim.reset();
    mock::ApiError error;
    const auto twin = sim.createTransfer(u"p-1"_s, 500, note, u"c-twin"_s, u"twin-device"_s, &error,
                                         u"key-of-the-twin"_s);
    QVERIFY(twin);
    QCOMPARE(twin->id, ourOldId);

    QVERIFY(h.waitFinal(sent.key));
    QCOMPARE(h.model->phaseOf(sent.key), TransferModel::Phase::Completed);
    QCOMPARE(h.serverCountWithNote(note), 2); // the twin's and ours, sent again
    const QString ourId =
        h.model->index(h.model->rowOfKey(sent.key)).data(TransferModel::TransferIdRole).toString();
    QVERIFY(ourId != twin->id);
    for (const QString &k : std::as_const(h.postKeys))
        QCOMPARE(k, sent.key);
}

void TestTransferModel::restartedClientResumesFromOutbox_data()
{
    QTest::addColumn<TransferModel::Phase>("killedIn");
    QTest::newRow("answer lost, killed while checking") << TransferModel::Phase::Checking;
    QTest::newRow("killed while the bank processes") << TransferModel::Phase::Pending;
}

void TestTransferModel::restartedClientResumesFromOutbox()
{
    QFETCH(TransferModel::Phase, killedIn);
    mock::BackendConfig config = quickConfig();
    config.transfers.settleMinMs = 1000;
    config.transfers.settleMaxMs = 1000;
    // Without events the first run cannot learn the id from write.accepted.
    Harness h(config, false);
    QVERIFY(h.startClient());
    if (killedIn == TransferModel::Phase::Checking) {
        // Every try of the first run is lost: the network layer may itself resend a request
        // whose kept-alive connection closed without an answer (Qt 6.8's does), under the same
        // key, and that resend would be answered.
        h.server->simulation().faults().failTimes(transferRoute, 3,
                                                  mock::FaultInjector::Action::LoseResponse);
        // And asking by key meets a 503, which leaves the outcome unknown: without it the
        // check could find the transfer before the kill.
        h.server->simulation().faults().failTimes(u"GET /transfers/by-key/{key}"_s, 100,
                                                  mock::FaultInjector::Action::Error);
        // The first run stays "Checking…" until it is killed, however slow the machine.
        h.settings.retryFirst = 60s;
        h.settings.retryMax = 60s;
    }
    const QString note = u"resume me"_s;
    const auto sent = h.send(u"7.00"_s, note);
    QVERIFY(sent.sent);
    QTRY_COMPARE(h.model->phaseOf(sent.key), killedIn);
    QCOMPARE(h.serverCountWithNote(note), 1);
    h.stopClient(); // the app is gone
    h.server->simulation().faults().clearOneShots(); // the next run's answers arrive

    h.settings = quickSettings();
    QVERIFY(h.startClient());
    const int row = h.model->rowOfKey(sent.key);
    QVERIFY(row >= 0);
    QCOMPARE(h.model->index(row).data(TransferModel::AmountRole).toLongLong(), 700);
    QVERIFY(h.waitFinal(sent.key));
    QCOMPARE(h.model->phaseOf(sent.key), TransferModel::Phase::Completed);
    QCOMPARE(h.serverCountWithNote(note), 1);
    // Done is done: the outbox no longer holds it, so a third start finds nothing to resume.
    QTRY_VERIFY(h.model->isOutboxWritten());
    TransferOutbox reread(h.outboxPath);
    QCOMPARE(reread.load(), TransferOutbox::LoadStatus::Loaded);
    QVERIFY(!reread.entry(sent.key));
}

void TestTransferModel::keyIsMadeWithTheDraftAndStoredBeforeTheClick()
{
    Harness h(quickConfig());
    QVERIFY(h.startClient());
    const QString key = h.model->draft().idempotencyKey;
    QVERIFY(!key.isEmpty());
    QTRY_VERIFY(h.model->isOutboxWritten());
    {
        TransferOutbox onDisk(h.outboxPath);
        QCOMPARE(onDisk.load(), TransferOutbox::LoadStatus::Loaded);
        QVERIFY(onDisk.draft());
        QCOMPARE(onDisk.draft()->idempotencyKey, key);
    }
    // Typing keeps the key; a restart before the click keeps it too.
    h.model->setDraft(u"p-2"_s, u"3"_s, u"typed"_s);
    QCOMPARE(h.model->draft().idempotencyKey, key);
    h.stopClient();
    QVERIFY(h.startClient());
    QCOMPARE(h.model->draft().idempotencyKey, key);
    QCOMPARE(h.model->draft().amountText, u"3"_s);
    QCOMPARE(h.model->draft().note, u"typed"_s);

    QSignalSpy out(h.model.get(), &TransferModel::transferSent);
    const auto sent = h.model->send();
    QVERIFY(sent.sent);
    QCOMPARE(sent.key, key);
    // On disk before the request goes out: the transfer under its key, and a fresh draft with
    // a new one.
    QVERIFY(out.wait(10000));
    TransferOutbox onDisk(h.outboxPath);
    QCOMPARE(onDisk.load(), TransferOutbox::LoadStatus::Loaded);
    QVERIFY(onDisk.entry(key));
    QCOMPARE(onDisk.entry(key)->amount, 300);
    QVERIFY(onDisk.draft()->idempotencyKey != key);
    QVERIFY(h.waitFinal(key));
}

void TestTransferModel::sendShowsAtOnceAndGoesOutOnceOnDisk()
{
    Harness h(quickConfig());
    QVERIFY(h.startClient());
    QTRY_VERIFY(h.model->isOutboxWritten());
    // A disk that takes as long as the test says: the write waits at the gate.
    QSemaphore gate;
    std::atomic<bool> gated {true};
    std::atomic<int> writesWithTheTransfer {0};
    h.model->setOutboxWriteFunction(
        [&](const QString &path, const QByteArray &bytes, QString *error) {
            if (gated)
                gate.tryAcquire(1, 20000);
            const bool ok = TransferOutbox::writeAtomically(path, bytes, error);
            if (bytes.contains("gated write"))
                ++writesWithTheTransfer;
            return ok;
        });
    QSignalSpy out(h.model.get(), &TransferModel::transferSent);
    int writtenWhenSent = -1;
    connect(h.model.get(), &TransferModel::transferSent, this,
            [&] { writtenWhenSent = writesWithTheTransfer; });

    const auto sent = h.send(u"12"_s, u"gated write"_s);
    // The click returned while the disk was still busy, and its row is already there.
    QVERIFY(sent.sent);
    QCOMPARE(writesWithTheTransfer.load(), 0);
    QCOMPARE(h.model->rowOfKey(sent.key), 0);
    QCOMPARE(h.model->phaseOf(sent.key), TransferModel::Phase::Sending);
    QVERIFY(h.model->isSubmitting());
    // Nothing goes out before the outbox holds it.
    QCOMPARE(out.size(), 0);
    QVERIFY(h.postKeys.isEmpty());

    gated = false;
    gate.release();
    QVERIFY(out.wait(10000));
    QCOMPARE(writtenWhenSent, 1);
    QVERIFY(h.waitFinal(sent.key));
    QCOMPARE(h.model->phaseOf(sent.key), TransferModel::Phase::Completed);
    QCOMPARE(h.postKeys, QStringList {sent.key});
    QCOMPARE(h.serverCountWithNote(u"gated write"_s), 1);
}

void TestTransferModel::aDiskThatRefusesFailsTheTransferAndRefillsTheForm()
{
    Harness h(quickConfig());
    QVERIFY(h.startClient());
    QTRY_VERIFY(h.model->isOutboxWritten());
    h.model->setOutboxWriteFunction([](const QString &, const QByteArray &, QString *error) {
        *error = u"No space left on device"_s;
        return false;
    });
    QSignalSpy problem(h.model.get(), &TransferModel::outboxProblem);
    QSignalSpy failed(h.model.get(), &TransferModel::transferFailed);
    QSignalSpy refilled(h.model.get(), &TransferModel::draftRefilled);
    const auto sent = h.send(u"25"_s, u"full disk"_s);
    QVERIFY(sent.sent);
    QVERIFY(h.waitFinal(sent.key));
    QCOMPARE(h.model->phaseOf(sent.key), TransferModel::Phase::Failed);
    QCOMPARE(h.rowText(sent.key, TransferModel::StatusTextRole), u"Not sent"_s);
    QCOMPARE(h.rowText(sent.key, TransferModel::ReasonRole), u"not_saved"_s);
    QCOMPARE(failed.size(), 1);
    QVERIFY2(failed.first().at(1).toString().contains(u"nothing was sent"_s),
             qPrintable(failed.first().at(1).toString()));
    // Said once, though the failure's own clean-up met the same full disk again.
    QCOMPARE(problem.size(), 1);
    QVERIFY(problem.first().first().toString().contains(u"No space left on device"_s));
    // Nothing reached the bank, and the person's intent is back in the form to try again.
    QVERIFY(h.postKeys.isEmpty());
    QCOMPARE(h.serverCountWithNote(u"full disk"_s), 0);
    QCOMPARE(refilled.size(), 1);
    QCOMPARE(h.model->draft().amountText, u"25.00"_s);
    QCOMPARE(h.model->draft().note, u"full disk"_s);
    QVERIFY(!h.model->isSubmitting());

    // Once the disk has room again, the retry goes out once.
    h.model->setOutboxWriteFunction(&TransferOutbox::writeAtomically);
    const auto retry = h.model->send();
    QVERIFY(retry.sent);
    QVERIFY(h.waitFinal(retry.key));
    QCOMPARE(h.model->phaseOf(retry.key), TransferModel::Phase::Completed);
    QCOMPARE(h.serverCountWithNote(u"full disk"_s), 1);
}

void TestTransferModel::doubleSubmitSendsOnce()
{
    mock::BackendConfig config = quickConfig();
    config.transfersLatency = {mock::LatencyModel::Distribution::Fixed, 200, 0, 0};
    Harness h(config);
    QVERIFY(h.startClient());
    QSignalSpy submitting(h.model.get(), &TransferModel::submittingChanged);
    h.model->setDraft(u"p-1"_s, u"10"_s, u"twice?"_s);
    const auto first = h.model->send();
    const auto second = h.model->send();
    QVERIFY(first.sent);
    QVERIFY(!second.sent);
    QVERIFY(!second.message.isEmpty());
    QCOMPARE(submitting.size(), 1);
    QVERIFY(submitting.first().first().toBool());
    // Typing the same again while the first is unanswered does not send it either.
    h.model->setDraft(u"p-1"_s, u"10"_s, u"twice?"_s);
    QVERIFY(!h.model->send().sent);
    QVERIFY(h.waitFinal(first.key));
    QCOMPARE(h.postKeys.size(), 1);
    QCOMPARE(h.serverCountWithNote(u"twice?"_s), 1);
    QCOMPARE(h.model->rowCount(), 1);
}

void TestTransferModel::invalidDraftIsRefusedBeforeSending_data()
{
    QTest::addColumn<QString>("payee");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("note");
    QTest::addColumn<TransferModel::Field>("field");
    QTest::addColumn<QString>("message");

    using F = TransferModel::Field;
    QTest::newRow("no payee") << u""_s << u"5"_s << u""_s << F::Payee
                              << u"Choose who to send the money to."_s;
    QTest::newRow("unknown payee")
        << u"p-999"_s << u"5"_s << u""_s << F::Payee << u"Choose who to send the money to."_s;
    QTest::newRow("empty") << u"p-1"_s << u""_s << u""_s << F::Amount << u"Enter an amount."_s;
    QTest::newRow("zero") << u"p-1"_s << u"0"_s << u""_s << F::Amount
                          << u"Enter an amount above zero."_s;
    QTest::newRow("negative") << u"p-1"_s << u"-4"_s << u""_s << F::Amount
                              << u"The amount can't be negative."_s;
    QTest::newRow("decimals") << u"p-1"_s << u"1.234"_s << u""_s << F::Amount
                              << u"Use at most two decimal places, like 12.50."_s;
    QTest::newRow("over available") << u"p-1"_s << u"1240.01"_s << u""_s << F::Amount
                                    << u"That's more than the €1,240.00 available."_s;
    QTest::newRow("long note") << u"p-1"_s << u"5"_s << QString(141, u'x') << F::Note
                               << u"Keep the note to 140 characters."_s;
}

void TestTransferModel::invalidDraftIsRefusedBeforeSending()
{
    QFETCH(QString, payee);
    QFETCH(QString, amount);
    QFETCH(QString, note);
    QFETCH(TransferModel::Field, field);
    QFETCH(QString, message);

    Harness h(quickConfig());
    QVERIFY(h.startClient());
    QCOMPARE(h.model->balance().available, 124000); // the seeded account
    const auto result = h.send(amount, note, payee);
    QVERIFY(!result.sent);
    QCOMPARE(result.field, field);
    QCOMPARE(result.message, message);
    QCOMPARE(h.model->rowCount(), 0);
    QVERIFY(h.postKeys.isEmpty());
    // Nothing the person typed is lost.
    QCOMPARE(h.model->draft().amountText, amount);
    QCOMPARE(h.model->draft().note, note);
}

void TestTransferModel::optimisticSaysSentThenReverses()
{
    mock::BackendConfig config = quickConfig();
    config.transfers.successRate = 0;
    Harness h(config);
    QVERIFY(h.startClient());
    h.model->setPattern(TransferModel::Pattern::Optimistic);
    QSignalSpy reversed(h.model.get(), &TransferModel::transferReversed);
    QSignalSpy failed(h.model.get(), &TransferModel::transferFailed);
    const auto sent = h.send(u"40"_s, u"optimistic"_s);
    QVERIFY(sent.sent);
    // The anti-pattern: "Sent" with a confirmed look before the bank has said anything.
    QCOMPARE(h.rowText(sent.key, TransferModel::StatusTextRole), u"Sent"_s);
    QCOMPARE(h.model->index(0).data(TransferModel::SyncStateRole).value<SyncState>(),
             SyncState::Confirmed);
    QVERIFY(!h.model->balanceText().contains(u"pending"_s));
    QCOMPARE(h.model->balance().available, 124000 - 4000);
    QVERIFY(h.waitFinal(sent.key));
    QCOMPARE(h.rowText(sent.key, TransferModel::StatusTextRole), u"Reversed"_s);
    QCOMPARE(reversed.size(), 1);
    QCOMPARE(failed.size(), 0);
    QTRY_COMPARE(h.model->balance().available, 124000);
}

void TestTransferModel::corruptOutboxIsReportedAndMovedAside()
{
    Harness h(quickConfig());
    {
        QFile file(h.outboxPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"version\":1,\"transfers\":[{\"amount\":");
    }
    ApiClient api(h.url);
    TransferOutbox outbox(h.outboxPath);
    TransferModel model(&api, &outbox, &h.clock);
    QSignalSpy problem(&model, &TransferModel::outboxProblem);
    model.start();
    QCOMPARE(problem.size(), 1);
    const QString message = problem.first().first().toString();
    QVERIFY2(message.contains(u"outbox.corrupt-"_s), qPrintable(message));
    QVERIFY(QFile::exists(outbox.corruptPath()));
    // A new draft (with a key) went into a fresh file; the damaged bytes were not reused.
    QVERIFY(!model.draft().idempotencyKey.isEmpty());
    QTRY_VERIFY(model.isOutboxWritten());
    TransferOutbox fresh(h.outboxPath);
    QCOMPARE(fresh.load(), TransferOutbox::LoadStatus::Loaded);
    QCOMPARE(fresh.draft()->idempotencyKey, model.draft().idempotencyKey);
}

void TestTransferModel::oneBadOutboxEntryIsReportedTheOthersResume()
{
    Harness h(quickConfig(), false);
    const QString key = ApiClient::newIdempotencyKey();
    {
        TransferOutbox previousRun(h.outboxPath);
        TransferOutbox::Entry entry;
        entry.idempotencyKey = key;
        entry.correlationId = u"c-good"_s;
        entry.payeeId = u"p-2"_s;
        entry.amount = 300;
        entry.note = u"the good one"_s;
        entry.sentAtUtcMs = QDateTime::currentMSecsSinceEpoch();
        previousRun.put(entry);
        QVERIFY(previousRun.save());
    }
    {
        QFile file(h.outboxPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        file.close();
        bytes.replace(R"("transfers": [)",
                      R"("transfers": [{"idempotencyKey":"bad","amount":"12"},)");
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
    }
    ApiClient api(h.url);
    TransferOutbox outbox(h.outboxPath);
    TransferModel model(&api, &outbox, &h.clock);
    model.setSettings(quickSettings());
    QSignalSpy problem(&model, &TransferModel::outboxProblem);
    model.start();
    QCOMPARE(problem.size(), 1);
    QVERIFY2(problem.first().first().toString().contains(u"outbox.quarantine-"_s),
             qPrintable(problem.first().first().toString()));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.keyAt(0), key);
    // The good one was never confirmed: looked up by its key, not found, sent with that key.
    QTRY_COMPARE_WITH_TIMEOUT(model.phaseOf(key), TransferModel::Phase::Completed, 20000);
    QCOMPARE(h.serverCountWithNote(u"the good one"_s), 1);
}

void TestTransferModel::balanceCountsPendingUntilSettled()
{
    mock::BackendConfig config = quickConfig();
    config.transfers.settleMinMs = 1500;
    config.transfers.settleMaxMs = 1500;
    Harness h(config);
    QVERIFY(h.startClient());
    QCOMPARE(h.model->balanceText(), u"€1,240.00 available · €0.00 pending"_s);
    const auto sent = h.send(u"120"_s, u"rent"_s);
    QVERIFY(sent.sent);
    QCOMPARE(h.model->balanceText(), u"€1,120.00 available · €120.00 pending"_s);
    QTRY_COMPARE(h.model->phaseOf(sent.key), TransferModel::Phase::Pending);
    // The server now holds it as pending too; the screen agrees with it (no double count).
    QTRY_COMPARE(h.model->balance(), h.serverBalance());
    QCOMPARE(h.model->balance().pending, 12000);
    QVERIFY(h.waitFinal(sent.key));
    QTRY_COMPARE(h.model->balance(), h.serverBalance());
    QCOMPARE(h.model->balanceText(), u"€1,120.00 available · €0.00 pending"_s);
}

void TestTransferModel::listsEarlierTransfersFromTheServer()
{
    Harness h(quickConfig());
    {
        // Sent earlier, from another device: the list shows it, not as this session's own.
        ApiClient other(h.url);
        QSignalSpy done(
            other.createTransfer(u"p-3"_s, 999, u"earlier"_s, ApiClient::newIdempotencyKey()),
            &ApiCall::finished);
        QVERIFY(done.wait(5000));
    }
    QTRY_COMPARE(h.serverCountWithNote(u"earlier"_s), 1);
    QVERIFY(h.startClient());
    QTRY_COMPARE(h.model->rowCount(), 1);
    const QModelIndex row = h.model->index(0);
    QVERIFY(!row.data(TransferModel::OwnRole).toBool());
    QCOMPARE(row.data(TransferModel::NoteRole).toString(), u"earlier"_s);
    QCOMPARE(row.data(Qt::DisplayRole).toString(), u"€9.99 to Jordan Lee"_s);
    QTRY_COMPARE(h.model->index(0).data(TransferModel::StatusTextRole).toString(), u"Completed"_s);
    // Listing again neither doubles nor drops it; a new own transfer goes on top.
    QSignalSpy listed(h.model.get(), &QAbstractItemModel::rowsInserted);
    h.model->refreshTransfers();
    h.model->refreshTransfers();
    QTRY_COMPARE(listed.size(), 2); // each answer lists the history anew
    QCOMPARE(h.model->rowCount(), 1);
    const auto sent = h.send(u"1"_s, u"mine"_s);
    QVERIFY(sent.sent);
    QVERIFY(h.waitFinal(sent.key));
    QCOMPARE(h.model->rowCount(), 2);
    QCOMPARE(h.model->keyAt(0), sent.key);
    QVERIFY(!h.model->index(1).data(TransferModel::OwnRole).toBool());
}

QTEST_GUILESS_MAIN(TestTransferModel)
#include "tst_transfermodel.moc"
