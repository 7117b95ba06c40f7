// The offline-first favorites' copy (an OR-Set of item ids and a G-Counter of hearts per item)
// against an oracle of what each device has seen: over randomized histories of three devices
// (fixed seeds) that toggle, give hearts and merge, each device shows an item as a favorite exactly
// when one of its adds was not seen by a remove, and as many hearts as heart events it has seen;
// merging obeys the semilattice laws; and the JSON travels unchanged or is refused.

#include "core/crdt/favoritesreplica.h"
#include "tests/core/crdt/causalhistory.h"
#include "tests/core/crdt/mergelaws.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

enum Kind { Add, Remove, Heart };
constexpr int deviceCount = 3;
constexpr int itemCount = 4; // item ids 1..4

bool oracleFavorite(const CausalHistory &history, int device, int item)
{
    return history.addWins(device, item, Add, Remove);
}

quint64 oracleHearts(const CausalHistory &history, int device, int item)
{
    quint64 count = 0;
    for (int id : history.seenBy(device)) {
        const auto &e = history.event(id);
        count += e.kind == Heart && e.element == item;
    }
    return count;
}

// A history, checked against the oracle after every step; snapshots feed the merge laws.
QString runHistory(quint32 seed, int steps, std::vector<FavoritesReplica> *snapshots)
{
    std::vector<FavoritesReplica> devices(deviceCount);
    CausalHistory history(deviceCount);
    QRandomGenerator random(seed);
    for (int step = 0; step < steps; ++step) {
        const int d = int(random.bounded(deviceCount));
        const int item = 1 + int(random.bounded(itemCount));
        const int choice = int(random.bounded(10));
        FavoritesReplica &copy = devices[std::size_t(d)];
        const QString name = CausalHistory::replicaName(d);
        if (choice < 4) {
            // A tap: what the screen does, so adds and removes follow what the device shows.
            const bool favorite = copy.isFavorite(item);
            copy.setFavorite(name, item, !favorite);
            history.record(d, favorite ? Remove : Add, item);
        } else if (choice < 6) {
            copy.addHeart(name, item);
            history.record(d, Heart, item);
        } else {
            const int from = int(random.bounded(deviceCount));
            copy.merge(devices[std::size_t(from)]);
            history.merge(d, from);
        }
        if (snapshots && random.bounded(3) == 0)
            snapshots->push_back(copy);
        for (int r = 0; r < deviceCount; ++r) {
            for (int i = 1; i <= itemCount; ++i) {
                const FavoritesReplica &c = devices[std::size_t(r)];
                if (c.isFavorite(i) != oracleFavorite(history, r, i))
                    return u"step %1: device %2 shows item %3 as %4"_s.arg(step).arg(r).arg(i).arg(
                        c.isFavorite(i) ? u"a favorite"_s : u"not a favorite"_s);
                if (c.hearts(i) != oracleHearts(history, r, i))
                    return u"step %1: device %2 counts %3 hearts for item %4, not %5"_s.arg(step)
                        .arg(r)
                        .arg(c.hearts(i))
                        .arg(i)
                        .arg(oracleHearts(history, r, i));
            }
        }
    }
    return {};
}

} // namespace

class TestFavoritesReplica : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesTheOracle_data();
    void matchesTheOracle();
    void mergeIsASemilattice();
    void jsonRoundTrip();
    void refusesMalformedJson_data();
    void refusesMalformedJson();
};

void TestFavoritesReplica::matchesTheOracle_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {1u, 7u, 42u, 2024u, 90210u})
        QTest::addRow("seed %u", seed) << seed;
}

void TestFavoritesReplica::matchesTheOracle()
{
    QFETCH(quint32, seed);
    const QString failure = runHistory(seed, 400, nullptr);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

void TestFavoritesReplica::mergeIsASemilattice()
{
    std::vector<FavoritesReplica> snapshots;
    QVERIFY(runHistory(11, 300, &snapshots).isEmpty());
    checkMergeLaws(snapshots, 5);
}

void TestFavoritesReplica::jsonRoundTrip()
{
    std::vector<FavoritesReplica> snapshots;
    QVERIFY(runHistory(3, 200, &snapshots).isEmpty());
    for (const FavoritesReplica &copy : snapshots) {
        const QByteArray bytes = QJsonDocument(copy.toJson()).toJson(QJsonDocument::Compact);
        QString error;
        const auto back =
            FavoritesReplica::fromJson(QJsonDocument::fromJson(bytes).object(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(*back, copy);
    }
}

void TestFavoritesReplica::refusesMalformedJson_data()
{
    QTest::addColumn<QByteArray>("json");
    const QByteArray set = R"("favorites":{"context":{"a":1},"entries":{"2":[["a",1]]}})";
    QTest::newRow("no favorites") << QByteArray(R"({"hearts":{}})");
    QTest::newRow("favorites not an object") << QByteArray(R"({"favorites":[]})");
    QTest::newRow("hearts not an object") << QByteArray("{" + set + R"(,"hearts":[]})");
    QTest::newRow("element zero") << QByteArray(
        R"({"favorites":{"context":{"a":1},"entries":{"0":[["a",1]]}}})");
    QTest::newRow("element with a sign")
        << QByteArray(R"({"favorites":{"context":{"a":1},"entries":{"+2":[["a",1]]}}})");
    QTest::newRow("heart item not a number")
        << QByteArray("{" + set + R"(,"hearts":{"x":{"a":1}}})");
    QTest::newRow("heart counter a fraction")
        << QByteArray("{" + set + R"(,"hearts":{"2":{"a":1.5}}})");
    QTest::newRow("heart counter not an object") << QByteArray("{" + set + R"(,"hearts":{"2":3}})");
}

void TestFavoritesReplica::refusesMalformedJson()
{
    QFETCH(QByteArray, json);
    QString error;
    QVERIFY(!FavoritesReplica::fromJson(QJsonDocument::fromJson(json).object(), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestFavoritesReplica)
#include "tst_favoritesreplica.moc"
