// The contact-details machine, cell by cell: phase and input in, phase, the save in hand and the
// effects out. No server, no Qt objects but the test's.

#include "models/details/detailsmachine.h"

#include <QTest>

#include <algorithm>

using namespace DetailsMachine;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(DetailsMachine::State)
Q_DECLARE_METATYPE(DetailsMachine::Input)
Q_DECLARE_METATYPE(std::vector<DetailsMachine::Effect>)

namespace {

Details version(qint64 v, const QString &by = {}, const QString &name = u"Alex Morgan"_s)
{
    return {name, u"alex@example.com"_s, v, by, v * 1000};
}

State idleAt(qint64 v, Pattern pattern = Pattern::AskOnConflict)
{
    State s;
    s.pattern = pattern;
    s.server = version(v);
    return s;
}

// A save of "Alex M." sent against version base.
State saving(qint64 base, Phase phase = Phase::Saving, Pattern pattern = Pattern::AskOnConflict)
{
    State s = idleAt(base, pattern);
    s.phase = phase;
    s.draftName = u"Alex M."_s;
    s.draftEmail = u"alex@example.com"_s;
    s.basedOn = base;
    s.conditional = pattern == Pattern::AskOnConflict;
    s.key = u"k-1"_s;
    s.resends = phase == Phase::Checking ? 1 : 0;
    return s;
}

State inConflict(qint64 base, qint64 theirs)
{
    State s = saving(base);
    s.phase = Phase::Conflict;
    s.key.clear();
    s.theirs = version(theirs, u"other-device"_s, u"Sam Morgan"_s);
    s.server = s.theirs;
    return s;
}

Effect notify(Notice n)
{
    return Effect::notify(n);
}

} // namespace

class TestDetailsMachine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transitions_data();
    void transitions();
    void editedFromAnOlderVersionIsSentAgainstIt();
    void resendKeepsTheKeyAndBacksOff();
    void aDecisionIsANewWriteAgainstTheCurrentVersion();
    void wordsFollowThePhase();
};

