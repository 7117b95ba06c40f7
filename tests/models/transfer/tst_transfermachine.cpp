// The transfer machine as a table: (phase, input) -> (phase', effects), every cell, no server,
// no clock, no event loop. The end-to-end behaviour stays pinned in tst_transfermodel.

#include "models/sync/syncwords.h"
#include "models/transfer/transferbalance.h"
#include "models/transfer/transfermachine.h"
#include "models/transfer/transferwords.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

using Machine = TransferMachine;
using Phase = Machine::Phase;
using Window = Machine::Window;

Q_DECLARE_METATYPE(Machine::State)
Q_DECLARE_METATYPE(Machine::Input)

namespace {

const QString ourKey = u"key-1"_s;

Transfer transfer(Transfer::State state, const QString &key = ourKey, const QString &id = u"t-1"_s)
{
    Transfer t;
    t.id = id;
    t.payeeId = u"p-1"_s;
    t.amount = 2500;
    t.state = state;
    t.idempotencyKey = key;
    if (state == Transfer::State::Failed)
        t.reason = u"recipient_bank_declined"_s;
    return t;
}

// A row as it stands in each phase: Sending with its first request out, Checking between
// attempts, Pending with the id known and no request out.
Machine::State given(Phase phase)
{
    Machine::State s;
    s.key = ourKey;
    s.phase = phase;
    switch (phase) {
    case Phase::Sending:
        s.inFlight = true;
        break;
    case Phase::Checking:
        s.mayHaveArrived = true;
        break;
    case Phase::Pending:
    case Phase::Completed:
    case Phase::Failed:
        s.transferId = u"t-1"_s;
        s.createLsn = 5;
        break;
    }
    return s;
}

Machine::State with(Machine::State s, const std::function<void(Machine::State &)> &change)
{
    change(s);
    return s;
}

Machine::Input sent(WriteOutcome outcome, std::optional<Transfer> t = std::nullopt)
{
    Machine::SendAnswered a;
    a.outcome = outcome;
    a.transfer = std::move(t);
    a.writeLsn = a.transfer ? 7 : -1;
    a.transferLsn = a.writeLsn;
    a.errorCode = outcome == WriteOutcome::Rejected ? u"over_limit"_s : QString();
    a.message = u"the server's words"_s;
    return a;
}

Machine::Input read(Machine::ReadKind kind, ReadOutcome outcome,
                    std::optional<Transfer> t = std::nullopt)
{
    return Machine::ReadAnswered {kind, outcome, std::move(t), 9};
}

Machine::Input happened(Machine::EventKind kind, const Transfer &t)
{
    return Machine::Event {kind, t, 11};
}

QString describe(const std::vector<Machine::Effect> &effects)
{
    QStringList words;
    for (const Machine::Effect &e : effects) {
        QString word = QString::fromLatin1(
            QMetaEnum::fromType<Machine::EffectKind>().valueToKey(static_cast<int>(e.kind)));
        if (e.kind == Machine::EffectKind::Schedule)
            word += u"(%1)"_s.arg(e.delay.count());
        if (e.kind == Machine::EffectKind::NotifyWindow)
            word += u"(%1)"_s.arg(QString::fromLatin1(
                QMetaEnum::fromType<Window>().valueToKey(static_cast<int>(e.window))));
        words.append(word);
    }
    return words.join(u' ');
}

const Transfer pending = transfer(Transfer::State::Pending);
const Transfer completed = transfer(Transfer::State::Completed);
const Transfer failed = transfer(Transfer::State::Failed);
// After a server reset: the same id and the same fields, but somebody else's key.
const Transfer impostor = transfer(Transfer::State::Completed, u"key-other"_s);

const QString learned = u"Persist NotifyAccepted RefreshAccount"_s;
const QString done = u"NotifyCompleted Forget RefreshAccount"_s;
const QString refused = u"NotifyFailed Forget RefreshAccount"_s;

} // namespace

