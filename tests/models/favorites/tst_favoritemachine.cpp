// FavoriteMachine without a server: every (phase, input) cell of its table, then the rules that
// need more than one step (same key on every resend, the backoff, the read-back's verdict).

#include "models/client/apitypes.h"
#include "models/favorites/favoritemachine.h"

#include <QTest>

#include <set>

using namespace Qt::StringLiterals;

using Phase = FavoriteItem::Phase;
using Kind = FavoriteInput::Kind;
using Fx = FavoriteEffect::Kind;
using Effects = std::vector<Fx>;

Q_DECLARE_METATYPE(FavoriteItem)
Q_DECLARE_METATYPE(FavoriteInput)
Q_DECLARE_METATYPE(FavoriteVersion)
Q_DECLARE_METATYPE(Phase)
Q_DECLARE_METATYPE(Effects)

namespace {

constexpr qint64 now = 1000;

FavoriteIntent intent(quint64 seq, bool desired, qint64 createdMs = 0)
{
    FavoriteIntent i;
    i.seq = seq;
    i.itemId = 7;
    i.desired = desired;
    i.idempotencyKey = u"key-%1"_s.arg(seq);
    i.correlationId = u"story-%1"_s.arg(seq);
    i.createdMs = createdMs;
    return i;
}

// One item in each phase, as the driver would hold it. The server holds "not a favorite" at
// LSN 10; the person's first intent (seq 1) asks for "favorite".
FavoriteItem idle()
{
    FavoriteItem item;
    item.server = {false, 10};
    return item;
}

FavoriteItem sending()
{
    FavoriteItem item = idle();
    item.phase = Phase::Sending;
    item.sent = intent(1, true);
    item.onWire = true;
    item.pendingSinceMs = 0;
    return item;
}

FavoriteItem sendingWithLaterClick(bool desired)
{
    FavoriteItem item = sending();
    item.queued = intent(5, desired, 500);
    return item;
}

// The answer was not definite; the resend is due at 1500.
FavoriteItem checkingDue()
{
    FavoriteItem item = sending();
    item.phase = Phase::Checking;
    item.sent->resolveAttempts = 1;
    item.onWire = false;
    item.retryAtMs = 1500;
    return item;
}

FavoriteItem checkingOnWire(int attempts = 1)
{
    FavoriteItem item = checkingDue();
    item.sent->resolveAttempts = attempts;
    item.onWire = true;
    item.retryAtMs = -1;
    return item;
}

FavoriteItem readingBack()
{
    FavoriteItem item = checkingOnWire(8);
    item.phase = Phase::ReadingBack;
    return item;
}

FavoriteItem waiting(qint64 retryAtMs = -1)
{
    FavoriteItem item = idle();
    item.phase = Phase::Waiting;
    item.queued = intent(2, true);
    item.pendingSinceMs = 0;
    item.retryAtMs = retryAtMs;
    return item;
}

FavoriteItem failed()
{
    FavoriteItem item = idle();
    item.phase = Phase::Failed;
    item.failed = intent(1, true);
    return item;
}

FavoriteItem conflict()
{
    FavoriteItem item = idle();
    item.phase = Phase::Conflict;
    item.server = {true, 20};
    item.note = FavoriteItem::Note::ChangedElsewhere;
    item.noteUntilMs = 6000;
    return item;
}

const FavoriteLink online {true, true};
const FavoriteLink offline {false, false};
const FavoriteLink othersTurn {true, false};

FavoriteInput input(Kind kind, FavoriteLink link = online, qint64 at = now)
{
    FavoriteInput in;
    in.kind = kind;
    in.nowMs = at;
    in.link = link;
    return in;
}

FavoriteInput toggle(bool desired, FavoriteLink link = online)
{
    FavoriteInput in = input(Kind::Toggle, link);
    in.intent = intent(5, desired, now);
    return in;
}

FavoriteInput written(WriteOutcome outcome, std::optional<FavoriteVersion> version = {},
                      quint64 seq = 1)
{
    FavoriteInput in = input(Kind::WriteAnswered);
    in.write = outcome;
    in.seq = seq;
    in.version = version;
    in.message = u"No."_s;
    return in;
}

FavoriteInput read(ReadOutcome outcome, std::optional<FavoriteVersion> version = {},
                   FavoriteLink link = online)
{
    FavoriteInput in = input(Kind::ReadAnswered, link);
    in.read = outcome;
    in.seq = 1;
    in.version = version;
    return in;
}

FavoriteInput withVersion(Kind kind, FavoriteVersion version, FavoriteLink link = online)
{
    FavoriteInput in = input(kind, link);
    in.version = version;
    in.correlationId = u"story-1"_s;
    return in;
}

const FavoriteVersion ours {true, 12}; // what the server answers when intent 1 lands

struct Cell
{
    const char *name;
    FavoriteItem from;
    FavoriteInput in;
    Phase to;
    Effects effects;
};

// The table. Every (phase, input kind) pair has at least one row (everyCellHasARow).
std::vector<Cell> table()
{
    const auto own = [](FavoriteVersion v, FavoriteLink link = online) {
        return withVersion(Kind::OwnWriteAccepted, v, link);
    };
    const auto other = [](FavoriteVersion v, FavoriteLink link = online) {
        return withVersion(Kind::OtherDeviceWrote, v, link);
    };
    const auto listRead = [](FavoriteVersion v, FavoriteLink link = online) {
        return withVersion(Kind::ServerRead, v, link);
    };
    return {
        // Idle: nothing of ours pending.
        {"idle, click", idle(), toggle(true), Phase::Sending, {Fx::Schedule, Fx::Send}},
        {"idle, click offline",
         idle(),
         toggle(true, offline),
         Phase::Waiting,
         {Fx::Schedule, Fx::NotifyOfflineQueued}},
        {"idle, click while others go in order",
         idle(),
         toggle(true, othersTurn),
         Phase::Waiting,
         {Fx::Schedule}},
        {"idle, retry: nothing failed", idle(), input(Kind::Retry), Phase::Idle, {}},
        {"idle, stray write answer", idle(), written(WriteOutcome::Applied, ours), Phase::Idle, {}},
        {"idle, stray read answer", idle(), read(ReadOutcome::Answered, ours), Phase::Idle, {}},
        {"idle, own write seen", idle(), own(ours), Phase::Idle, {}},
        {"idle, other device",
         idle(),
         other({true, 20}),
         Phase::Conflict,
         {Fx::Schedule, Fx::NotifyChangedElsewhere}},
        {"idle, other device, older than known", idle(), other({true, 5}), Phase::Idle, {}},
        {"idle, list read", idle(), listRead({true, 15}), Phase::Idle, {}},
        {"idle, data reset", idle(), input(Kind::DataReset), Phase::Idle, {}},
        {"idle, offline", idle(), input(Kind::LinkChanged, offline), Phase::Idle, {}},
        {"idle, turn", idle(), input(Kind::TurnGiven), Phase::Idle, {}},
        {"idle, due", idle(), input(Kind::Due), Phase::Idle, {}},

        // Sending: the PUT is out.
        {"sending, click: waits behind it", sending(), toggle(false), Phase::Sending, {}},
        {"sending, click offline",
         sending(),
         toggle(false, offline),
         Phase::Sending,
         {Fx::NotifyOfflineQueued}},
        {"sending, retry", sending(), input(Kind::Retry), Phase::Sending, {}},
        {"sending, applied",
         sending(),
         written(WriteOutcome::Applied, ours),
         Phase::Idle,
         {Fx::Schedule, Fx::NotifyConfirmed}},
        {"sending, applied, later click already held",
         sendingWithLaterClick(true),
         written(WriteOutcome::Applied, ours),
         Phase::Idle,
         {Fx::Schedule, Fx::NotifyConfirmed, Fx::NotifyConfirmed}},
        {"sending, applied, later click goes out",
         sendingWithLaterClick(false),
         written(WriteOutcome::Applied, ours),
         Phase::Sending,
         {Fx::Schedule, Fx::NotifyConfirmed, Fx::Send}},
        {"sending, applied without the item",
         sending(),
         written(WriteOutcome::Applied),
         Phase::Checking,
         {Fx::Schedule, Fx::NotifyUnknown}},
        {"sending, rejected",
         sending(),
         written(WriteOutcome::Rejected),
         Phase::Failed,
         {Fx::NotifyRolledBack}},
        {"sending, rejected, later click decides",
         sendingWithLaterClick(false),
         written(WriteOutcome::Rejected),
         Phase::Sending,
         {Fx::Send}},
        {"sending, not delivered",
         sending(),
         written(WriteOutcome::NotDelivered),
         Phase::Waiting,
         {Fx::Schedule}},
        {"sending, still processing",
         sending(),
         written(WriteOutcome::StillProcessing),
         Phase::Checking,
         {Fx::Schedule, Fx::NotifyUnknown}},
        // A 5xx is not a "no": it may have landed (issue 10). Checking, not rolled back.
        {"sending, unknown (5xx, timeout, dropped)",
         sending(),
         written(WriteOutcome::Unknown),
         Phase::Checking,
         {Fx::Schedule, Fx::NotifyUnknown}},
        {"sending, stray read answer",
         sending(),
         read(ReadOutcome::Answered, ours),
         Phase::Sending,
         {}},
        // The event can overtake an answer that is then lost: it settles the write at once.
        {"sending, own write seen before its answer",
         sending(),
         own(ours),
         Phase::Idle,
         {Fx::Schedule, Fx::NotifyConfirmed}},
        {"sending, own write seen, a later click goes out after the answer",
         sendingWithLaterClick(false),
         own(ours),
         Phase::Waiting,
         {Fx::Schedule, Fx::NotifyConfirmed}},
        {"sending, own write seen with another value",
         sending(),
         own({false, 12}),
         Phase::Sending,
         {}},
        {"sending, other device: waits for ours",
         sending(),
         other({false, 11}),
         Phase::Sending,
         {}},
        {"sending, list read", sending(), listRead({false, 11}), Phase::Sending, {}},
        {"sending, data reset", sending(), input(Kind::DataReset), Phase::Sending, {}},
        {"sending, offline", sending(), input(Kind::LinkChanged, offline), Phase::Sending, {}},
        {"sending, turn", sending(), input(Kind::TurnGiven), Phase::Sending, {}},
        {"sending, due", sending(), input(Kind::Due), Phase::Sending, {}},

        // Checking: no definite answer yet; resent with the same key.
        {"checking, click replaces the check",
         checkingDue(),
         toggle(false),
         Phase::Sending,
         {Fx::Send}},
        {"checking, click while the resend is out",
         checkingOnWire(),
         toggle(false),
         Phase::Checking,
         {}},
        {"checking, retry", checkingDue(), input(Kind::Retry), Phase::Checking, {}},
        {"checking, resend applied (replayed)",
         checkingOnWire(),
         written(WriteOutcome::Applied, ours),
         Phase::Idle,
         {Fx::Schedule, Fx::NotifyConfirmed}},
        {"checking, resend unknown again",
         checkingOnWire(),
         written(WriteOutcome::Unknown),
         Phase::Checking,
         {Fx::Schedule}},
        {"checking, resends ran out: read back",
         checkingOnWire(8),
         written(WriteOutcome::Unknown),
         Phase::ReadingBack,
         {Fx::ReadBack}},
        {"checking, resend rejected",
         checkingOnWire(),
         written(WriteOutcome::Rejected),
         Phase::Failed,
         {Fx::NotifyRolledBack}},
        {"checking, resend not delivered",
         checkingOnWire(),
         written(WriteOutcome::NotDelivered),
         Phase::Checking,
         {Fx::Schedule}},
        {"checking, resend still processing",
         checkingOnWire(),
         written(WriteOutcome::StillProcessing),
         Phase::Checking,
         {Fx::Schedule}},
        {"checking, stray read answer",
         checkingDue(),
         read(ReadOutcome::Answered, ours),
         Phase::Checking,
         {}},
        {"checking, event names our write",
         checkingDue(),
         own(ours),
         Phase::Idle,
         {Fx::Schedule, Fx::NotifyConfirmed}},
        {"checking, own event with the other value",
         checkingDue(),
         own({false, 12}),
         Phase::Checking,
         {}},
        {"checking, other device", checkingDue(), other({false, 11}), Phase::Checking, {}},
        {"checking, list read", checkingDue(), listRead({false, 11}), Phase::Checking, {}},
        {"checking, data reset", checkingDue(), input(Kind::DataReset), Phase::Checking, {}},
        {"checking, back online: resend now",
         checkingDue(),
         input(Kind::LinkChanged),
         Phase::Checking,
         {Fx::Send}},
        {"checking, offline",
         checkingDue(),
         input(Kind::LinkChanged, offline),
         Phase::Checking,
         {}},
        {"checking, turn before the backoff",
         checkingDue(),
         input(Kind::TurnGiven),
         Phase::Checking,
         {}},
        {"checking, due too early", checkingDue(), input(Kind::Due), Phase::Checking, {}},
        {"checking, resend due",
         checkingDue(),
         input(Kind::Due, online, 1500),
         Phase::Checking,
         {Fx::Send}},

        // ReadingBack: the primary decides.
        {"reading back, click waits", readingBack(), toggle(false), Phase::ReadingBack, {}},
        {"reading back, retry", readingBack(), input(Kind::Retry), Phase::ReadingBack, {}},
        {"reading back, stray write answer frees the wire",
         readingBack(),
         written(WriteOutcome::Applied, ours),
         Phase::ReadingBack,
         {Fx::ReadBack}},
        {"reading back, it landed",
         readingBack(),
         read(ReadOutcome::Answered, ours),
         Phase::Idle,
         {Fx::Schedule, Fx::NotifyConfirmed}},
        {"reading back, it did not land",
         readingBack(),
         read(ReadOutcome::Answered, FavoriteVersion {false, 10}),
         Phase::Failed,
         {Fx::NotifyRolledBack}},
        {"reading back, no such item",
         readingBack(),
         read(ReadOutcome::NotFound),
         Phase::Failed,
         {Fx::NotifyRolledBack}},
        {"reading back, unavailable",
         readingBack(),
         read(ReadOutcome::Unavailable),
         Phase::ReadingBack,
         {Fx::Schedule}},
        {"reading back, event names our write",
         readingBack(),
         own(ours),
         Phase::Idle,
         {Fx::Schedule, Fx::NotifyConfirmed}},
        {"reading back, other device", readingBack(), other({false, 11}), Phase::ReadingBack, {}},
        {"reading back, list read", readingBack(), listRead({false, 11}), Phase::ReadingBack, {}},
        {"reading back, data reset", readingBack(), input(Kind::DataReset), Phase::ReadingBack, {}},
        {"reading back, offline",
         readingBack(),
         input(Kind::LinkChanged, offline),
         Phase::ReadingBack,
         {}},
        {"reading back, turn", readingBack(), input(Kind::TurnGiven), Phase::ReadingBack, {}},
        {"reading back, due", readingBack(), input(Kind::Due), Phase::ReadingBack, {}},

        // Waiting: offline or not its turn.
        {"waiting, click goes out", waiting(), toggle(false), Phase::Sending, {Fx::Send}},
        {"waiting, click offline",
         waiting(),
         toggle(false, offline),
         Phase::Waiting,
         {Fx::NotifyOfflineQueued}},
        {"waiting, retry", waiting(), input(Kind::Retry, offline), Phase::Waiting, {}},
        {"waiting, stray write answer",
         waiting(),
         [] {
             FavoriteInput in = written(WriteOutcome::Applied, ours, 2);
             in.link = offline;
             return in;
         }(),
         Phase::Waiting,
         {}},
        {"waiting, stray read answer",
         waiting(),
         read(ReadOutcome::Answered, ours, offline),
         Phase::Waiting,
         {}},
        {"waiting, own write seen", waiting(), own(ours, offline), Phase::Waiting, {}},
        {"waiting, other device", waiting(), other({false, 11}, offline), Phase::Waiting, {}},
        {"waiting, list read", waiting(), listRead({false, 11}, offline), Phase::Waiting, {}},
        {"waiting, data reset", waiting(), input(Kind::DataReset, offline), Phase::Waiting, {}},
        {"waiting, back online: joins the ordered send",
         waiting(1500),
         input(Kind::LinkChanged, othersTurn),
         Phase::Waiting,
         {}},
        {"waiting, back online and free",
         waiting(1500),
         input(Kind::LinkChanged),
         Phase::Sending,
         {Fx::Send}},
        {"waiting, its turn", waiting(), input(Kind::TurnGiven), Phase::Sending, {Fx::Send}},
        {"waiting, its turn during the backoff",
         waiting(1500),
         input(Kind::TurnGiven),
         Phase::Waiting,
         {}},
        {"waiting, due offline", waiting(), input(Kind::Due, offline), Phase::Waiting, {}},
        {"waiting, backoff over",
         waiting(1500),
         input(Kind::Due, online, 1500),
         Phase::Sending,
         {Fx::Send}},

        // Failed: rolled back, Retry possible.
        {"failed, click", failed(), toggle(true), Phase::Sending, {Fx::Schedule, Fx::Send}},
        {"failed, retry", failed(), input(Kind::Retry), Phase::Sending, {Fx::Schedule, Fx::Send}},
        {"failed, retry offline",
         failed(),
         input(Kind::Retry, offline),
         Phase::Waiting,
         {Fx::Schedule}},
        {"failed, stray write answer",
         failed(),
         written(WriteOutcome::Applied, ours),
         Phase::Failed,
         {}},
        {"failed, stray read answer",
         failed(),
         read(ReadOutcome::Answered, ours),
         Phase::Failed,
         {}},
        {"failed, own write seen", failed(), own(ours), Phase::Failed, {}},
        {"failed, other device",
         failed(),
         other({true, 20}),
         Phase::Failed,
         {Fx::Schedule, Fx::NotifyChangedElsewhere}},
        {"failed, list read", failed(), listRead({false, 11}), Phase::Failed, {}},
        {"failed, data reset", failed(), input(Kind::DataReset), Phase::Failed, {}},
        {"failed, offline", failed(), input(Kind::LinkChanged, offline), Phase::Failed, {}},
        {"failed, turn", failed(), input(Kind::TurnGiven), Phase::Failed, {}},
        {"failed, due", failed(), input(Kind::Due), Phase::Failed, {}},

        // Conflict: another device's write shows on the row for a while.
        {"conflict, click", conflict(), toggle(false), Phase::Sending, {Fx::Schedule, Fx::Send}},
        {"conflict, retry", conflict(), input(Kind::Retry), Phase::Conflict, {}},
        {"conflict, stray write answer",
         conflict(),
         written(WriteOutcome::Applied, ours),
         Phase::Conflict,
         {}},
        {"conflict, stray read answer",
         conflict(),
         read(ReadOutcome::Answered, ours),
         Phase::Conflict,
         {}},
        {"conflict, own write seen", conflict(), own({true, 12}), Phase::Conflict, {}},
        {"conflict, other device again",
         conflict(),
         other({false, 21}),
         Phase::Conflict,
         {Fx::Schedule, Fx::NotifyChangedElsewhere}},
        {"conflict, list read", conflict(), listRead({true, 21}), Phase::Conflict, {}},
        {"conflict, data reset", conflict(), input(Kind::DataReset), Phase::Conflict, {}},
        {"conflict, offline", conflict(), input(Kind::LinkChanged, offline), Phase::Conflict, {}},
        {"conflict, turn", conflict(), input(Kind::TurnGiven), Phase::Conflict, {}},
        {"conflict, due before the note fades", conflict(), input(Kind::Due), Phase::Conflict, {}},
        {"conflict, note faded", conflict(), input(Kind::Due, online, 6000), Phase::Idle, {}},
    };
}

constexpr Phase allPhases[] = {Phase::Idle,    Phase::Sending, Phase::Checking, Phase::ReadingBack,
                               Phase::Waiting, Phase::Failed,  Phase::Conflict};
constexpr Kind allInputs[] = {Kind::Toggle,
                              Kind::Retry,
                              Kind::WriteAnswered,
                              Kind::ReadAnswered,
                              Kind::OwnWriteAccepted,
                              Kind::OtherDeviceWrote,
                              Kind::ServerRead,
                              Kind::DataReset,
                              Kind::LinkChanged,
                              Kind::TurnGiven,
                              Kind::Due};

QString namesOf(const Effects &effects)
{
    static const char *const names[] = {"Send",         "ReadBack", "Schedule",         "Confirmed",
                                        "RolledBack",   "Unknown",  "ChangedElsewhere", "Conflict",
                                        "OfflineQueued"};
    QStringList list;
    for (Fx fx : effects)
        list << QLatin1String(names[int(fx)]);
    return list.join(u", "_s);
}

Effects kindsOf(const std::vector<FavoriteEffect> &effects)
{
    Effects kinds;
    for (const FavoriteEffect &effect : effects)
        kinds.push_back(effect.kind);
    return kinds;
}

const FavoriteEffect *firstOf(const std::vector<FavoriteEffect> &effects, Fx kind)
{
    for (const FavoriteEffect &effect : effects) {
        if (effect.kind == kind)
            return &effect;
    }
    return nullptr;
}

} // namespace

