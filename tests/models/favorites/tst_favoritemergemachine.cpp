// The offline-first favorites without a server: what a merge tells the person about each item
// (explainMerge, scripted stories of a laptop and a tablet), and the sync machine's rules, one
// phase and input at a time (FavoriteMergeMachine).

#include "models/favorites/favoritemergemachine.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Phase = FavoriteMergeState::Phase;
using Kind = FavoriteMergeInput::Kind;
using EffectKind = FavoriteMergeEffect::Kind;

Q_DECLARE_METATYPE(MergeNote)

namespace {

const QString laptop = u"laptop"_s;
const QString tablet = u"tablet"_s;
constexpr int chair = 1;

FavoriteMergeInput in(Kind kind, qint64 nowMs = 0, bool online = true)
{
    FavoriteMergeInput input;
    input.kind = kind;
    input.nowMs = nowMs;
    input.online = online;
    input.itemId = chair;
    return input;
}

FavoriteMergeInput answered(quint64 seq, WriteOutcome outcome,
                            std::optional<FavoritesReplica> theirs = FavoritesReplica {},
                            qint64 nowMs = 0)
{
    FavoriteMergeInput input = in(Kind::Answered, nowMs);
    input.seq = seq;
    input.outcome = outcome;
    input.theirs = std::move(theirs);
    return input;
}

QList<EffectKind> kinds(const std::vector<FavoriteMergeEffect> &effects)
{
    QList<EffectKind> list;
    for (const auto &e : effects)
        list.append(e.kind);
    return list;
}

} // namespace

class TestFavoriteMergeMachine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void explainsWhatTheMergeDid_data();
    void explainsWhatTheMergeDid();
    void anEditOnlineSendsTheCopy();
    void anEditOfflineIsKeptAndSentWhenBack();
    void anAppliedAnswerMergesTheServersCopy();
    void editsWhileSendingAreSentAfterTheAnswer();
    void anUnknownOutcomeIsSentAgainAfterABackoff();
    void aRefusalWaitsForRetry();
    void anAnswerToAnOlderSyncIsIgnored();
    void anotherDevicesMergeIsFetchedBySending();
    void notesFadeAndTheTimerIsAskedForAgain();
    void aResetStartsBothCopiesEmpty();
};

void TestFavoriteMergeMachine::explainsWhatTheMergeDid_data()
{
    // "L+"/"L-": the laptop makes the chair a favorite or not; "T+"/"T-": the tablet does;
    // "T>": the tablet syncs; "L>": the laptop syncs, and its last sync's note is checked.
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<MergeNote>("note");
    const QStringList shared {u"L+"_s, u"L>"_s, u"T>"_s};
    QTest::newRow("they removed it, you added it again: kept")
        << shared + QStringList {u"T-"_s, u"T>"_s, u"L-"_s, u"L+"_s, u"L>"_s}
        << MergeNote::KeptOverTheirRemoval;
    QTest::newRow("you removed it, they added it again: back")
        << shared + QStringList {u"L-"_s, u"T-"_s, u"T+"_s, u"T>"_s, u"L>"_s}
        << MergeNote::BackOverYourRemoval;
    QTest::newRow("added on the other device")
        << QStringList {u"T+"_s, u"T>"_s, u"L>"_s} << MergeNote::AddedElsewhere;
    QTest::newRow("removed on the other device")
        << shared + QStringList {u"T-"_s, u"T>"_s, u"L>"_s} << MergeNote::RemovedElsewhere;
    QTest::newRow("added on both")
        << QStringList {u"L+"_s, u"T+"_s, u"T>"_s, u"L>"_s} << MergeNote::AddedOnBoth;
    QTest::newRow("removed on both: nothing to explain")
        << shared + QStringList {u"T-"_s, u"T>"_s, u"L-"_s, u"L>"_s} << MergeNote::None;
    QTest::newRow("your own add, nothing elsewhere")
        << QStringList {u"L+"_s, u"L>"_s} << MergeNote::None;
    QTest::newRow("synced again: nothing new") << shared + QStringList {u"L>"_s} << MergeNote::None;
}

void TestFavoriteMergeMachine::explainsWhatTheMergeDid()
{
    QFETCH(QStringList, steps);
    QFETCH(MergeNote, note);
    FavoritesReplica server;
    FavoritesReplica laptopBase;
    FavoritesReplica laptopCopy;
    FavoritesReplica tabletCopy;
    MergeNote last = MergeNote::None;
    for (const QString &step : steps) {
        if (step == "L>"_L1) {
            const auto notes = explainMerge(laptopBase, laptopCopy, server);
            last = notes.count(chair) ? notes.at(chair) : MergeNote::None;
            server.merge(laptopCopy);
            laptopCopy = server;
            laptopBase = server;
        } else if (step == "T>"_L1) {
            server.merge(tabletCopy);
            tabletCopy = server;
        } else {
            FavoritesReplica &copy = step.startsWith(u'L') ? laptopCopy : tabletCopy;
            copy.setFavorite(step.startsWith(u'L') ? laptop : tablet, chair, step.endsWith(u'+'));
        }
    }
    QCOMPARE(last, note);
}

