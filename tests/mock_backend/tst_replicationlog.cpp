// The primary's log, numbered by the simulation (1, 2, 3…) or by a real store's WAL positions
// (with gaps): finding an entry, the last one a replica has replayed, and the oldest it has not.

#include "mock_backend/sim/replicationlog.h"

#include <QTest>

using namespace mock;

namespace {

LogEntry at(qint64 lsn, qint64 atMs)
{
    LogEntry e;
    e.lsn = lsn;
    e.kind = QStringLiteral("item");
    e.atMs = atMs;
    return e;
}

// Three writes committed at WAL positions 1000, 1480 and 9000, after a reset at 900.
ReplicationLog walLog()
{
    ReplicationLog log;
    log.clear(900);
    log.appendCommitted(at(1000, 10));
    log.appendCommitted(at(1480, 20));
    log.appendCommitted(at(9000, 30));
    return log;
}

} // namespace

class TestReplicationLog : public QObject
{
    Q_OBJECT

private slots:
    void simulationNumbersWithoutGaps()
    {
        ReplicationLog log;
        QCOMPARE(log.lastLsn(), 0);
        QCOMPARE(log.append(at(0, 5)), 1);
        QCOMPARE(log.append(at(0, 6)), 2);
        QCOMPARE(log.entry(2).atMs, 6);
        log.clear();
        QCOMPARE(log.lastLsn(), 0);
        QCOMPARE(log.append(at(0, 7)), 1);
    }

    void replayedPositions_data()
    {
        QTest::addColumn<qint64>("replayed");
        QTest::addColumn<qint64>("lastApplied"); // -1: none
        QTest::addColumn<qint64>("oldestMissing"); // -1: none
        QTest::newRow("before every write") << qint64(950) << qint64(-1) << qint64(1000);
        QTest::newRow("exactly the first") << qint64(1000) << qint64(1000) << qint64(1480);
        QTest::newRow("between the second and third")
            << qint64(1600) << qint64(1480) << qint64(9000);
        QTest::newRow("past the last") << qint64(12000) << qint64(9000) << qint64(-1);
    }
    void replayedPositions()
    {
        QFETCH(qint64, replayed);
        QFETCH(qint64, lastApplied);
        QFETCH(qint64, oldestMissing);
        const ReplicationLog log = walLog();
        const LogEntry *applied = log.lastUpTo(replayed);
        QCOMPARE(applied ? applied->lsn : -1, lastApplied);
        const LogEntry *missing = log.firstAfter(replayed);
        QCOMPARE(missing ? missing->lsn : -1, oldestMissing);
    }

    void entriesAreFoundByTheirPosition()
    {
        const ReplicationLog log = walLog();
        QCOMPARE(log.lastLsn(), 9000);
        QCOMPARE(log.entry(1480).atMs, 20);
        QCOMPARE(log.entry(9000).atMs, 30);
        QCOMPARE(log.entry(1000).atMs, 10);
    }

    void anEmptyLogStandsAtItsBase()
    {
        ReplicationLog log;
        log.clear(4242);
        QCOMPARE(log.lastLsn(), 4242);
        QVERIFY(!log.lastUpTo(5000));
        QVERIFY(!log.firstAfter(0));
    }
};

QTEST_APPLESS_MAIN(TestReplicationLog)
#include "tst_replicationlog.moc"