class TestFavoriteMachine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCellHasARow();
    void cell_data();
    void cell();
    void syncStateFollowsThePhase_data();
    void syncStateFollowsThePhase();
    void mayGoOut_data();
    void mayGoOut();
    void a503IsCheckedWithTheSameKeyNotRolledBack();
    void resendsBackOffThenReadBack();
    void readBackDecides_data();
    void readBackDecides();
    void retryResendsTheFailedIntent();
    void collisionFollowsServerOrder_data();
    void collisionFollowsServerOrder();
    void notDeliveredWaitsWithItsKey();
    void oldAnswersArrivingLateNeverFlipTheHeart_data();
    void oldAnswersArrivingLateNeverFlipTheHeart();
};

void TestFavoriteMachine::everyCellHasARow()
{
    std::set<std::pair<Phase, Kind>> seen;
    for (const Cell &cell : table())
        seen.insert({cell.from.phase, cell.in.kind});
    for (Phase phase : allPhases) {
        for (Kind kind : allInputs)
            QVERIFY2(seen.count({phase, kind}),
                     qPrintable(
                         u"no row for %1 × input %2"_s.arg(QLatin1String(favoritePhaseName(phase)))
                             .arg(int(kind))));
    }
}

void TestFavoriteMachine::cell_data()
{
    QTest::addColumn<FavoriteItem>("from");
    QTest::addColumn<FavoriteInput>("in");
    QTest::addColumn<Phase>("to");
    QTest::addColumn<Effects>("effects");
    for (const Cell &cell : table())
        QTest::newRow(cell.name) << cell.from << cell.in << cell.to << cell.effects;
}