void TestFavoriteMergeMachine::anEditOnlineSendsTheCopy()
{
    const FavoriteMergeMachine machine(laptop);
    const auto r = machine.next({}, in(Kind::Toggle));
    QCOMPARE(r.state.phase, Phase::Sending);
    QCOMPARE(kinds(r.effects), QList<EffectKind>({EffectKind::NotifyChanged, EffectKind::Send}));
    QVERIFY(r.effects.back().copy.isFavorite(chair));
    QCOMPARE(r.effects.back().seq, quint64(1));
    QCOMPARE(FavoriteMergeMachine::syncStateOf(r.state, chair, 0), SyncState::Pending);
}

void TestFavoriteMergeMachine::anEditOfflineIsKeptAndSentWhenBack()
{
    const FavoriteMergeMachine machine(laptop);
    auto r = machine.next({}, in(Kind::Toggle, 0, false));
    QCOMPARE(r.state.phase, Phase::Waiting);
    QCOMPARE(kinds(r.effects),
             QList<EffectKind>({EffectKind::NotifyChanged, EffectKind::NotifyKeptOffline}));
    QVERIFY(r.state.local.isFavorite(chair)); // shown at once, offline
    r = machine.next(r.state, in(Kind::Heart, 10, false));
    QCOMPARE(r.state.local.hearts(chair), quint64(1));
    r = machine.next(r.state, in(Kind::LinkChanged, 20, true));
    QCOMPARE(r.state.phase, Phase::Sending);
    QCOMPARE(kinds(r.effects), QList<EffectKind>({EffectKind::Send}));
    QVERIFY(r.effects.back().copy.isFavorite(chair));
    QCOMPARE(r.effects.back().copy.hearts(chair), quint64(1));
}

void TestFavoriteMergeMachine::anAppliedAnswerMergesTheServersCopy()
{
    const FavoriteMergeMachine machine(laptop);
    auto r = machine.next({}, in(Kind::Toggle));
    FavoritesReplica theirs;
    theirs.setFavorite(tablet, 5, true);
    r = machine.next(r.state, answered(1, WriteOutcome::Applied, theirs, 100));
    QCOMPARE(r.state.phase, Phase::InStep);
    QCOMPARE(r.state.local.favorites(), QList<int>({chair, 5}));
    QCOMPARE(r.state.base, r.state.local);
    QVERIFY(kinds(r.effects).contains(EffectKind::NotifyInStep));
    QVERIFY(kinds(r.effects).contains(EffectKind::NotifyMerged));
    QCOMPARE(FavoriteMergeMachine::syncStateOf(r.state, chair, 100), SyncState::Confirmed);
    QCOMPARE(FavoriteMergeMachine::syncStateOf(r.state, 5, 100), SyncState::Conflict);
    QCOMPARE(r.state.notes.at(5), MergeNote::AddedElsewhere);
}

void TestFavoriteMergeMachine::editsWhileSendingAreSentAfterTheAnswer()
{
    const FavoriteMergeMachine machine(laptop);
    auto r = machine.next({}, in(Kind::Toggle));
    r = machine.next(r.state, in(Kind::Heart));
    QCOMPARE(kinds(r.effects), QList<EffectKind>({EffectKind::NotifyChanged})); // one at a time
    r = machine.next(r.state, answered(1, WriteOutcome::Applied));
    QCOMPARE(r.state.phase, Phase::Sending);
    QCOMPARE(r.effects.back().kind, EffectKind::Send);
    QCOMPARE(r.effects.back().seq, quint64(2));
    QCOMPARE(r.effects.back().copy.hearts(chair), quint64(1));
    QVERIFY(r.state.base.isFavorite(chair)); // what the first sync carried is merged
    QCOMPARE(r.state.base.hearts(chair), quint64(0));
}

void TestFavoriteMergeMachine::anUnknownOutcomeIsSentAgainAfterABackoff()
{
    const FavoriteMergeMachine machine(laptop);
    auto r = machine.next({}, in(Kind::Toggle));
    r = machine.next(r.state, answered(1, WriteOutcome::Unknown, std::nullopt, 1000));
    QCOMPARE(r.state.phase, Phase::Waiting);
    QCOMPARE(r.state.retryAtMs, qint64(1500));
    QCOMPARE(r.effects.back().kind, EffectKind::Schedule);
    QCOMPARE(r.effects.back().atMs, qint64(1500));
    // An edit meanwhile does not jump the backoff.
    r = machine.next(r.state, in(Kind::Heart, 1200));
    QVERIFY(!kinds(r.effects).contains(EffectKind::Send));
    r = machine.next(r.state, in(Kind::Due, 1500));
    QCOMPARE(r.state.phase, Phase::Sending);
    QCOMPARE(r.effects.back().copy.hearts(chair), quint64(1));
    // Merging is idempotent: a second failure backs off longer, the copy is never dropped.
    r = machine.next(r.state, answered(2, WriteOutcome::NotDelivered, std::nullopt, 1600));
    QCOMPARE(r.state.retryAtMs, qint64(2600));
    QVERIFY(r.state.local.isFavorite(chair));
}

