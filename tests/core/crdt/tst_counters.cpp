// The grow-only counter and the last-writer-wins register against the oracle of what each device
// has seen, over randomized histories from fixed seeds: the counter's total is every increment a
// device has seen, once; the register holds the latest assignment it has seen; both merge
// commutatively, associatively and idempotently. The counter's JSON reads back or is refused.

#include "core/crdt/gcounter.h"
#include "core/crdt/lwwregister.h"
#include "tests/core/crdt/causalhistory.h"
#include "tests/core/crdt/mergelaws.h"

#include <QJsonDocument>
#include <QTest>

#include <tuple>

using namespace Qt::StringLiterals;

namespace {

constexpr int replicaCount = 3;

} // namespace

class TestCounters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seeds_data();
    void counterCountsEachSeenIncrementOnce_data() { seeds_data(); }
    void counterCountsEachSeenIncrementOnce();
    void registerHoldsTheLatestSeenAssignment_data() { seeds_data(); }
    void registerHoldsTheLatestSeenAssignment();
    void concurrentEditsLoseOneOfThem();
    void counterJson_data();
    void counterJson();
};

void TestCounters::seeds_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {3u, 11u, 42u, 2026u})
        QTest::addRow("seed %u", seed) << seed;
}

void TestCounters::counterCountsEachSeenIncrementOnce()
{
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    std::vector<GCounter> counters(replicaCount);
    CausalHistory history(replicaCount);
    std::vector<GCounter> snapshots;
    for (int step = 0; step < 500; ++step) {
        const int replica = int(random.bounded(replicaCount));
        if (random.bounded(2) == 0) {
            const quint64 by = 1 + random.bounded(3);
            counters[std::size_t(replica)].increment(CausalHistory::replicaName(replica), by);
            history.record(replica, 0, 0, qint64(by));
        } else {
            const int from = int(random.bounded(replicaCount));
            counters[std::size_t(replica)].merge(counters[std::size_t(from)]);
            history.merge(replica, from);
        }
        snapshots.push_back(counters[std::size_t(replica)]);
        for (int r = 0; r < replicaCount; ++r) {
            quint64 expected = 0;
            for (int id : history.seenBy(r))
                expected += quint64(history.event(id).amount);
            QCOMPARE(counters[std::size_t(r)].value(), expected);
        }
    }
    checkMergeLaws(snapshots, seed);
}

void TestCounters::registerHoldsTheLatestSeenAssignment()
{
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    using Register = LwwRegister<QString>;
    std::vector<Register> registers(replicaCount);
    CausalHistory history(replicaCount);
    std::vector<Register> snapshots;
    for (int step = 0; step < 500; ++step) {
        const int replica = int(random.bounded(replicaCount));
        if (random.bounded(2) == 0) {
            // Coarse clocks on purpose: ties between devices happen and must still agree.
            const qint64 at = step / 4;
            const int value = int(random.bounded(1000));
            registers[std::size_t(replica)].assign(QString::number(value), at,
                                                   CausalHistory::replicaName(replica));
            history.record(replica, 0, value, at);
        } else {
            const int from = int(random.bounded(replicaCount));
            registers[std::size_t(replica)].merge(registers[std::size_t(from)]);
            history.merge(replica, from);
        }
        snapshots.push_back(registers[std::size_t(replica)]);
        for (int r = 0; r < replicaCount; ++r) {
            std::optional<std::tuple<qint64, QString, QString>> latest;
            for (int id : history.seenBy(r)) {
                const auto &e = history.event(id);
                const std::tuple stamp {e.amount, CausalHistory::replicaName(e.replica),
                                        QString::number(e.element)};
                if (!latest || *latest < stamp)
                    latest = stamp;
            }
            const auto &value = registers[std::size_t(r)].value();
            QCOMPARE(value.has_value(), latest.has_value());
            if (latest)
                QCOMPARE(*value, std::get<2>(*latest));
        }
    }
    checkMergeLaws(snapshots, seed);
}

void TestCounters::concurrentEditsLoseOneOfThem()
{
    // What "last write wins" costs: two people edit offline, and one edit is gone everywhere.
    LwwRegister<QString> laptop;
    LwwRegister<QString> phone;
    laptop.assign(u"alex@work.example"_s, 1000, u"laptop"_s);
    phone.assign(u"alex@home.example"_s, 1001, u"phone"_s);
    laptop.merge(phone);
    phone.merge(laptop);
    QCOMPARE(*laptop.value(), u"alex@home.example"_s);
    QCOMPARE(laptop, phone);
    QCOMPARE(laptop.stamp().replica, u"phone"_s);
}

void TestCounters::counterJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<quint64>("value");
    QTest::newRow("two devices") << QByteArray(R"({"laptop":3,"phone":4})") << true << quint64(7);
    QTest::newRow("empty") << QByteArray("{}") << true << quint64(0);
    QTest::newRow("text count") << QByteArray(R"({"laptop":"3"})") << false << quint64(0);
    QTest::newRow("negative") << QByteArray(R"({"laptop":-3})") << false << quint64(0);
    QTest::newRow("fraction") << QByteArray(R"({"laptop":0.5})") << false << quint64(0);
    QTest::newRow("empty device name") << QByteArray(R"({"":1})") << false << quint64(0);
}

void TestCounters::counterJson()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    QFETCH(quint64, value);
    QString error;
    const auto counter = GCounter::fromJson(QJsonDocument::fromJson(json).object(), &error);
    QCOMPARE(counter.has_value(), valid);
    if (!valid) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QCOMPARE(counter->value(), value);
    QCOMPARE(GCounter::fromJson(counter->toJson(), &error), counter);
}

QTEST_GUILESS_MAIN(TestCounters)
#include "tst_counters.moc"