void TestFavoriteMachine::cell()
{
    QFETCH(FavoriteItem, from);
    QFETCH(FavoriteInput, in);
    QFETCH(Phase, to);
    QFETCH(Effects, effects);
    const FavoriteMachine::Result result = FavoriteMachine().next(from, in);
    QCOMPARE(QLatin1String(favoritePhaseName(result.state.phase)),
             QLatin1String(favoritePhaseName(to)));
    QCOMPARE(namesOf(kindsOf(result.effects)), namesOf(effects));
    // Whatever goes out carries the key fixed at the click it belongs to.
    if (const FavoriteEffect *send = firstOf(result.effects, Fx::Send)) {
        const std::optional<FavoriteIntent> &earlier =
            from.queued ? from.queued : (from.sent ? from.sent : from.failed);
        const QString key =
            in.kind == Kind::Toggle ? in.intent.idempotencyKey : earlier.value().idempotencyKey;
        QCOMPARE(send->intent.idempotencyKey, key);
        QVERIFY(result.state.onWire);
    }
}

void TestFavoriteMachine::syncStateFollowsThePhase_data()
{
    QTest::addColumn<FavoriteItem>("item");
    QTest::addColumn<SyncState>("state");
    FavoriteItem checkingBehindClick = checkingOnWire();
    checkingBehindClick.queued = intent(5, false);
    QTest::newRow("idle") << idle() << SyncState::Confirmed;
    QTest::newRow("sending") << sending() << SyncState::Pending;
    QTest::newRow("checking") << checkingDue() << SyncState::Unknown;
    QTest::newRow("checking, a later click waits") << checkingBehindClick << SyncState::Pending;
    QTest::newRow("reading back") << readingBack() << SyncState::Unknown;
    QTest::newRow("waiting") << waiting() << SyncState::Pending;
    QTest::newRow("failed") << failed() << SyncState::Failed;
    QTest::newRow("conflict") << conflict() << SyncState::Conflict;
}