class TestTransferMachine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void table_data();
    void table();
    void finalPhasesIgnoreEverything_data();
    void finalPhasesIgnoreEverything();
    void notSentOnlyAfterRepeatedNotDelivered();
    void unknownNeverMakesANewKeyNorFails_data();
    void unknownNeverMakesANewKeyNorFails();
    void startedAndResumed();
    void backoffGrowsWithRetries();
    void matchedByKeyOrIdNeverByFields();
    void syncStateFollowsPhase_data();
    void syncStateFollowsPhase();
    void balance_data();
    void balance();
    void sharedWordsComeFromSyncWords();
};

void TestTransferMachine::table_data()
{
    QTest::addColumn<Machine::State>("state");
    QTest::addColumn<Machine::Input>("input");
    QTest::addColumn<Phase>("phase");
    QTest::addColumn<QString>("effects");

    using O = WriteOutcome;
    using R = ReadOutcome;
    using K = Machine::ReadKind;
    using E = Machine::EventKind;
    const auto S = given(Phase::Sending);
    const auto C = given(Phase::Checking);
    const auto P = given(Phase::Pending);

    // Sending: the first request is out.
    QTest::newRow("sending, applied (pending)")
        << S << sent(O::Applied, pending) << Phase::Pending << learned + u" Schedule(1000)"_s;
    QTest::newRow("sending, applied (already completed)")
        << S << sent(O::Applied, completed) << Phase::Completed << learned + u' ' + done;
    QTest::newRow("sending, applied (already failed)")
        << S << sent(O::Applied, failed) << Phase::Failed << learned + u' ' + refused;
    QTest::newRow("sending, rejected") << S << sent(O::Rejected) << Phase::Failed << refused;
    QTest::newRow("sending, not delivered")
        << S << sent(O::NotDelivered) << Phase::Sending << u"Schedule(300)"_s;
    QTest::newRow("sending, still processing") << S << sent(O::StillProcessing) << Phase::Checking
                                               << u"Persist NotifyUnknown Schedule(300)"_s;
    QTest::newRow("sending, unknown (503, timeout, dropped)")
        << S << sent(O::Unknown) << Phase::Checking << u"Persist NotifyUnknown Schedule(300)"_s;
    QTest::newRow("sending, applied but unreadable")
        << S << sent(O::Applied) << Phase::Checking << u"Persist NotifyUnknown Schedule(300)"_s;
    QTest::newRow("sending, read by id (stale)")
        << S << read(K::ById, R::Answered, pending) << Phase::Sending << QString();
    QTest::newRow("sending, looked up (found)") << S << read(K::ByKey, R::Answered, pending)
                                                << Phase::Pending << learned + u" Schedule(1000)"_s;
    QTest::newRow("sending, looked up (not found)")
        << S << read(K::ByKey, R::NotFound) << Phase::Sending << u"Send"_s;
    QTest::newRow("sending, looked up (unavailable)")
        << S << read(K::ByKey, R::Unavailable) << Phase::Sending << u"Schedule(1000)"_s;
    QTest::newRow("sending, accepted event")
        << S << happened(E::Accepted, pending) << Phase::Pending << learned;
    QTest::newRow("sending, accepted event of another key")
        << S << happened(E::Accepted, transfer(Transfer::State::Pending, u"key-other"_s))
        << Phase::Sending << QString();
    QTest::newRow("sending, settled event")
        << S << happened(E::Settled, completed) << Phase::Completed << done;
    QTest::newRow("sending, failed event")
        << S << happened(E::Failed, failed) << Phase::Failed << refused;
    QTest::newRow("sending, reset while in flight")
        << S << Machine::Input(Machine::Reset {}) << Phase::Sending << QString();
    QTest::newRow("sending, retry due while in flight")
        << S << Machine::Input(Machine::RetryDue {}) << Phase::Sending << QString();
    QTest::newRow("sending, retry due")
        << with(S, [](auto &s) { s.inFlight = false; }) << Machine::Input(Machine::RetryDue {})
        << Phase::Sending << u"Send"_s;
    QTest::newRow("sending, tick within the window")
        << S << Machine::Input(Machine::Tick {2999}) << Phase::Sending << QString();
    QTest::newRow("sending, tick past the window")
        << S << Machine::Input(Machine::Tick {3000}) << Phase::Sending << u"NotifyWindow(Longer)"_s;

    // Held: sent by the person, its outbox entry not yet on disk, nothing out.
    const auto H = Machine::started(ourKey, 0).state;
    QTest::newRow("held, stored: the first request goes out")
        << H << Machine::Input(Machine::Stored {true, {}}) << Phase::Sending << u"Send"_s;
    QTest::newRow("held, the disk refused: failed, nothing sent")
        << H << Machine::Input(Machine::Stored {false, u"disk full"_s}) << Phase::Failed << refused;
    QTest::newRow("held, retry due: still held")
        << H << Machine::Input(Machine::RetryDue {}) << Phase::Sending << QString();
    QTest::newRow("held, reset: still held")
        << H << Machine::Input(Machine::Reset {}) << Phase::Sending << QString();
    QTest::newRow("held, tick past the window")
        << H << Machine::Input(Machine::Tick {3000}) << Phase::Sending << u"NotifyWindow(Longer)"_s;
    QTest::newRow("sending, stored again: a later write covered it")
        << S << Machine::Input(Machine::Stored {true, {}}) << Phase::Sending << QString();
    QTest::newRow("sending, a later write refused: already out, nothing changes")
        << S << Machine::Input(Machine::Stored {false, u"disk full"_s}) << Phase::Sending
        << QString();

    // Checking: an answer was lost; between attempts.
    QTest::newRow("checking, retry due: look the key up")
        << C << Machine::Input(Machine::RetryDue {}) << Phase::Checking << u"Lookup"_s;
    QTest::newRow("checking, looked up (pending)")
        << C << read(K::ByKey, R::Answered, pending) << Phase::Pending
        << learned + u" Schedule(1000)"_s;
    QTest::newRow("checking, looked up (completed)")
        << C << read(K::ByKey, R::Answered, completed) << Phase::Completed << learned + u' ' + done;
    QTest::newRow("checking, looked up (not found): same key again")
        << C << read(K::ByKey, R::NotFound) << Phase::Checking << u"Send"_s;
    QTest::newRow("checking, looked up (unavailable)")
        << C << read(K::ByKey, R::Unavailable) << Phase::Checking << u"Schedule(1000)"_s;
    QTest::newRow("checking, read by id (stale)")
        << C << read(K::ById, R::NotFound) << Phase::Checking << QString();
    QTest::newRow("checking, applied")
        << C << sent(O::Applied, pending) << Phase::Pending << learned + u" Schedule(1000)"_s;
    QTest::newRow("checking, rejected") << C << sent(O::Rejected) << Phase::Failed << refused;
    QTest::newRow("checking, not delivered: never 'not sent'")
        << with(C, [](auto &s) { s.notDelivered = 10; }) << sent(O::NotDelivered) << Phase::Checking
        << u"Schedule(300)"_s;
    QTest::newRow("checking, still processing")
        << C << sent(O::StillProcessing) << Phase::Checking << u"Schedule(300)"_s;
    QTest::newRow("checking, unknown again")
        << C << sent(O::Unknown) << Phase::Checking << u"Schedule(300)"_s;
    QTest::newRow("checking, accepted event")
        << C << happened(E::Accepted, pending) << Phase::Pending << learned + u" Schedule(1000)"_s;
    QTest::newRow("checking, settled event")
        << C << happened(E::Settled, completed) << Phase::Completed << done;
    QTest::newRow("checking, failed event of another key")
        << C << happened(E::Failed, transfer(Transfer::State::Failed, u"key-other"_s))
        << Phase::Checking << QString();
    QTest::newRow("checking, reset")
        << C << Machine::Input(Machine::Reset {}) << Phase::Checking << u"Schedule(0)"_s;
    QTest::newRow("checking, tick far past the window")
        << C << Machine::Input(Machine::Tick {30000}) << Phase::Checking
        << u"NotifyWindow(Longer) NotifyWindow(VeryLong)"_s;

    // Pending: the bank is working on it; the id is known.
    QTest::newRow("pending, retry due: fetch by id")
        << P << Machine::Input(Machine::RetryDue {}) << Phase::Pending << u"Fetch"_s;
    QTest::newRow("pending, fetched (pending)")
        << P << read(K::ById, R::Answered, pending) << Phase::Pending << u"Schedule(1000)"_s;
    QTest::newRow("pending, fetched (completed)")
        << P << read(K::ById, R::Answered, completed) << Phase::Completed << done;
    QTest::newRow("pending, fetched (failed)")
        << P << read(K::ById, R::Answered, failed) << Phase::Failed << refused;
    QTest::newRow("pending, fetched somebody else's transfer under our id")
        << P << read(K::ById, R::Answered, impostor) << Phase::Checking
        << u"Persist NotifyUnknown Schedule(300)"_s;
    QTest::newRow("pending, fetched (not found)")
        << P << read(K::ById, R::NotFound) << Phase::Checking
        << u"Persist NotifyUnknown Schedule(300)"_s;
    QTest::newRow("pending, fetched (unavailable)")
        << P << read(K::ById, R::Unavailable) << Phase::Pending << u"Schedule(1000)"_s;
    QTest::newRow("pending, looked up (late)")
        << P << read(K::ByKey, R::NotFound) << Phase::Pending << u"Schedule(1000)"_s;
    QTest::newRow("pending, applied (replayed)")
        << P << sent(O::Applied, pending) << Phase::Pending << u"Schedule(1000)"_s;
    QTest::newRow("pending, late unknown answer")
        << P << sent(O::Unknown) << Phase::Pending << u"Schedule(1000)"_s;
    QTest::newRow("pending, late rejection")
        << P << sent(O::Rejected) << Phase::Pending << u"Schedule(1000)"_s;
    QTest::newRow("pending, accepted event")
        << P << happened(E::Accepted, pending) << Phase::Pending << QString();
    QTest::newRow("pending, settled event")
        << P << happened(E::Settled, completed) << Phase::Completed << done;
    QTest::newRow("pending, failed event")
        << P << happened(E::Failed, failed) << Phase::Failed << refused;
    QTest::newRow("pending, settled event of a reused id")
        << P << happened(E::Settled, impostor) << Phase::Pending << QString();
    QTest::newRow("pending, reset")
        << P << Machine::Input(Machine::Reset {}) << Phase::Pending << u"Schedule(0)"_s;
    QTest::newRow("pending, tick past the window")
        << P << Machine::Input(Machine::Tick {3000}) << Phase::Pending << u"NotifyWindow(Longer)"_s;
    QTest::newRow("pending, tick in a window already told")
        << with(P,
                [](auto &s) {
                    s.reached = {true, true, false};
                })
        << Machine::Input(Machine::Tick {3000}) << Phase::Pending << QString();
}

