#include "core/clock.h"
#include "tests/widgets/manualtime.h"
#include "widgets/kitscheduler.h"
#include "widgets/kittimer.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestKitScheduler : public QObject
{
    Q_OBJECT

private slots:
    void singleShotFiresOnceWhenDue_data();
    void singleShotFiresOnceWhenDue();
    void dueTimersFireInDeadlineOrder();
    void chainedTimersRunOnTheirOwnTime();
    void repeatingTimerSkipsMissedTicks_data();
    void repeatingTimerSkipsMissedTicks();
    void remainingTimeFollowsTheClock();
    void stopAndRestart();
    void timerMayDeleteItselfWhileFiring();
    void movingToAnotherSchedulerStartsOver();
    void steadySchedulerWakesItself();
};

void TestKitScheduler::singleShotFiresOnceWhenDue_data()
{
    QTest::addColumn<int>("intervalMs");
    QTest::addColumn<int>("advanceMs");
    QTest::addColumn<int>("fired");
    QTest::newRow("not yet") << 100 << 99 << 0;
    QTest::newRow("exactly due") << 100 << 100 << 1;
    QTest::newRow("long after, still once") << 100 << 100000 << 1;
    QTest::newRow("zero interval, next call") << 0 << 0 << 1;
}

void TestKitScheduler::singleShotFiresOnceWhenDue()
{
    QFETCH(int, intervalMs);
    QFETCH(int, advanceMs);
    QFETCH(int, fired);
    ManualTime time;
    KitTimer timer;
    timer.setScheduler(&time.scheduler);
    timer.setSingleShot(true);
    QSignalSpy timeouts(&timer, &KitTimer::timeout);
    timer.start(std::chrono::milliseconds(intervalMs));
    time.advance(std::chrono::milliseconds(advanceMs));
    QCOMPARE(timeouts.size(), fired);
    QCOMPARE(timer.isActive(), fired == 0);
    time.advance(1h);
    QCOMPARE(timeouts.size(), 1);
    QCOMPARE(time.scheduler.activeTimerCount(), 0);
}

void TestKitScheduler::dueTimersFireInDeadlineOrder()
{
    ManualTime time;
    QStringList order;
    KitTimer late, early, tieFirst, tieSecond;
    const struct
    {
        KitTimer *timer;
        const char *name;
        std::chrono::milliseconds interval;
    } timers[] = {{&late, "late", 300ms},
                  {&early, "early", 100ms},
                  {&tieFirst, "tie 1", 200ms},
                  {&tieSecond, "tie 2", 200ms}};
    for (const auto &t : timers) {
        t.timer->setScheduler(&time.scheduler);
        t.timer->setSingleShot(true);
        connect(t.timer, &KitTimer::timeout, this,
                [&order, name = t.name] { order.append(QString::fromLatin1(name)); });
        t.timer->start(t.interval);
    }
    QCOMPARE(time.scheduler.nextDeadlineMs(), qint64(100));
    time.advance(1s);
    QCOMPARE(order, QStringList({u"early"_s, u"tie 1"_s, u"tie 2"_s, u"late"_s}));
    QCOMPARE(time.scheduler.nextDeadlineMs(), qint64(-1));
}

void TestKitScheduler::chainedTimersRunOnTheirOwnTime()
{
    // A 1 s delay that starts another 1 s delay: advancing 2.5 s runs both, and the second one
    // sees the time it was due at, not the clock's 2.5 s.
    ManualTime time;
    KitTimer first, second;
    first.setScheduler(&time.scheduler);
    second.setScheduler(&time.scheduler);
    first.setSingleShot(true);
    second.setSingleShot(true);
    QList<qint64> firedAt;
    connect(&first, &KitTimer::timeout, this, [&] {
        firedAt.append(time.scheduler.nowMs());
        second.start(1s);
    });
    connect(&second, &KitTimer::timeout, this, [&] { firedAt.append(time.scheduler.nowMs()); });
    first.start(1s);
    time.advance(2500ms);
    QCOMPARE(firedAt, QList<qint64>({1000, 2000}));
    QCOMPARE(time.scheduler.nowMs(), qint64(2500));
}