void TestFavoriteMachine::syncStateFollowsThePhase()
{
    QFETCH(FavoriteItem, item);
    QFETCH(SyncState, state);
    QCOMPARE(FavoriteMachine::syncStateOf(item), state);
}

void TestFavoriteMachine::mayGoOut_data()
{
    QTest::addColumn<FavoriteItem>("item");
    QTest::addColumn<bool>("isOnline");
    QTest::addColumn<bool>("turn");
    QTest::addColumn<qint64>("at");
    QTest::addColumn<bool>("mayGo");
    QTest::newRow("waiting, online, free") << waiting() << true << true << now << true;
    QTest::newRow("waiting, offline") << waiting() << false << true << now << false;
    QTest::newRow("waiting, not its turn") << waiting() << true << false << now << false;
    QTest::newRow("waiting, backing off") << waiting(1500) << true << true << now << false;
    QTest::newRow("waiting, backoff over") << waiting(1500) << true << true << qint64(1500) << true;
    QTest::newRow("checking, resend due") << checkingDue() << true << true << qint64(1500) << true;
    QTest::newRow("one request per item")
        << sendingWithLaterClick(false) << true << true << now << false;
    QTest::newRow("idle: nothing to send") << idle() << true << true << now << false;
    QTest::newRow("failed: only Retry sends") << failed() << true << true << now << false;
}