void TestFavoriteMergeMachine::aRefusalWaitsForRetry()
{
    const FavoriteMergeMachine machine(laptop);
    auto r = machine.next({}, in(Kind::Toggle));
    FavoriteMergeInput refused = answered(1, WriteOutcome::Rejected, std::nullopt);
    refused.message = u"There is no item 1."_s;
    r = machine.next(r.state, refused);
    QCOMPARE(r.state.phase, Phase::Failed);
    QCOMPARE(kinds(r.effects), QList<EffectKind>({EffectKind::NotifyFailed}));
    QCOMPARE(FavoriteMergeMachine::syncStateOf(r.state, chair, 0), SyncState::Failed);
    QVERIFY(r.state.local.isFavorite(chair)); // kept on the device, not thrown away
    r = machine.next(r.state, in(Kind::Due, 99999));
    QCOMPARE(r.state.phase, Phase::Failed); // no retry by itself
    r = machine.next(r.state, in(Kind::Retry));
    QCOMPARE(r.state.phase, Phase::Sending);
}

void TestFavoriteMergeMachine::anAnswerToAnOlderSyncIsIgnored()
{
    const FavoriteMergeMachine machine(laptop);
    auto r = machine.next({}, in(Kind::Toggle));
    const FavoriteMergeState before = r.state;
    r = machine.next(r.state, answered(7, WriteOutcome::Applied));
    QCOMPARE(r.state, before);
    QVERIFY(r.effects.empty());
}

void TestFavoriteMergeMachine::anotherDevicesMergeIsFetchedBySending()
{
    const FavoriteMergeMachine machine(laptop);
    auto r = machine.next({}, in(Kind::OtherDeviceMerged));
    QCOMPARE(kinds(r.effects), QList<EffectKind>({EffectKind::Send}));
    // While ours is on the wire, the news waits for its answer, then is fetched.
    r = machine.next(r.state, in(Kind::OtherDeviceMerged));
    QVERIFY(r.effects.empty());
    r = machine.next(r.state, answered(1, WriteOutcome::Applied));
    QCOMPARE(r.effects.back().kind, EffectKind::Send);
    QCOMPARE(r.effects.back().seq, quint64(2));
    // Offline, nothing is sent.
    r = machine.next(r.state, answered(2, WriteOutcome::Applied));
    QCOMPARE(r.state.phase, Phase::InStep);
    r = machine.next(r.state, in(Kind::OtherDeviceMerged, 0, false));
    QVERIFY(r.effects.empty());
}

void TestFavoriteMergeMachine::notesFadeAndTheTimerIsAskedForAgain()
{
    FavoriteMergeTimings timings;
    timings.noteVisible = std::chrono::milliseconds(1000);
    const FavoriteMergeMachine machine(laptop, timings);
    auto r = machine.next({}, in(Kind::Toggle));
    FavoritesReplica theirs;
    theirs.setFavorite(tablet, 5, true);
    r = machine.next(r.state, answered(1, WriteOutcome::Applied, theirs, 0));
    r.state.noteUntilMs[6] = 3000; // a later note of another merge
    r.state.notes[6] = MergeNote::AddedElsewhere;
    r = machine.next(r.state, in(Kind::Due, 1000));
    QCOMPARE(r.state.notes.count(5), size_t(0));
    QCOMPARE(kinds(r.effects),
             QList<EffectKind>({EffectKind::NotifyChanged, EffectKind::Schedule}));
    QCOMPARE(r.effects.back().atMs, qint64(3000));
    QCOMPARE(FavoriteMergeMachine::syncStateOf(r.state, 5, 1000), SyncState::Confirmed);
}

void TestFavoriteMergeMachine::aResetStartsBothCopiesEmpty()
{
    const FavoriteMergeMachine machine(laptop);
    auto r = machine.next({}, in(Kind::Toggle));
    r = machine.next(r.state, in(Kind::DataReset));
    QCOMPARE(r.state.local, FavoritesReplica {});
    QCOMPARE(r.state.phase, Phase::InStep);
    // The answer to the sync sent before the reset belongs to the old data.
    r = machine.next(r.state, answered(1, WriteOutcome::Applied));
    QVERIFY(r.effects.empty());
}

QTEST_GUILESS_MAIN(TestFavoriteMergeMachine)
#include "tst_favoritemergemachine.moc"