void TestTransferMachine::table()
{
    QFETCH(Machine::State, state);
    QFETCH(Machine::Input, input);
    QFETCH(Phase, phase);
    QFETCH(QString, effects);

    const Machine machine;
    const Machine::Step step = machine.next(state, input);
    QCOMPARE(step.state.phase, phase);
    QCOMPARE(describe(step.effects), effects);
    // One request per transfer at a time, and the key never changes.
    const auto requests = std::count_if(step.effects.cbegin(), step.effects.cend(), [](auto &e) {
        return e.kind == Machine::EffectKind::Send || e.kind == Machine::EffectKind::Fetch
            || e.kind == Machine::EffectKind::Lookup;
    });
    QVERIFY(requests <= 1);
    if (requests == 1)
        QVERIFY(step.state.inFlight);
    QCOMPARE(step.state.key, ourKey);
}

void TestTransferMachine::finalPhasesIgnoreEverything_data()
{
    QTest::addColumn<Machine::State>("state");
    QTest::addColumn<Machine::Input>("input");

    const std::pair<const char *, Machine::Input> inputs[] = {
        {"applied", sent(WriteOutcome::Applied, completed)},
        {"rejected", sent(WriteOutcome::Rejected)},
        {"not delivered", sent(WriteOutcome::NotDelivered)},
        {"still processing", sent(WriteOutcome::StillProcessing)},
        {"unknown", sent(WriteOutcome::Unknown)},
        {"fetched", read(Machine::ReadKind::ById, ReadOutcome::Answered, failed)},
        {"fetch not found", read(Machine::ReadKind::ById, ReadOutcome::NotFound)},
        {"looked up", read(Machine::ReadKind::ByKey, ReadOutcome::Answered, pending)},
        {"lookup unavailable", read(Machine::ReadKind::ByKey, ReadOutcome::Unavailable)},
        {"accepted", happened(Machine::EventKind::Accepted, pending)},
        {"settled", happened(Machine::EventKind::Settled, completed)},
        {"failed", happened(Machine::EventKind::Failed, failed)},
        {"stored", Machine::Stored {true, {}}},
        {"not stored", Machine::Stored {false, u"full"_s}},
        {"reset", Machine::Reset {}},
        {"retry due", Machine::RetryDue {}},
        {"tick", Machine::Tick {100000}},
    };
    for (const Phase phase : {Phase::Completed, Phase::Failed}) {
        for (const auto &[name, input] : inputs) {
            const char *phaseName =
                QMetaEnum::fromType<Phase>().valueToKey(static_cast<int>(phase));
            QTest::addRow("%s, %s", phaseName, name) << given(phase) << input;
        }
    }
}