void TestFavoriteMachine::mayGoOut()
{
    QFETCH(FavoriteItem, item);
    QFETCH(bool, isOnline);
    QFETCH(bool, turn);
    QFETCH(qint64, at);
    QFETCH(bool, mayGo);
    QCOMPARE(FavoriteMachine::mayGoOut(item, {isOnline, turn}, at), mayGo);
}

void TestFavoriteMachine::a503IsCheckedWithTheSameKeyNotRolledBack()
{
    // The answer the control room's "Fail next request" produces.
    ApiResult answer;
    answer.error = ApiError::Http;
    answer.httpStatus = 503;
    answer.errorCode = u"injected_failure"_s;
    answer.wasWrite = true;
    const FavoriteMachine machine;
    FavoriteMachine::Result step = machine.next(sending(), written(classifyWrite(answer)));
    QCOMPARE(step.state.phase, Phase::Checking);
    QVERIFY(!firstOf(step.effects, Fx::NotifyRolledBack));
    QCOMPARE(FavoriteMachine::shownValue(step.state), true); // the heart stays as clicked

    step = machine.next(step.state, input(Kind::Due, online, step.state.retryAtMs));
    const FavoriteEffect *resend = firstOf(step.effects, Fx::Send);
    QVERIFY(resend);
    QCOMPARE(resend->intent.idempotencyKey, u"key-1"_s);
    QCOMPARE(resend->intent.correlationId, u"story-1"_s);

    step = machine.next(step.state, written(WriteOutcome::Applied, ours));
    QCOMPARE(step.state.phase, Phase::Idle);
    QCOMPARE(step.state.server, ours);
}

