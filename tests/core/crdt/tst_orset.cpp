// The add-wins OR-Set against an oracle of what each replica has seen: over randomized histories
// (fixed seeds) of adds, removes and merges between three devices, every device's set holds an
// element exactly when one of its adds has not been seen by a remove; merging is commutative,
// associative and idempotent; and the JSON a device sends is read back the same or refused.

#include "core/crdt/orset.h"
#include "tests/core/crdt/causalhistory.h"
#include "tests/core/crdt/mergelaws.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

enum Kind { Add, Remove };
constexpr int replicaCount = 3;
constexpr int elementCount = 5;

QString elementName(int element)
{
    return u"item-%1"_s.arg(element);
}

// Add-wins: present when some add of it was seen here and no remove seen here had observed it.
bool oracleContains(const CausalHistory &history, int replica, int element)
{
    return history.addWins(replica, element, Add, Remove);
}

struct Run
{
    std::vector<OrSet> sets = std::vector<OrSet>(replicaCount);
    CausalHistory history {replicaCount};
    std::vector<OrSet> snapshots;
};

// Random operations; after each, every device is checked against the oracle.
bool runHistory(quint32 seed, int steps, Run &run, QString *failure)
{
    QRandomGenerator random(seed);
    for (int step = 0; step < steps; ++step) {
        const int replica = int(random.bounded(replicaCount));
        const int element = int(random.bounded(elementCount));
        const int choice = int(random.bounded(10));
        OrSet &set = run.sets[std::size_t(replica)];
        if (choice < 4) {
            set.add(CausalHistory::replicaName(replica), elementName(element));
            run.history.record(replica, Add, element);
        } else if (choice < 6) {
            set.remove(elementName(element));
            run.history.record(replica, Remove, element);
        } else {
            const int from = int(random.bounded(replicaCount));
            set.merge(run.sets[std::size_t(from)]);
            run.history.merge(replica, from);
        }
        if (random.bounded(4) == 0)
            run.snapshots.push_back(set);
        for (int r = 0; r < replicaCount; ++r) {
            for (int e = 0; e < elementCount; ++e) {
                const bool has = run.sets[std::size_t(r)].contains(elementName(e));
                if (has != oracleContains(run.history, r, e)) {
                    *failure = u"step %1: device %2 %3 %4, but the events it has seen say "
                               u"otherwise"_s.arg(step)
                                   .arg(r)
                                   .arg(has ? u"has"_s : u"lacks"_s)
                                   .arg(elementName(e));
                    return false;
                }
            }
        }
    }
    return true;
}

} // namespace

class TestOrSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scriptedHistories_data();
    void scriptedHistories();
    void matchesTheOracle_data();
    void matchesTheOracle();
    void mergeIsASemilattice_data();
    void mergeIsASemilattice();
    void allDevicesConvergeAfterExchanging();
    void jsonRoundTrip();
    void refusesMalformedJson_data();
    void refusesMalformedJson();
};

void TestOrSet::scriptedHistories_data()
{
    // Steps: "a+" device a adds the chair, "a-" removes it, "a<b" device a merges b's state.
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<bool>("aHas");
    QTest::addColumn<bool>("bHas");
    QTest::newRow("one device removes while the other adds again: the add wins")
        << QStringList {u"a+"_s, u"b<a"_s, u"a-"_s, u"b+"_s, u"a<b"_s, u"b<a"_s} << true << true;
    QTest::newRow("a remove that saw the add removes it everywhere")
        << QStringList {u"a+"_s, u"b<a"_s, u"b-"_s, u"a<b"_s} << false << false;
    QTest::newRow("a remove does not take away an add it never saw")
        << QStringList {u"a+"_s, u"b-"_s, u"a<b"_s, u"b<a"_s} << true << true;
    QTest::newRow("added again after a remove, on the same device")
        << QStringList {u"a+"_s, u"b<a"_s, u"a-"_s, u"a+"_s, u"b<a"_s} << true << true;
    QTest::newRow("both remove what both saw")
        << QStringList {u"a+"_s, u"b<a"_s, u"a-"_s, u"b-"_s, u"a<b"_s, u"b<a"_s} << false << false;
    QTest::newRow("states exchanged again change nothing")
        << QStringList {u"a+"_s, u"b<a"_s, u"b-"_s, u"a<b"_s, u"b<a"_s, u"a<b"_s} << false << false;
}

