// The inspector's data: per-node rows from /health, the session's token, the node of the last read
// and the plain-words line of what just happened.

#include "models/profile/replicainspector.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Health health(qint64 primaryLsn, QList<ReplicaHealth> replicas)
{
    Health h;
    h.primaryLsn = primaryLsn;
    h.replicas = std::move(replicas);
    return h;
}

ProfileRead read(ProfilePattern pattern, const QString &servedBy, qint64 version, qint64 ownVersion)
{
    ProfileRead r;
    r.pattern = pattern;
    r.servedBy = servedBy;
    r.version = version;
    r.ownVersion = ownVersion;
    r.ownWriteLsn = 57;
    r.token = 57;
    r.nodeLsn = version >= ownVersion ? 57 : 41;
    r.msSinceWrite = 300;
    return r;
}

} // namespace

class TestReplicaInspector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsFollowHealth();
    void ownWriteAndLastReadInWords();
    void explainsEachPattern_data();
    void explainsEachPattern();
    void staleLagIsAtLeastTheWritesAge();
};

void TestReplicaInspector::rowsFollowHealth()
{
    ReplicaInspector inspector;
    QAbstractItemModelTester tester(&inspector,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(inspector.rowCount(), 0);

    inspector.setHealth(health(50, {{1, 50, 0, false}, {2, 41, 1400, false}}));
    QCOMPARE(inspector.rowCount(), 3);
    const auto text = [&](int row, int column) {
        return inspector.index(row, column).data().toString();
    };
    QCOMPARE(text(0, ReplicaInspector::NodeColumn), u"Primary"_s);
    QCOMPARE(text(1, ReplicaInspector::LagColumn), u"caught up"_s);
    QCOMPARE(text(2, ReplicaInspector::NodeColumn), u"Replica 2"_s);
    QCOMPARE(text(2, ReplicaInspector::AppliedLsnColumn), u"41"_s);
    QCOMPARE(text(2, ReplicaInspector::LagColumn), u"1.4 s behind"_s);

    // Same shape: cells change in one batch; another replica: the model resets.
    QSignalSpy changed(&inspector, &QAbstractItemModel::dataChanged);
    inspector.setHealth(health(52, {{1, 52, 0, false}, {2, 52, 0, true}}));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(text(2, ReplicaInspector::NodeColumn), u"Replica 2 (paused)"_s);
    QSignalSpy reset(&inspector, &QAbstractItemModel::modelReset);
    inspector.setHealth(health(52, {{1, 52, 0, false}, {2, 52, 0, false}, {3, 10, 9000, false}}));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(inspector.rowCount(), 4);
}

void TestReplicaInspector::ownWriteAndLastReadInWords()
{
    ReplicaInspector inspector;
    QAbstractItemModelTester tester(&inspector,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    inspector.setHealth(health(57, {{1, 57, 0, false}, {2, 41, 1400, false}}));
    const auto cell = [&](int row, int column, int role = Qt::DisplayRole) {
        return inspector.index(row, column).data(role);
    };
    QCOMPARE(cell(1, ReplicaInspector::OwnWriteColumn).toString(), u"no write yet"_s);
    QVERIFY(
        !cell(1, ReplicaInspector::OwnWriteColumn, ReplicaInspector::HasOwnWriteRole).isValid());

    QSignalSpy summary(&inspector, &ReplicaInspector::summaryChanged);
    inspector.setToken(57);
    QCOMPARE(summary.size(), 1);
    QCOMPARE(inspector.token(), 57);
    QCOMPARE(cell(0, ReplicaInspector::OwnWriteColumn).toString(), u"has it"_s);
    QCOMPARE(cell(1, ReplicaInspector::OwnWriteColumn).toString(), u"has it"_s);
    QCOMPARE(cell(2, ReplicaInspector::OwnWriteColumn).toString(), u"not yet"_s);
    QCOMPARE(cell(2, ReplicaInspector::OwnWriteColumn, ReplicaInspector::HasOwnWriteRole),
             QVariant(false));

    inspector.noteRead(read(ProfilePattern::NaiveReplica, u"replica-2"_s, 3, 4));
    QCOMPARE(inspector.lastServedBy(), u"replica-2"_s);
    QCOMPARE(cell(2, ReplicaInspector::LastReadColumn).toString(), u"served"_s);
    QCOMPARE(cell(1, ReplicaInspector::LastReadColumn).toString(), QString());
    QVERIFY(
        cell(2, ReplicaInspector::LastReadColumn, ReplicaInspector::ServedLastReadRole).toBool());
    QCOMPARE(inspector.explanation(),
             u"Replica 2 was 1.4 s behind; it served your old photo (version 3, yours is 4)."_s);
}

void TestReplicaInspector::explainsEachPattern_data()
{
    QTest::addColumn<ProfileRead>("read");
    QTest::addColumn<qint64>("lagMs");
    QTest::addColumn<QString>("expected");

    using P = ProfilePattern;
    QTest::newRow("no own write") << read(P::NaiveReplica, u"replica-1"_s, 3, 0) << qint64(0)
                                  << u"Replica 1 served version 3 of the photo (it had applied "
                                     u"LSN 57)."_s;
    QTest::newRow("naive, right after the write")
        << read(P::NaiveReplica, u"replica-2"_s, 3, 4) << qint64(40)
        << u"Replica 2 had not applied your upload yet (LSN 41, yours is 57); it served your old "
           u"photo (version 3, yours is 4)."_s;
    QTest::newRow("naive, fresh") << read(P::NaiveReplica, u"replica-1"_s, 4, 4) << qint64(0)
                                  << u"Replica 1 had already applied your upload (LSN 57); it "
                                     u"served your new photo."_s;
    QTest::newRow("ryw, primary") << read(P::ReadYourWrites, u"primary"_s, 4, 4) << qint64(0)
                                  << u"Your token asked for LSN ≥ 57. No replica had it yet, so "
                                     u"the primary served your new photo."_s;
    QTest::newRow("ryw, replica") << read(P::ReadYourWrites, u"replica-2"_s, 4, 4) << qint64(0)
                                  << u"Your token asked for LSN ≥ 57; Replica 2 had it (LSN 57) "
                                     u"and served your new photo."_s;
    ProfileRead sticky = read(P::StickyPrimary, u"primary"_s, 4, 4);
    sticky.insideStickyWindow = true;
    QTest::newRow("sticky, inside") << sticky << qint64(0)
                                    << u"Just after your upload, so the primary served your new "
                                       u"photo."_s;
    QTest::newRow("sticky, after the window, stale")
        << read(P::StickyPrimary, u"replica-1"_s, 3, 4) << qint64(2500)
        << u"The primary-for-a-while window had ended; Replica 1 was 2.5 s behind and served "
           u"your old photo."_s;
    ProfileRead polling = read(P::PollUntilFresh, u"replica-2"_s, 3, 4);
    polling.readNumber = 2;
    polling.nextPollMs = 1000;
    QTest::newRow("poll, waiting") << polling << qint64(800)
                                   << u"Read 2: Replica 2 was 0.8 s behind and still had version "
                                      u"3; not shown. Next read in 1.0 s."_s;
    ProfileRead gaveUp = polling;
    gaveUp.readNumber = 7;
    gaveUp.nextPollMs = -1;
    gaveUp.gaveUp = true;
    QTest::newRow("poll, gave up") << gaveUp << qint64(0)
                                   << u"Read 7: Replica 2 still had version 3. Gave up: your photo "
                                      u"is saved, but no replica had it yet."_s;
    ProfileRead fresh = read(P::PollUntilFresh, u"replica-1"_s, 4, 4);
    fresh.readNumber = 3;
    QTest::newRow("poll, fresh") << fresh << qint64(0)
                                 << u"Read 3: Replica 1 had caught up; showing your new photo "
                                    u"after 3 reads."_s;

    // Going back in time, and stay-on-one-replica refusing to.
    ProfileRead back = read(P::NaiveReplica, u"replica-2"_s, 4, 0);
    back.nodeLsn = 40;
    back.seenLsn = 52;
    back.seenVersion = 5;
    back.timeTravel = true;
    QTest::newRow("naive, back in time")
        << back << qint64(4000)
        << u"Replica 2 is at LSN 40; you had already seen LSN 52. It served version 4 after you "
           u"saw version 5: the page went back in time."_s;
    ProfileRead refused = back;
    refused.pattern = P::Monotonic;
    refused.timeTravel = false;
    refused.discarded = true;
    QTest::newRow("stay on one replica, older answer")
        << refused << qint64(4000)
        << u"Replica 2 is at LSN 40; you have already seen LSN 52 — older answer not shown."_s;
    ProfileRead kept = read(P::Monotonic, u"replica-1"_s, 5, 0);
    kept.nodeLsn = 53;
    kept.seenLsn = 52;
    QTest::newRow("stay on one replica, at least what was seen")
        << kept << qint64(0)
        << u"Replica 1 had at least LSN 52, the newest this session has seen (it was at LSN "
           u"53): version 5, never older."_s;
    // A photo cache in front of the database: what it did comes first, and when it answered
    // for the photo, the node's story no longer matters.
    ProfileRead ttlHit = read(P::ReadYourWrites, u"primary"_s, 6, 7);
    ttlHit.cache = u"hit"_s;
    ttlHit.cacheStrategy = u"ttl"_s;
    ttlHit.cacheAgeMs = 8000;
    QTest::newRow("cache ttl, the old copy")
        << ttlHit << qint64(0)
        << u"The cache served a copy 8.0 s old; your upload is version 7, the copy is version 6. "
           u"It keeps the copy until it expires, so reading your writes at the database does not "
           u"help."_s;
    ProfileRead eventHit = ttlHit;
    eventHit.cacheStrategy = u"event"_s;
    eventHit.cacheAgeMs = 1200;
    QTest::newRow("cache event, before the event")
        << eventHit << qint64(0)
        << u"The cache served a copy 1.2 s old; your upload is version 7, the copy is version 6. "
           u"Your upload's event has not reached the cache yet; it drops the copy when it does."_s;
    ProfileRead through = read(P::NaiveReplica, u"replica-2"_s, 7, 7);
    through.nodeLsn = 41; // the replica had not applied it: the cache had
    through.cache = u"hit"_s;
    through.cacheStrategy = u"write-through"_s;
    through.cacheAgeMs = 300;
    QTest::newRow("cache write-through")
        << through << qint64(1400)
        << u"The cache served a copy 0.3 s old: your upload itself (version 7), stored when you "
           u"wrote it."_s;
    ProfileRead versioned = read(P::ReadYourWrites, u"primary"_s, 7, 7);
    versioned.cache = u"miss"_s;
    versioned.cacheStrategy = u"versioned"_s;
    versioned.cacheAgeMs = 0;
    QTest::newRow("cache versioned, a new key")
        << versioned << qint64(0)
        << u"The cache had no copy of version 7. The primary served it; the cache keeps it now. "
           u"Your token asked for LSN ≥ 57. No replica had it yet, so the primary served your new "
           u"photo."_s;
    ProfileRead firstRead = kept;
    firstRead.seenLsn = -1;
    QTest::newRow("stay on one replica, first read")
        << firstRead << qint64(0)
        << u"Replica 1 served version 5 (LSN 53). From now on every read asks for at least LSN "
           u"53."_s;
}

void TestReplicaInspector::explainsEachPattern()
{
    QFETCH(ProfileRead, read);
    QFETCH(qint64, lagMs);
    QFETCH(QString, expected);
    QCOMPARE(ReplicaInspector::explain(read, lagMs), expected);
}

void TestReplicaInspector::staleLagIsAtLeastTheWritesAge()
{
    // /health may be older than the read: the write's own age bounds the lag from below.
    ReplicaInspector inspector;
    inspector.setHealth(health(57, {{1, 41, 200, false}}));
    ProfileRead stale = read(ProfilePattern::NaiveReplica, u"replica-1"_s, 3, 4);
    stale.msSinceWrite = 1900;
    inspector.noteRead(stale);
    QVERIFY2(inspector.explanation().startsWith(u"Replica 1 was 1.9 s behind"_s),
             qPrintable(inspector.explanation()));
}

QTEST_MAIN(TestReplicaInspector)
#include "tst_replicainspector.moc"