void TestFavoriteMachine::resendsBackOffThenReadBack()
{
    FavoriteTimings timings;
    timings.resolveDelay = std::chrono::milliseconds(300);
    timings.resolveMaxDelay = std::chrono::milliseconds(1000);
    timings.maxResolveAttempts = 3;
    const FavoriteMachine machine(timings);
    FavoriteItem item = sending();
    qint64 at = now;
    QList<qint64> pauses;
    for (int answer = 0; answer < 4; ++answer) {
        FavoriteInput unknown = written(WriteOutcome::Unknown);
        unknown.nowMs = at;
        FavoriteMachine::Result step = machine.next(item, unknown);
        item = step.state;
        if (item.phase == Phase::ReadingBack) {
            QVERIFY(firstOf(step.effects, Fx::ReadBack));
            break;
        }
        QCOMPARE(item.phase, Phase::Checking);
        pauses << item.retryAtMs - at;
        at = item.retryAtMs;
        step = machine.next(item, input(Kind::Due, online, at));
        item = step.state;
        QVERIFY(firstOf(step.effects, Fx::Send));
    }
    QCOMPARE(pauses, QList<qint64>({300, 600, 1000}));
    QCOMPARE(item.phase, Phase::ReadingBack);
    QCOMPARE(item.sent->idempotencyKey, u"key-1"_s);
}

