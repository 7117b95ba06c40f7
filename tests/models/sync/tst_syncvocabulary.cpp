#include "models/sync/backoff.h"
#include "models/sync/syncwords.h"

#include <QSet>
#include <QTest>

using namespace std::chrono_literals;

// The words and the waits every screen shares.
class TestSyncVocabulary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyStateHasItsOwnWords();
    void staleSaysHowOld_data();
    void staleSaysHowOld();
    void backoffDoublesUpToItsCap_data();
    void backoffDoublesUpToItsCap();
};

void TestSyncVocabulary::everyStateHasItsOwnWords()
{
    const SyncState states[] = {SyncState::Confirmed, SyncState::Pending,  SyncState::Failed,
                                SyncState::Unknown,   SyncState::Conflict, SyncState::Stale};
    QSet<QString> shorts;
    QSet<QString> longs;
    for (SyncState state : states) {
        const QString s = SyncWords::shortText(state, 3s);
        const QString l = SyncWords::longText(state, {}, 3s);
        QVERIFY2(!s.isEmpty() && !l.isEmpty(), qPrintable(QString::number(int(state))));
        shorts.insert(s);
        longs.insert(l);
    }
    QCOMPARE(shorts.size(), int(std::size(states)));
    QCOMPARE(longs.size(), int(std::size(states)));
    QCOMPARE(SyncWords::shortText(SyncState::Failed), QStringLiteral("Couldn't save · Retry"));
    QCOMPARE(SyncWords::longText(SyncState::Failed, QStringLiteral("Blue Chair")),
             QStringLiteral("We couldn't save \"Blue Chair\". It's back as it was."));
}

void TestSyncVocabulary::staleSaysHowOld_data()
{
    QTest::addColumn<qint64>("ageSeconds");
    QTest::addColumn<QString>("shortText");
    QTest::addColumn<QString>("longText");
    QTest::newRow("3 s") << qint64(3) << QStringLiteral("Updated 3 s ago")
                         << QStringLiteral("Showing data from 3 seconds ago.");
    QTest::newRow("1 s") << qint64(1) << QStringLiteral("Updated 1 s ago")
                         << QStringLiteral("Showing data from 1 second ago.");
    QTest::newRow("unknown") << qint64(-1) << QStringLiteral("Updated a while ago")
                             << QStringLiteral("Showing data that may be out of date.");
}

void TestSyncVocabulary::staleSaysHowOld()
{
    QFETCH(qint64, ageSeconds);
    QFETCH(QString, shortText);
    QFETCH(QString, longText);
    const std::chrono::seconds age(ageSeconds);
    QCOMPARE(SyncWords::shortText(SyncState::Stale, age), shortText);
    QCOMPARE(SyncWords::longText(SyncState::Stale, {}, age), longText);
}

void TestSyncVocabulary::backoffDoublesUpToItsCap_data()
{
    QTest::addColumn<int>("retry");
    QTest::addColumn<int>("delayMs");
    QTest::newRow("first") << 1 << 300;
    QTest::newRow("second") << 2 << 600;
    QTest::newRow("third") << 3 << 1200;
    QTest::newRow("capped") << 6 << 5000;
    QTest::newRow("far past the cap") << 200 << 5000;
    QTest::newRow("zero counts as first") << 0 << 300;
}

void TestSyncVocabulary::backoffDoublesUpToItsCap()
{
    QFETCH(int, retry);
    QFETCH(int, delayMs);
    constexpr Backoff backoff {300ms, 5000ms};
    QCOMPARE(backoff.delay(retry).count(), delayMs);
}

QTEST_GUILESS_MAIN(TestSyncVocabulary)
#include "tst_syncvocabulary.moc"
