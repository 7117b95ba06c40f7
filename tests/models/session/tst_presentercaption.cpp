// PresenterCaption: the caption a room reads follows the person's last action through its story,
// in plain words, and ignores every other story.

#include "models/session/presentercaption.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Kind = TimelineEvent::Kind;

namespace {

TimelineEvent step(Kind kind, const QString &node = {}, const QString &correlationId = u"c-1"_s)
{
    TimelineEvent event;
    event.kind = kind;
    event.node = node;
    event.correlationId = correlationId;
    event.screen = u"profile"_s;
    if (kind == Kind::UserAction)
        event.text = u"Uploaded a new photo"_s;
    if (kind == Kind::ResponseReceived)
        event.writeLsn = 7;
    return event;
}

} // namespace

Q_DECLARE_METATYPE(QList<TimelineEvent>)

class TestPresenterCaption : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(u"en_US"_s)); }
    void followsTheStory_data();
    void followsTheStory();
    void aNewActionStartsAFreshStory();
    void otherStoriesAndTheControlRoomAreIgnored();
};

void TestPresenterCaption::followsTheStory_data()
{
    QTest::addColumn<QList<TimelineEvent>>("events");
    QTest::addColumn<QString>("caption");

    const TimelineEvent acted = step(Kind::UserAction);
    const TimelineEvent accepted = step(Kind::WriteAccepted, u"primary"_s);
    QTest::newRow("just acted") << QList {acted} << u"Your change is on its way to the server."_s;
    QTest::newRow("request out") << QList {acted, step(Kind::RequestSent)}
                                 << u"Your change is on its way to the server."_s;
    QTest::newRow("not delivered")
        << QList {acted, step(Kind::RequestFailed)}
        << u"Your change hasn't reached the server yet; the app tries again."_s;
    QTest::newRow("on the primary, no replica has it")
        << QList {acted, accepted}
        << u"Your change is on the primary. Replicas 1 and 2 haven't seen it yet."_s;
    QTest::newRow("known from the answer")
        << QList {acted, step(Kind::ResponseReceived)}
        << u"Your change is on the primary. Replicas 1 and 2 haven't seen it yet."_s;
    QTest::newRow("one replica has it")
        << QList {acted, accepted, step(Kind::ReplicaApplied, u"replica-1"_s)}
        << u"Your change is on the primary. Replica 2 hasn't seen it yet."_s;
    QTest::newRow("a stale read while replica 2 lags")
        << QList {acted, accepted, step(Kind::ReplicaApplied, u"replica-1"_s),
                  step(Kind::Stale, u"replica-2"_s)}
        << u"Your change is on the primary. Replica 2 hasn't seen it yet. The page read an "
           "older copy from replica 2, so it still shows what was there before."_s;
    QTest::newRow("every replica has it, confirmed")
        << QList {acted,
                  accepted,
                  step(Kind::ReplicaApplied, u"replica-1"_s),
                  step(Kind::Stale, u"replica-2"_s),
                  step(Kind::ReplicaApplied, u"replica-2"_s),
                  step(Kind::Confirmed)}
        << u"Confirmed: what you see is what the server holds. Every replica has it now."_s;
    QTest::newRow("confirmed, then a reload read an older copy")
        << QList {acted, accepted, step(Kind::Confirmed), step(Kind::Stale, u"replica-1"_s)}
        << u"Your change is on the primary. Replicas 1 and 2 haven't seen it yet. The page read "
           "an older copy from replica 1, so it still shows what was there before."_s;
    QTest::newRow("a reload, no write, read an older copy")
        << QList {acted, step(Kind::Stale, u"replica-2"_s)}
        << u"The page read an older copy from replica 2, so it still shows what was there "
           "before."_s;
    QTest::newRow("answer lost")
        << QList {acted, step(Kind::OutcomeUnknown)}
        << u"The answer got lost on the way, so the app is checking whether your change arrived."_s;
    QTest::newRow("refused") << QList {acted, accepted, step(Kind::Failed)}
                             << u"It didn't go through: the server refused it, and the screen "
                                "says so."_s;
    QTest::newRow("rolled back") << QList {acted, step(Kind::RolledBack)}
                                 << u"It didn't go through, so the screen took it back."_s;
    QTest::newRow("conflict")
        << QList {acted, step(Kind::Conflict)}
        << u"Someone else changed it meanwhile, so you decide which version stays."_s;
    QTest::newRow("toasts say nothing new")
        << QList {acted, accepted, step(Kind::ToastShown), step(Kind::Announcement)}
        << u"Your change is on the primary. Replicas 1 and 2 haven't seen it yet."_s;
}

void TestPresenterCaption::followsTheStory()
{
    QFETCH(QList<TimelineEvent>, events);
    QFETCH(QString, caption);
    PresenterCaption presenter;
    presenter.setReplicaCount(2);
    for (const TimelineEvent &event : events)
        presenter.take(event);
    QCOMPARE(presenter.action(), u"Uploaded a new photo"_s);
    QCOMPARE(presenter.text(), caption);
}

void TestPresenterCaption::aNewActionStartsAFreshStory()
{
    PresenterCaption presenter;
    presenter.setReplicaCount(1);
    QSignalSpy changed(&presenter, &PresenterCaption::changed);
    presenter.take(step(Kind::UserAction));
    presenter.take(step(Kind::WriteAccepted));
    presenter.take(step(Kind::ReplicaApplied, u"replica-1"_s));
    QCOMPARE(presenter.text(), u"Your change is on the primary. Every replica has it now."_s);
    TimelineEvent next = step(Kind::UserAction, {}, u"c-2"_s);
    next.text = u"Sent €20.00 to Alex Morgan"_s;
    presenter.take(next);
    QCOMPARE(presenter.action(), u"Sent €20.00 to Alex Morgan"_s);
    QCOMPARE(presenter.text(), u"Your change is on its way to the server."_s);
    // The first story's late steps no longer move the caption.
    const int before = static_cast<int>(changed.size());
    presenter.take(step(Kind::Confirmed));
    QCOMPARE(presenter.text(), u"Your change is on its way to the server."_s);
    QCOMPARE(changed.size(), before);
}

void TestPresenterCaption::otherStoriesAndTheControlRoomAreIgnored()
{
    PresenterCaption presenter;
    presenter.take(step(Kind::UserAction));
    TimelineEvent facilitator = step(Kind::UserAction, {}, u"c-9"_s);
    facilitator.screen = u"control-room"_s;
    facilitator.text = u"Preset: slow replicas"_s;
    presenter.take(facilitator);
    presenter.take(step(Kind::Failed, {}, u"c-9"_s));
    QCOMPARE(presenter.action(), u"Uploaded a new photo"_s);
    QCOMPARE(presenter.text(), u"Your change is on its way to the server."_s);
}

QTEST_GUILESS_MAIN(TestPresenterCaption)
#include "tst_presentercaption.moc"
