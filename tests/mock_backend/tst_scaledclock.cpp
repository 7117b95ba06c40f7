// Backend time (mock_backend/sim/scaledclock.*): the integral of the scale over an injected wall
// clock, frozen at 0, stepped forward to a due time.

#include "core/clock.h"
#include "mock_backend/sim/scaledclock.h"

#include <QTest>

using namespace mock;

class TestScaledClock : public QObject
{
    Q_OBJECT

private slots:
    void runsWithTheWallAtOne();
    void integratesAcrossScaleChanges_data();
    void integratesAcrossScaleChanges();
    void frozenStandsStillUntilStepped();
    void stepNeverGoesBack();
    void wallMsUntilReachesTheDueTimeExactly_data();
    void wallMsUntilReachesTheDueTimeExactly();
    void invalidScalesChangeNothing_data();
    void invalidScalesChangeNothing();
};

void TestScaledClock::runsWithTheWallAtOne()
{
    ManualClock wall(5000);
    ScaledClock clock(wall);
    QCOMPARE(clock.nowMs(), 0);
    wall.advance(1234);
    QCOMPARE(clock.nowMs(), 1234);
    QCOMPARE(clock.scale(), 1.0);
}

void TestScaledClock::integratesAcrossScaleChanges_data()
{
    QTest::addColumn<QList<double>>("scales");
    QTest::addColumn<QList<qint64>>("wallSteps");
    QTest::addColumn<qint64>("backendMs");
    // Each scale holds for the wall milliseconds beside it.
    QTest::newRow("half") << QList<double> {0.5} << QList<qint64> {800} << qint64(400);
    QTest::newRow("1 then 0.25") << QList<double> {1, 0.25} << QList<qint64> {100, 400}
                                 << qint64(200);
    QTest::newRow("0.1, frozen, 1")
        << QList<double> {0.1, 0, 1} << QList<qint64> {1000, 5000, 7} << qint64(107);
    QTest::newRow("fast") << QList<double> {4} << QList<qint64> {250} << qint64(1000);
    // Fractions of a millisecond are kept while the scale holds.
    QTest::newRow("0.3 in small steps")
        << QList<double> {0.3, 0.3, 0.3} << QList<qint64> {1, 1, 8} << qint64(3);
}

void TestScaledClock::integratesAcrossScaleChanges()
{
    QFETCH(QList<double>, scales);
    QFETCH(QList<qint64>, wallSteps);
    QFETCH(qint64, backendMs);
    ManualClock wall;
    ScaledClock clock(wall);
    for (qsizetype i = 0; i < scales.size(); ++i) {
        QVERIFY(clock.setScale(scales.at(i)));
        wall.advance(wallSteps.at(i));
    }
    QCOMPARE(clock.nowMs(), backendMs);
}

void TestScaledClock::frozenStandsStillUntilStepped()
{
    ManualClock wall;
    ScaledClock clock(wall);
    wall.advance(300);
    const quint64 before = clock.revision();
    QVERIFY(clock.setScale(0));
    QVERIFY(clock.isFrozen());
    QVERIFY(clock.revision() > before);
    wall.advance(100000);
    QCOMPARE(clock.nowMs(), 300);
    QCOMPARE(clock.wallMsUntil(700), std::nullopt);
    QCOMPARE(clock.wallMsUntil(300), 0);
    clock.stepTo(700);
    QCOMPARE(clock.nowMs(), 700);
    wall.advance(100000);
    QCOMPARE(clock.nowMs(), 700);
    QVERIFY(clock.setScale(1));
    wall.advance(5);
    QCOMPARE(clock.nowMs(), 705);
}

void TestScaledClock::stepNeverGoesBack()
{
    ManualClock wall;
    ScaledClock clock(wall);
    wall.advance(500);
    clock.stepTo(200);
    QCOMPARE(clock.nowMs(), 500);
    // A step while running jumps ahead and keeps running from there.
    clock.stepTo(900);
    wall.advance(10);
    QCOMPARE(clock.nowMs(), 910);
}

void TestScaledClock::wallMsUntilReachesTheDueTimeExactly_data()
{
    QTest::addColumn<double>("scale");
    QTest::addColumn<qint64>("wallBefore");
    QTest::addColumn<qint64>("dueMs");
    QTest::addColumn<qint64>("wallMs");
    QTest::newRow("1") << 1.0 << qint64(0) << qint64(400) << qint64(400);
    QTest::newRow("0.5") << 0.5 << qint64(0) << qint64(400) << qint64(800);
    QTest::newRow("0.25") << 0.25 << qint64(0) << qint64(400) << qint64(1600);
    QTest::newRow("0.1") << 0.1 << qint64(0) << qint64(1) << qint64(10);
    QTest::newRow("0.3, rounded up") << 0.3 << qint64(0) << qint64(1) << qint64(4);
    QTest::newRow("0.3 part way") << 0.3 << qint64(2) << qint64(1) << qint64(2);
    QTest::newRow("4") << 4.0 << qint64(0) << qint64(400) << qint64(100);
}

void TestScaledClock::wallMsUntilReachesTheDueTimeExactly()
{
    QFETCH(double, scale);
    QFETCH(qint64, wallBefore);
    QFETCH(qint64, dueMs);
    QFETCH(qint64, wallMs);
    ManualClock wall;
    ScaledClock clock(wall);
    QVERIFY(clock.setScale(scale));
    wall.advance(wallBefore);
    QCOMPARE(clock.wallMsUntil(dueMs), wallMs);
    wall.advance(wallMs - 1);
    QVERIFY(clock.nowMs() < dueMs);
    wall.advance(1);
    QCOMPARE(clock.nowMs(), dueMs);
    QCOMPARE(clock.wallMsUntil(dueMs), 0);
}

void TestScaledClock::invalidScalesChangeNothing_data()
{
    QTest::addColumn<double>("scale");
    QTest::newRow("negative") << -0.5;
    QTest::newRow("above the maximum") << 4.5;
    QTest::newRow("not a number") << std::nan("");
    QTest::newRow("infinite") << HUGE_VAL;
    QTest::newRow("below a millionth") << 1e-9;
}

void TestScaledClock::invalidScalesChangeNothing()
{
    QFETCH(double, scale);
    ManualClock wall;
    ScaledClock clock(wall);
    QVERIFY(clock.setScale(0.5));
    QVERIFY(!ScaledClock::isValidScale(scale));
    QVERIFY(!clock.setScale(scale));
    QCOMPARE(clock.scale(), 0.5);
}

QTEST_GUILESS_MAIN(TestScaledClock)
#include "tst_scaledclock.moc"