void TestTransferMachine::finalPhasesIgnoreEverything()
{
    QFETCH(Machine::State, state);
    QFETCH(Machine::Input, input);
    const Machine::Step step = Machine().next(state, input);
    // Told once: the event channel and the poll can both bring the settlement.
    QCOMPARE(step.state, state);
    QVERIFY(step.effects.empty());
}

void TestTransferMachine::notSentOnlyAfterRepeatedNotDelivered()
{
    const Machine machine;
    Machine::State s = given(Phase::Sending);
    for (int attempt = 1; attempt < machine.config().maxSendAttempts; ++attempt) {
        auto step = machine.next(s, sent(WriteOutcome::NotDelivered));
        QCOMPARE(step.state.phase, Phase::Sending);
        step = machine.next(step.state, Machine::RetryDue {});
        QCOMPARE(describe(step.effects), u"Send"_s);
        s = step.state;
    }
    const auto last = machine.next(s, sent(WriteOutcome::NotDelivered));
    QCOMPARE(last.state.phase, Phase::Failed);
    QCOMPARE(last.state.reason, u"not_sent"_s);
}

void TestTransferMachine::unknownNeverMakesANewKeyNorFails_data()
{
    QTest::addColumn<WriteOutcome>("outcome");
    QTest::newRow("5xx, timeout, dropped") << WriteOutcome::Unknown;
    QTest::newRow("409 in flight") << WriteOutcome::StillProcessing;
}