void TestDetailsMachine::transitions_data()
{
    QTest::addColumn<State>("state");
    QTest::addColumn<Input>("input");
    QTest::addColumn<State>("expected");
    QTest::addColumn<std::vector<Effect>>("effects");

    auto add = [](const char *name, const State &from, const Input &in, const State &to,
                  std::vector<Effect> effects) {
        QTest::newRow(name) << from << in << to << effects;
    };

    {
        State to = saving(3);
        add("ask: save sends against the version shown", idleAt(3),
            Input::save(u"Alex M."_s, u"alex@example.com"_s, u"k-1"_s), to, {Effect::send()});
    }
    {
        State to = saving(3, Phase::Saving, Pattern::LastWriteWins);
        add("last write wins: save sends without a version", idleAt(3, Pattern::LastWriteWins),
            Input::save(u"Alex M."_s, u"alex@example.com"_s, u"k-1"_s), to, {Effect::send()});
    }
    add("a second save while one is on its way is not sent", saving(3),
        Input::save(u"Other"_s, u"o@example.com"_s, u"k-2"_s), saving(3), {});
    {
        State to = idleAt(4);
        to.server = version(4, u"me"_s, u"Alex M."_s);
        add("applied: the saved version is shown", saving(3),
            Input::answer(WriteOutcome::Applied, version(4, u"me"_s, u"Alex M."_s)), to,
            {notify(Notice::Saved)});
    }
    {
        State to = idleAt(6, Pattern::LastWriteWins);
        to.server = version(6, u"me"_s, u"Alex M."_s);
        to.overwritten = 2;
        add("last write wins: versions 4 and 5 were replaced unseen",
            saving(3, Phase::Saving, Pattern::LastWriteWins),
            Input::answer(WriteOutcome::Applied, version(6, u"me"_s, u"Alex M."_s)), to,
            {notify(Notice::Saved), notify(Notice::Overwrote)});
    }
    {
        State to = inConflict(3, 5);
        add("412: both versions go to the person", saving(3),
            Input::answer(WriteOutcome::Conflict, version(5, u"other-device"_s, u"Sam Morgan"_s)),
            to, {notify(Notice::Conflict), Effect::ask()});
    }
    {
        State to = inConflict(3, 5);
        to.theirs = {};
        to.server = version(3);
        add("412 without a readable record: read it first", saving(3),
            Input::answer(WriteOutcome::Conflict, {}), to,
            {notify(Notice::Conflict), Effect::fetch()});
    }
    {
        State to = inConflict(3, 5);
        to.theirs = {};
        to.server = version(3);
        State after = inConflict(3, 5);
        add("the record read after a bare 412 is shown to the person", to,
            Input::loaded(version(5, u"other-device"_s, u"Sam Morgan"_s), true), after,
            {Effect::ask()});
    }
    {
        State to = saving(3);
        to.phase = Phase::Refused;
        to.key.clear();
        to.detail = u"That is not an e-mail address."_s;
        add("refused: the form keeps the values", saving(3),
            Input::answer(WriteOutcome::Rejected, {}, u"That is not an e-mail address."_s), to,
            {notify(Notice::Refused)});
        add("revert after a refusal shows the server's version", to, Input::revert(), idleAt(3),
            {});
    }
    {
        State to = saving(3, Phase::Checking);
        add("lost answer: checking, sent again later", saving(3),
            Input::answer(WriteOutcome::Unknown, {}), to,
            {notify(Notice::Checking), Effect::schedule(500)});
    }
    add("timer while checking: the same save again", saving(3, Phase::Checking), Input::timerDue(),
        saving(3, Phase::Checking), {Effect::send()});
    add("timer with nothing in flight does nothing", idleAt(3), Input::timerDue(), idleAt(3), {});
    add("an answer with nothing in flight is ignored", idleAt(3),
        Input::answer(WriteOutcome::Applied, version(9)), idleAt(3), {});
    add("an older version (a lagging replica) never replaces a newer one", idleAt(5),
        Input::loaded(version(4, u"other-device"_s), true), idleAt(5), {});
    {
        State to = idleAt(6);
        to.server = version(6, u"other-device"_s);
        add("a newer version from elsewhere is said", idleAt(5),
            Input::loaded(version(6, u"other-device"_s), true), to,
            {notify(Notice::ChangedElsewhere)});
    }
    {
        State to = idleAt(6);
        to.server = version(6, u"me"_s);
        add("a newer version of our own is not news", idleAt(5),
            Input::loaded(version(6, u"me"_s), false), to, {});
    }
    {
        State from;
        State to;
        to.server = version(1);
        add("the first read is not news", from, Input::loaded(version(1), true), to, {});
    }
    {
        State to = inConflict(3, 6);
        to.theirs = version(6, u"other-device"_s, u"Sam Morgan"_s);
        to.server = to.theirs;
        add("a still newer version during a conflict is shown to the person", inConflict(3, 5),
            Input::loaded(version(6, u"other-device"_s, u"Sam Morgan"_s), true), to,
            {Effect::ask()});
    }
    {
        State to = idleAt(5);
        to.server = version(5, u"other-device"_s, u"Sam Morgan"_s);
        add("take theirs: nothing is written", inConflict(3, 5), Input::takeTheirs(), to,
            {notify(Notice::TookTheirs)});
    }
    add("a save from the form during a conflict waits for the decision", inConflict(3, 5),
        Input::save(u"X"_s, u"x@example.com"_s, u"k-9"_s), inConflict(3, 5), {});
    add("take theirs without a conflict does nothing", saving(3), Input::takeTheirs(), saving(3),
        {});
    {
        State from = inConflict(3, 5);
        from.pattern = Pattern::LastWriteWins;
        State to;
        to.pattern = Pattern::LastWriteWins;
        add("a data reset forgets versions that no longer exist, keeps the pattern", from,
            Input::dataReset(), to, {Effect::fetch()});
    }
    add("an event from another client reads the primary", idleAt(3), Input::changedElsewhere(),
        idleAt(3), {Effect::fetch()});
}

