#include "core/clock.h"
#include "models/client/dto.h"
#include "models/session/replicalagseries.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

class ReplicaLagSeriesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsSeriesPerReplica()
    {
        ManualClock clock;
        ReplicaLagSeries series(nullptr, &clock);
        QSignalSpy changed(&series, &ReplicaLagSeries::samplesChanged);
        Health health;
        health.replicas = {{1, 10, 100, false}, {2, 8, 900, false}};
        series.addHealth(health);
        clock.advance(1000);
        health.replicas = {{1, 12, 300, false}, {2, 8, 1900, true}};
        series.addHealth(health);

        QCOMPARE(changed.count(), 2);
        QCOMPARE(series.replicaIds(), (QList<int> {1, 2}));
        QCOMPARE(series.samples(2).size(), std::size_t(2));
        QCOMPARE(series.samples(2).back().atMs, 1000);
        QVERIFY(series.samples(2).back().paused);
        QCOMPARE(series.latestLagMs(1), 300);
        QCOMPARE(series.latestLagMs(3), -1);
        QVERIFY(series.samples(3).empty());
    }

    void percentilesOverTheWindow()
    {
        ManualClock clock;
        ReplicaLagSeries series(nullptr, &clock);
        series.setWindowMs(10000);
        // 1..20 s of lag, one sample a second; only the last 10 s (11 samples) stay.
        for (int i = 1; i <= 20; ++i) {
            series.addSample(1, i * 100);
            clock.advance(1000);
        }
        QCOMPARE(series.samples(1).size(), std::size_t(11));
        QCOMPARE(series.samples(1).front().lagMs, 1000);
        QCOMPARE(series.percentileMs(1, 50), 1500);
        QCOMPARE(series.percentileMs(1, 95), 2000);
        QCOMPARE(series.percentileMs(2, 50), -1);
    }

    void alarmWhenCrossedAndCleared()
    {
        ManualClock clock;
        ReplicaLagSeries series(nullptr, &clock);
        QCOMPARE(series.thresholdMs(), 5000);
        QSignalSpy alarm(&series, &ReplicaLagSeries::alarmChanged);

        series.addSample(1, 4000);
        series.addSample(2, 5000); // at the line is not over it
        QCOMPARE(alarm.count(), 0);
        QVERIFY(!series.isAlarmActive());

        clock.advance(1000);
        series.addSample(2, 7300);
        QVERIFY(series.isAlarmActive());
        QCOMPARE(alarm.count(), 1);
        QCOMPARE(alarm.last().at(0).toBool(), true);
        QCOMPARE(alarm.last().at(1).toString(), u"Replica 2 is 7.3 s behind (alarm at 5.0 s)"_s);

        // Raising the threshold above the lag clears it.
        series.setThresholdMs(8000);
        QVERIFY(!series.isAlarmActive());
        QCOMPARE(alarm.last().at(0).toBool(), false);
        QVERIFY(alarm.last().at(1).toString().isEmpty());

        series.setThresholdMs(5000);
        QVERIFY(series.isAlarmActive());
        clock.advance(1000);
        series.addSample(2, 200);
        QVERIFY(!series.isAlarmActive());
        QCOMPARE(alarm.last().at(0).toBool(), false);
    }

    void pollsHealthWhileRunning()
    {
        // Without a client there is nothing to poll; start() must not pretend otherwise.
        ManualClock clock;
        ReplicaLagSeries series(nullptr, &clock);
        series.start();
        QVERIFY(!series.isRunning());
    }
};

QTEST_GUILESS_MAIN(ReplicaLagSeriesTest)
#include "tst_replicalagseries.moc"