void TestFavoriteMachine::readBackDecides_data()
{
    QTest::addColumn<FavoriteInput>("answer");
    QTest::addColumn<Phase>("to");
    QTest::addColumn<bool>("rolledBack");
    QTest::addColumn<bool>("canRetry");
    QTest::addColumn<bool>("shown");
    QTest::newRow("landed") << read(ReadOutcome::Answered, ours) << Phase::Idle << false << false
                            << true;
    QTest::newRow("did not land") << read(ReadOutcome::Answered, FavoriteVersion {false, 10})
                                  << Phase::Failed << true << true << false;
    QTest::newRow("item gone") << read(ReadOutcome::NotFound) << Phase::Failed << true << false
                               << false;
    QTest::newRow("cannot tell yet")
        << read(ReadOutcome::Unavailable) << Phase::ReadingBack << false << false << true;
}

void TestFavoriteMachine::readBackDecides()
{
    QFETCH(FavoriteInput, answer);
    QFETCH(Phase, to);
    QFETCH(bool, rolledBack);
    QFETCH(bool, canRetry);
    QFETCH(bool, shown);
    const FavoriteMachine::Result step = FavoriteMachine().next(readingBack(), answer);
    QCOMPARE(step.state.phase, to);
    const FavoriteEffect *rollback = firstOf(step.effects, Fx::NotifyRolledBack);
    QCOMPARE(rollback != nullptr, rolledBack);
    if (rollback)
        QCOMPARE(rollback->flag, canRetry);
    QCOMPARE(FavoriteMachine::shownValue(step.state), shown);
}

void TestFavoriteMachine::retryResendsTheFailedIntent()
{
    const FavoriteMachine machine;
    QVERIFY(FavoriteMachine::canRetry(failed()));
    QVERIFY(!FavoriteMachine::canRetry(idle()));
    const FavoriteMachine::Result step = machine.next(failed(), input(Kind::Retry));
    const FavoriteEffect *send = firstOf(step.effects, Fx::Send);
    QVERIFY(send);
    QCOMPARE(send->intent.idempotencyKey, u"key-1"_s);
    QCOMPARE(send->intent.correlationId, u"story-1"_s);
    QCOMPARE(send->intent.createdMs, now);
    QVERIFY(!step.state.failed);
    QVERIFY(!FavoriteMachine::canRetry(step.state));
}

void TestFavoriteMachine::collisionFollowsServerOrder_data()
{
    QTest::addColumn<FavoriteVersion>("theirs");
    QTest::addColumn<bool>("yoursKept");
    QTest::addColumn<bool>("shown");
    // Ours lands at LSN 12.
    QTest::newRow("theirs first, ours later: yours kept")
        << FavoriteVersion {false, 11} << true << true;
    QTest::newRow("ours first, theirs later: theirs won")
        << FavoriteVersion {false, 13} << false << false;
}