void TestOrSet::scriptedHistories()
{
    QFETCH(QStringList, steps);
    QFETCH(bool, aHas);
    QFETCH(bool, bHas);
    const QString chair = u"Oak Chair"_s;
    OrSet a;
    OrSet b;
    for (const QString &step : steps) {
        OrSet &self = step.at(0) == u'a' ? a : b;
        const QString name = step.left(1);
        if (step.at(1) == u'+')
            self.add(name, chair);
        else if (step.at(1) == u'-')
            self.remove(chair);
        else
            self.merge(step.at(2) == u'a' ? a : b);
    }
    QCOMPARE(a.contains(chair), aHas);
    QCOMPARE(b.contains(chair), bHas);
}

void TestOrSet::matchesTheOracle_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {1u, 7u, 42u, 1234u, 99991u})
        QTest::addRow("seed %u", seed) << seed;
}

void TestOrSet::matchesTheOracle()
{
    QFETCH(quint32, seed);
    Run run;
    QString failure;
    QVERIFY2(runHistory(seed, 600, run, &failure), qPrintable(failure));
}

void TestOrSet::mergeIsASemilattice_data()
{
    matchesTheOracle_data();
}

void TestOrSet::mergeIsASemilattice()
{
    QFETCH(quint32, seed);
    Run run;
    QString failure;
    QVERIFY2(runHistory(seed, 400, run, &failure), qPrintable(failure));
    checkMergeLaws(run.snapshots, seed ^ 0x5eedu);
}

void TestOrSet::allDevicesConvergeAfterExchanging()
{
    Run run;
    QString failure;
    QVERIFY2(runHistory(2026, 500, run, &failure), qPrintable(failure));
    // Everyone merges everyone, in two rounds: then they all hold the same set.
    for (int round = 0; round < 2; ++round) {
        for (int i = 0; i < replicaCount; ++i) {
            for (int j = 0; j < replicaCount; ++j) {
                run.sets[std::size_t(i)].merge(run.sets[std::size_t(j)]);
                run.history.merge(i, j);
            }
        }
    }
    for (int i = 1; i < replicaCount; ++i)
        QCOMPARE(run.sets[std::size_t(i)], run.sets[0]);
    for (int e = 0; e < elementCount; ++e)
        QCOMPARE(run.sets[0].contains(elementName(e)), oracleContains(run.history, 0, e));
}

void TestOrSet::jsonRoundTrip()
{
    Run run;
    QString failure;
    QVERIFY2(runHistory(77, 300, run, &failure), qPrintable(failure));
    for (const OrSet &state : run.snapshots) {
        const QByteArray wire = QJsonDocument(state.toJson()).toJson(QJsonDocument::Compact);
        QString error;
        const auto back = OrSet::fromJson(QJsonDocument::fromJson(wire).object(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, state);
    }
}

void TestOrSet::refusesMalformedJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("no context") << QByteArray(R"({"entries":{}})") << u"context"_s;
    QTest::newRow("entries not an object")
        << QByteArray(R"({"context":{},"entries":[]})") << u"entries"_s;
    QTest::newRow("counter is text")
        << QByteArray(R"({"context":{"a":"3"},"entries":{}})") << u"\"a\""_s;
    QTest::newRow("counter is a fraction")
        << QByteArray(R"({"context":{"a":2.5},"entries":{}})") << u"\"a\""_s;
    QTest::newRow("counter is negative")
        << QByteArray(R"({"context":{"a":-1},"entries":{}})") << u"\"a\""_s;
    QTest::newRow("counter beyond what a double holds exactly")
        << QByteArray(R"({"context":{"a":1e300},"entries":{}})") << u"\"a\""_s;
    QTest::newRow("an element without adds")
        << QByteArray(R"({"context":{"a":1},"entries":{"x":[]}})") << u"\"x\""_s;
    QTest::newRow("an add that is not a pair")
        << QByteArray(R"({"context":{"a":1},"entries":{"x":[["a"]]}})") << u"\"x\""_s;
    QTest::newRow("an add the context has not seen")
        << QByteArray(R"({"context":{"a":1},"entries":{"x":[["a",2]]}})") << u"a:2"_s;
    QTest::newRow("one add under two elements")
        << QByteArray(R"({"context":{"a":1},"entries":{"x":[["a",1]],"y":[["a",1]]}})") << u"a:1"_s;
}

void TestOrSet::refusesMalformedJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, errorPart);
    QString error;
    QVERIFY(!OrSet::fromJson(QJsonDocument::fromJson(json).object(), &error));
    QVERIFY2(error.contains(errorPart), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestOrSet)
#include "tst_orset.moc"