void TestDetailsMachine::transitions()
{
    QFETCH(State, state);
    QFETCH(Input, input);
    QFETCH(State, expected);
    QFETCH(std::vector<Effect>, effects);

    const Step step = next(Settings {}, state, input);
    QCOMPARE(step.state.phase, expected.phase);
    QCOMPARE(step.state.server, expected.server);
    QCOMPARE(step.state.theirs, expected.theirs);
    QCOMPARE(step.state.draftName, expected.draftName);
    QCOMPARE(step.state.basedOn, expected.basedOn);
    QCOMPARE(step.state.conditional, expected.conditional);
    QCOMPARE(step.state.key, expected.key);
    QCOMPARE(step.state.detail, expected.detail);
    QCOMPARE(step.state.overwritten, expected.overwritten);
    QVERIFY(step.state == expected);
    QVERIFY(step.effects == effects);
}

// The person began typing at version 3; version 4 from another device arrives while they type.
// Their save must be based on 3, so the server can tell them about 4 instead of erasing it.
void TestDetailsMachine::editedFromAnOlderVersionIsSentAgainstIt()
{
    State s = idleAt(3);
    s = next({}, s, Input::edit()).state;
    s = next({}, s, Input::loaded(version(4, u"other-device"_s), true)).state;
    QCOMPARE(s.server.version, 4LL);
    const Step sent = next({}, s, Input::save(u"Alex M."_s, u"a@example.com"_s, u"k-1"_s));
    QCOMPARE(sent.state.basedOn, 3LL);
    QVERIFY(sent.state.conditional);
    QVERIFY(sent.effects == std::vector<Effect> {Effect::send()});
}

void TestDetailsMachine::resendKeepsTheKeyAndBacksOff()
{
    State s = saving(3);
    QList<qint64> pauses;
    for (int i = 0; i < 4; ++i) {
        const Step lost = next({}, s, Input::answer(WriteOutcome::Unknown, {}));
        QCOMPARE(lost.state.key, u"k-1"_s);
        const int checkingNotices =
            int(std::count(lost.effects.begin(), lost.effects.end(), notify(Notice::Checking)));
        QCOMPARE(checkingNotices, i == 0 ? 1 : 0); // said once, not at every resend
        pauses << lost.effects.back().delayMs;
        s = next({}, lost.state, Input::timerDue()).state;
    }
    QCOMPARE(pauses, (QList<qint64> {500, 1000, 2000, 4000}));
}

void TestDetailsMachine::aDecisionIsANewWriteAgainstTheCurrentVersion()
{
    const Step keep = next({}, inConflict(3, 5), Input::keepMine(u"k-2"_s));
    QCOMPARE(keep.state.phase, Phase::Saving);
    QCOMPARE(keep.state.basedOn, 5LL);
    QVERIFY(keep.state.conditional);
    QCOMPARE(keep.state.key, u"k-2"_s);
    QCOMPARE(keep.state.draftName, u"Alex M."_s);
    QVERIFY(keep.effects == std::vector<Effect> {Effect::send()});

    const Step merged = next({}, inConflict(3, 5),
                             Input::saveMerged(u"Sam Morgan"_s, u"alex@example.com"_s, u"k-3"_s));
    QCOMPARE(merged.state.basedOn, 5LL);
    QCOMPARE(merged.state.key, u"k-3"_s);
    QCOMPARE(merged.state.draftName, u"Sam Morgan"_s);
    QVERIFY(merged.state.theirs == Details {});

    // Even under "last write wins" the person's decision does not overwrite a yet newer version.
    State lww = inConflict(3, 5);
    lww.pattern = Pattern::LastWriteWins;
    QVERIFY(next({}, lww, Input::keepMine(u"k-4"_s)).state.conditional);
}

void TestDetailsMachine::wordsFollowThePhase()
{
    QCOMPARE(syncState(Phase::Idle), SyncState::Confirmed);
    QCOMPARE(syncState(Phase::Saving), SyncState::Pending);
    QCOMPARE(syncState(Phase::Checking), SyncState::Unknown);
    QCOMPARE(syncState(Phase::Conflict), SyncState::Conflict);
    QCOMPARE(syncState(Phase::Refused), SyncState::Failed);
    QCOMPARE(shownName(saving(3)), u"Alex M."_s); // optimistic while saving
    QCOMPARE(shownName(idleAt(3)), u"Alex Morgan"_s);
}

QTEST_GUILESS_MAIN(TestDetailsMachine)
#include "tst_detailsmachine.moc"