void TestFavoriteMachine::collisionFollowsServerOrder()
{
    QFETCH(FavoriteVersion, theirs);
    QFETCH(bool, yoursKept);
    QFETCH(bool, shown);
    const FavoriteMachine machine;
    FavoriteMachine::Result step =
        machine.next(sending(), withVersion(Kind::OtherDeviceWrote, theirs));
    QVERIFY(step.effects.empty()); // ours is pending: nothing said yet
    QCOMPARE(FavoriteMachine::shownValue(step.state), true);
    step = machine.next(step.state, written(WriteOutcome::Applied, ours));
    QCOMPARE(step.state.phase, Phase::Conflict);
    const FavoriteEffect *conflict = firstOf(step.effects, Fx::NotifyConflict);
    QVERIFY(conflict);
    QCOMPARE(conflict->flag, yoursKept);
    QCOMPARE(FavoriteMachine::shownValue(step.state), shown);
    QCOMPARE(step.state.note,
             yoursKept ? FavoriteItem::Note::YoursKept : FavoriteItem::Note::TheirsWon);
}

void TestFavoriteMachine::notDeliveredWaitsWithItsKey()
{
    const FavoriteMachine machine;
    FavoriteMachine::Result step = machine.next(sending(), written(WriteOutcome::NotDelivered));
    QCOMPARE(step.state.phase, Phase::Waiting);
    QCOMPARE(step.state.queued->idempotencyKey, u"key-1"_s);
    QVERIFY(!FavoriteMachine::mayGoOut(step.state, online, now));
    step = machine.next(step.state, input(Kind::Due, online, step.state.retryAtMs));
    const FavoriteEffect *send = firstOf(step.effects, Fx::Send);
    QVERIFY(send);
    QCOMPARE(send->intent.idempotencyKey, u"key-1"_s);
}

// The held-answer scenario's case (docs/scenarios.md, "An old answer arrives late") as inputs:
// tap on, tap off, and whatever arrives late about the first tap — its answer, its event, a list
// read from before the second tap — the heart shows the last tap at every step after it.
void TestFavoriteMachine::oldAnswersArrivingLateNeverFlipTheHeart_data()
{
    QTest::addColumn<FavoriteInput>("late");
    const FavoriteVersion first {true, 11};
    FavoriteInput event = withVersion(Kind::OwnWriteAccepted, first);
    event.correlationId = u"story-1"_s;
    QTest::newRow("the first tap's answer") << written(WriteOutcome::Applied, first, 1);
    QTest::newRow("the first tap's event") << event;
    QTest::newRow("a list read from before the second tap") << withVersion(Kind::ServerRead, first);
}

void TestFavoriteMachine::oldAnswersArrivingLateNeverFlipTheHeart()
{
    QFETCH(FavoriteInput, late);
    const FavoriteMachine machine;
    FavoriteInput on = toggle(true);
    on.intent = intent(1, true, now);
    FavoriteMachine::Result step = machine.next(idle(), on);
    QVERIFY(firstOf(step.effects, Fx::Send));
    FavoriteInput off = toggle(false);
    off.intent = intent(2, false, now);
    step = machine.next(step.state, off);
    QVERIFY(!firstOf(step.effects, Fx::Send)); // one write per item on the wire
    QCOMPARE(FavoriteMachine::shownValue(step.state), false);
    // The first tap's answer lets the second go out; the second's answer settles the row.
    step = machine.next(step.state, written(WriteOutcome::Applied, FavoriteVersion {true, 11}, 1));
    const FavoriteEffect *send = firstOf(step.effects, Fx::Send);
    QVERIFY(send);
    QCOMPARE(send->intent.seq, quint64(2));
    QCOMPARE(FavoriteMachine::shownValue(step.state), false);
    step = machine.next(step.state, written(WriteOutcome::Applied, FavoriteVersion {false, 12}, 2));
    QCOMPARE(step.state.phase, Phase::Idle);
    QCOMPARE(step.state.server, (FavoriteVersion {false, 12}));
    // Now the old news.
    step = machine.next(step.state, late);
    QCOMPARE(FavoriteMachine::shownValue(step.state), false);
    QCOMPARE(step.state.server, (FavoriteVersion {false, 12}));
    QCOMPARE(step.state.phase, Phase::Idle);
    QVERIFY(!firstOf(step.effects, Fx::Send));
}

QTEST_APPLESS_MAIN(TestFavoriteMachine)
#include "tst_favoritemachine.moc"