void TestTransferMachine::unknownNeverMakesANewKeyNorFails()
{
    QFETCH(WriteOutcome, outcome);
    // Fifty unanswered attempts in a row: looked up, sent again with the same key, never failed.
    const Machine machine;
    Machine::State s = given(Phase::Sending);
    for (int i = 0; i < 50; ++i) {
        auto step = machine.next(s, sent(outcome));
        QCOMPARE(step.state.phase, Phase::Checking);
        step = machine.next(step.state, Machine::RetryDue {});
        QCOMPARE(describe(step.effects), u"Lookup"_s);
        step = machine.next(step.state, read(Machine::ReadKind::ByKey, ReadOutcome::NotFound));
        QCOMPARE(describe(step.effects), u"Send"_s);
        s = step.state;
        QCOMPARE(s.key, ourKey);
    }
    const auto found = machine.next(s, sent(WriteOutcome::Applied, pending));
    QCOMPARE(found.state.phase, Phase::Pending);
}

void TestTransferMachine::startedAndResumed()
{
    const auto first = Machine::started(ourKey, 500);
    QCOMPARE(first.state.phase, Phase::Sending);
    QCOMPARE(first.state.sentAtMs, 500);
    // Write ahead: nothing goes out until the outbox holds it.
    QVERIFY(!first.state.stored);
    QCOMPARE(describe(first.effects), QString());
    const auto stored = Machine().next(first.state, Machine::Stored {true, {}});
    QCOMPARE(describe(stored.effects), u"Send"_s);
    const auto refusedByDisk = Machine().next(first.state, Machine::Stored {false, u"full"_s});
    QCOMPARE(refusedByDisk.state.reason, u"not_saved"_s);
    QCOMPARE(refusedByDisk.state.reasonMessage, u"full"_s);
    QVERIFY(!refusedByDisk.state.inFlight);
    // Never confirmed: the server is asked about the key before anything is sent again.
    const auto unconfirmed = Machine::resumed(ourKey, {}, 100);
    QCOMPARE(unconfirmed.state.phase, Phase::Checking);
    QVERIFY(unconfirmed.state.mayHaveArrived);
    QCOMPARE(describe(unconfirmed.effects), u"Lookup"_s);
    const auto known = Machine::resumed(ourKey, u"t-1"_s, 100);
    QCOMPARE(known.state.phase, Phase::Pending);
    QCOMPARE(describe(known.effects), u"Fetch"_s);
}