void TestKitScheduler::repeatingTimerSkipsMissedTicks_data()
{
    QTest::addColumn<QList<int>>("steps");
    QTest::addColumn<QList<qint64>>("firedAt");
    QTest::newRow("every tick") << QList<int>({40, 40, 40}) << QList<qint64>({40, 80, 120});
    QTest::newRow("between ticks") << QList<int>({30, 30, 30}) << QList<qint64>({40, 80});
    QTest::newRow("a long jump fires once, on the last tick")
        << QList<int>({1000, 40}) << QList<qint64>({1000, 1040});
    QTest::newRow("jump off the beat") << QList<int>({130, 30}) << QList<qint64>({120, 160});
}

void TestKitScheduler::repeatingTimerSkipsMissedTicks()
{
    QFETCH(QList<int>, steps);
    QFETCH(QList<qint64>, firedAt);
    ManualTime time;
    KitTimer timer;
    timer.setScheduler(&time.scheduler);
    QList<qint64> fired;
    connect(&timer, &KitTimer::timeout, this, [&] { fired.append(time.scheduler.nowMs()); });
    timer.start(40ms);
    for (int step : steps)
        time.advance(std::chrono::milliseconds(step));
    QCOMPARE(fired, firedAt);
    QVERIFY(timer.isActive());
}

void TestKitScheduler::remainingTimeFollowsTheClock()
{
    ManualTime time;
    KitTimer timer;
    timer.setScheduler(&time.scheduler);
    timer.setSingleShot(true);
    QCOMPARE(timer.remainingTime(), 0ms);
    timer.start(5s);
    QCOMPARE(timer.remainingTime(), 5000ms);
    time.clock.advance(1200); // moved, not yet told: nothing fires, but the time left is true
    QCOMPARE(timer.remainingTime(), 3800ms);
    time.advance(3800ms);
    QVERIFY(!timer.isActive());
    QCOMPARE(timer.remainingTime(), 0ms);
}

void TestKitScheduler::stopAndRestart()
{
    ManualTime time;
    KitTimer timer;
    timer.setScheduler(&time.scheduler);
    timer.setSingleShot(true);
    QSignalSpy timeouts(&timer, &KitTimer::timeout);
    timer.start(100ms);
    time.advance(50ms);
    timer.stop();
    time.advance(1s);
    QCOMPARE(timeouts.size(), 0);
    timer.start(); // the interval again, from now
    time.advance(99ms);
    QCOMPARE(timeouts.size(), 0);
    time.advance(1ms);
    QCOMPARE(timeouts.size(), 1);
}

void TestKitScheduler::timerMayDeleteItselfWhileFiring()
{
    ManualTime time;
    auto *doomed = new KitTimer;
    KitTimer after;
    for (KitTimer *t : {doomed, &after}) {
        t->setScheduler(&time.scheduler);
        t->setSingleShot(true);
    }
    int afterFired = 0;
    connect(doomed, &KitTimer::timeout, this, [doomed] { delete doomed; });
    connect(&after, &KitTimer::timeout, this, [&afterFired] { ++afterFired; });
    doomed->start(10ms);
    after.start(20ms);
    time.advance(1s);
    QCOMPARE(afterFired, 1);
    QCOMPARE(time.scheduler.activeTimerCount(), 0);
}

void TestKitScheduler::movingToAnotherSchedulerStartsOver()
{
    ManualTime first, second;
    second.clock.setNow(5000);
    KitTimer timer;
    timer.setScheduler(&first.scheduler);
    timer.setSingleShot(true);
    QSignalSpy timeouts(&timer, &KitTimer::timeout);
    timer.start(100ms);
    timer.setScheduler(&second.scheduler);
    QCOMPARE(first.scheduler.activeTimerCount(), 0);
    first.advance(1s);
    QCOMPARE(timeouts.size(), 0);
    QCOMPARE(second.scheduler.nextDeadlineMs(), qint64(5100));
    second.advance(100ms);
    QCOMPARE(timeouts.size(), 1);
}

void TestKitScheduler::steadySchedulerWakesItself()
{
    // The production path: a real clock and a real QTimer; this one waits for real time.
    KitTimer timer;
    QCOMPARE(timer.scheduler(), KitScheduler::steady());
    timer.setSingleShot(true);
    QSignalSpy timeouts(&timer, &KitTimer::timeout);
    timer.start(1ms);
    QVERIFY(timeouts.wait(5000));
    QCOMPARE(timeouts.size(), 1);
}

QTEST_MAIN(TestKitScheduler)
#include "tst_kitscheduler.moc"