void TestTransferMachine::backoffGrowsWithRetries()
{
    Machine::Config config;
    config.retry = {100ms, 350ms};
    const Machine machine(config);
    Machine::State s = given(Phase::Checking);
    QStringList delays;
    for (int i = 0; i < 4; ++i) {
        const auto step = machine.next(s, sent(WriteOutcome::Unknown));
        delays.append(describe(step.effects));
        s = step.state;
    }
    QCOMPARE(delays,
             QStringList(
                 {u"Schedule(100)"_s, u"Schedule(200)"_s, u"Schedule(350)"_s, u"Schedule(350)"_s}));
    // An answer resets the count.
    s = machine.next(s, sent(WriteOutcome::Applied, pending)).state;
    QCOMPARE(s.retries, 0);
}

void TestTransferMachine::matchedByKeyOrIdNeverByFields()
{
    const Machine::State s = given(Phase::Pending);
    QVERIFY(Machine::isOurs(s, pending));
    // Same id, payee, amount and note, another key: not ours.
    QVERIFY(!Machine::isOurs(s, impostor));
    // A server that does not give keys: by id alone.
    Transfer keyless = pending;
    keyless.idempotencyKey.clear();
    QVERIFY(Machine::isOurs(s, keyless));
    keyless.id = u"t-2"_s;
    QVERIFY(!Machine::isOurs(s, keyless));
    QVERIFY(!Machine::isOurs(given(Phase::Checking), keyless));
}

void TestTransferMachine::syncStateFollowsPhase_data()
{
    QTest::addColumn<Phase>("phase");
    QTest::addColumn<SyncState>("transparent");
    QTest::addColumn<SyncState>("optimistic");
    QTest::newRow("sending") << Phase::Sending << SyncState::Pending << SyncState::Confirmed;
    QTest::newRow("checking") << Phase::Checking << SyncState::Unknown << SyncState::Confirmed;
    QTest::newRow("pending") << Phase::Pending << SyncState::Pending << SyncState::Confirmed;
    QTest::newRow("completed") << Phase::Completed << SyncState::Confirmed << SyncState::Confirmed;
    QTest::newRow("failed") << Phase::Failed << SyncState::Failed << SyncState::Failed;
}

void TestTransferMachine::syncStateFollowsPhase()
{
    QFETCH(Phase, phase);
    QFETCH(SyncState, transparent);
    QFETCH(SyncState, optimistic);
    QCOMPARE(Machine::syncState(phase, false), transparent);
    QCOMPARE(Machine::syncState(phase, true), optimistic);
}

void TestTransferMachine::balance_data()
{
    QTest::addColumn<Phase>("phase");
    QTest::addColumn<qint64>("createLsn");
    QTest::addColumn<qint64>("settleLsn");
    QTest::addColumn<qint64>("balance");
    QTest::addColumn<qint64>("pending");

    // The snapshot: balance 1000, pending 100 (already including ours when created <= 10).
    QTest::newRow("sending: held") << Phase::Sending << -1LL << -1LL << 1000LL << 350LL;
    QTest::newRow("checking: held") << Phase::Checking << -1LL << -1LL << 1000LL << 350LL;
    QTest::newRow("pending, unseen by the snapshot")
        << Phase::Pending << 12LL << -1LL << 1000LL << 350LL;
    QTest::newRow("pending, in the snapshot") << Phase::Pending << 8LL << -1LL << 1000LL << 100LL;
    QTest::newRow("completed after the snapshot, created in it")
        << Phase::Completed << 8LL << 12LL << 750LL << -150LL;
    QTest::newRow("completed after the snapshot, unseen")
        << Phase::Completed << 11LL << 12LL << 750LL << 100LL;
    QTest::newRow("completed in the snapshot") << Phase::Completed << 8LL << 9LL << 1000LL << 100LL;
    QTest::newRow("failed after the snapshot, created in it")
        << Phase::Failed << 8LL << 12LL << 1000LL << -150LL;
    QTest::newRow("failed before anything") << Phase::Failed << -1LL << -1LL << 1000LL << 100LL;
}

void TestTransferMachine::balance()
{
    QFETCH(Phase, phase);
    QFETCH(qint64, createLsn);
    QFETCH(qint64, settleLsn);
    QFETCH(qint64, balance);
    QFETCH(qint64, pending);
    const TransferBalance b =
        TransferBalance::of(1000, 100, 10, {{phase, 250, createLsn, settleLsn}});
    QVERIFY(b.known);
    QCOMPARE(b.balance, balance);
    QCOMPARE(b.pending, pending);
    QCOMPARE(b.available, balance - pending);
}

void TestTransferMachine::sharedWordsComeFromSyncWords()
{
    TransferWords::Facts f;
    f.phase = Phase::Checking;
    QCOMPARE(TransferWords::status(f), SyncWords::shortText(SyncState::Unknown));
    f.phase = Phase::Pending;
    QCOMPARE(TransferWords::status(f), SyncWords::inProgressShortText());
    QCOMPARE(TransferWords::detail(f), SyncWords::inProgressLongText(3s));
    f.window = Window::Longer;
    QCOMPARE(TransferWords::status(f), SyncWords::slowShortText());
    QCOMPARE(TransferWords::detail(f), SyncWords::slowLongText());
    f.phase = Phase::Failed;
    f.reason = u"not_sent"_s;
    QCOMPARE(TransferWords::status(f), u"Not sent"_s);
    f.reason = u"over_limit"_s;
    f.limitText = u"€500.00"_s;
    QCOMPARE(TransferWords::why(f), u"The amount is over the limit of €500.00 per transfer."_s);
    f.reason = u"something_new"_s;
    f.reasonMessage = u"The server's own words."_s;
    QCOMPARE(TransferWords::why(f), f.reasonMessage);
}

QTEST_APPLESS_MAIN(TestTransferMachine)
#include "tst_transfermachine.moc"
