// POST /favorites/merge, the offline-first favorites' one route, through HttpApi without
// sockets: what a device's copy does to the server's, what the answer says, and every way a copy
// can be wrong (400/404, nothing merged).

#include "core/clock.h"
#include "core/crdt/favoritesreplica.h"
#include "mock_backend/config/backendconfig.h"
#include "mock_backend/http/httpapi.h"
#include "mock_backend/sim/simulation.h"

#include <QJsonDocument>
#include <QTest>

using namespace mock;
using namespace Qt::StringLiterals;

namespace {

struct Harness
{
    Harness()
        : simulation(BackendConfig::instant(), clock)
        , api(simulation)
    {
    }

    ApiResponse post(const QByteArray &body, const QByteArray &clientId = "laptop")
    {
        ApiRequest request;
        request.method = "POST";
        request.path = u"/favorites/merge"_s;
        request.body = body;
        request.headers = {{"Content-Type", "application/json"}, {"X-Client-Id", clientId}};
        const HttpApi::Admission a = api.admit(request);
        if (a.kind == HttpApi::Admission::Kind::Respond)
            return a.response;
        if (a.kind != HttpApi::Admission::Kind::Proceed)
            return {0, {}, {}, {}};
        return api.execute(request, a, true).response;
    }
    ApiResponse merge(const QString &device, const FavoritesReplica &copy)
    {
        return post(QJsonDocument(QJsonObject {{u"device"_s, device}, {u"copy"_s, copy.toJson()}})
                        .toJson(QJsonDocument::Compact));
    }
    int mergedEvents()
    {
        bool reset = false;
        int count = 0;
        for (const auto &e : simulation.events().after(0, 1000, &reset))
            count += e.type == "favorites.merged"_L1;
        return count;
    }

    ManualClock clock {1000};
    Simulation simulation;
    HttpApi api;
};

QJsonObject json(const ApiResponse &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

FavoritesReplica copyIn(const ApiResponse &r, const QString &key)
{
    QString error;
    const auto copy = FavoritesReplica::fromJson(json(r).value(key).toObject(), &error);
    if (!copy)
        qWarning("%s", qPrintable(error));
    return copy.value_or(FavoritesReplica {});
}

} // namespace

class TestBackendMerge : public QObject
{
    Q_OBJECT

private slots:
    void answersWithTheServersCopyBeforeAndAfter();
    void aRemoveAndAConcurrentAddKeepTheItem();
    void heartsFromTwoDevicesAdd();
    void mergingTheSameCopyTwiceChangesNothing();
    void badRequestsAreRefusedAndMergeNothing_data();
    void badRequestsAreRefusedAndMergeNothing();
    void resetEmptiesTheServersCopy();
};

void TestBackendMerge::answersWithTheServersCopyBeforeAndAfter()
{
    Harness h;
    FavoritesReplica laptop;
    laptop.setFavorite(u"laptop"_s, 3, true);
    const ApiResponse first = h.merge(u"laptop"_s, laptop);
    QCOMPARE(first.status, 200);
    QCOMPARE(copyIn(first, u"theirs"_s), FavoritesReplica {});
    QCOMPARE(copyIn(first, u"merged"_s), laptop);

    FavoritesReplica tablet;
    tablet.setFavorite(u"tablet"_s, 5, true);
    const ApiResponse second = h.merge(u"tablet"_s, tablet);
    QCOMPARE(copyIn(second, u"theirs"_s), laptop);
    QCOMPARE(copyIn(second, u"merged"_s).favorites(), QList<int>({3, 5}));
    QCOMPARE(h.simulation.mergedFavorites().favorites(), QList<int>({3, 5}));
}

void TestBackendMerge::aRemoveAndAConcurrentAddKeepTheItem()
{
    Harness h;
    FavoritesReplica laptop;
    laptop.setFavorite(u"laptop"_s, 1, true);
    QCOMPARE(h.merge(u"laptop"_s, laptop).status, 200);
    FavoritesReplica tablet = h.simulation.mergedFavorites();

    // Both apart: the tablet removes the chair, the laptop takes it out and puts it back.
    tablet.setFavorite(u"tablet"_s, 1, false);
    laptop.setFavorite(u"laptop"_s, 1, false);
    laptop.setFavorite(u"laptop"_s, 1, true);
    QCOMPARE(h.merge(u"tablet"_s, tablet).status, 200);
    QVERIFY(!h.simulation.mergedFavorites().isFavorite(1));
    QCOMPARE(h.merge(u"laptop"_s, laptop).status, 200);
    QVERIFY(h.simulation.mergedFavorites().isFavorite(1));
}

void TestBackendMerge::heartsFromTwoDevicesAdd()
{
    Harness h;
    FavoritesReplica laptop;
    FavoritesReplica tablet;
    laptop.addHeart(u"laptop"_s, 4);
    laptop.addHeart(u"laptop"_s, 4);
    tablet.addHeart(u"tablet"_s, 4);
    h.merge(u"laptop"_s, laptop);
    h.merge(u"tablet"_s, tablet);
    h.merge(u"laptop"_s, laptop); // sent again: still counted once
    QCOMPARE(h.simulation.mergedFavorites().hearts(4), quint64(3));
}

void TestBackendMerge::mergingTheSameCopyTwiceChangesNothing()
{
    Harness h;
    FavoritesReplica laptop;
    laptop.setFavorite(u"laptop"_s, 2, true);
    laptop.addHeart(u"laptop"_s, 2);
    h.merge(u"laptop"_s, laptop);
    const FavoritesReplica once = h.simulation.mergedFavorites();
    const ApiResponse again = h.merge(u"laptop"_s, laptop);
    QCOMPARE(again.status, 200);
    QCOMPARE(h.simulation.mergedFavorites(), once);
    QCOMPARE(copyIn(again, u"theirs"_s), once);
    // Only a merge that changed the server's copy is news for other devices.
    QCOMPARE(h.mergedEvents(), 1);
}

void TestBackendMerge::badRequestsAreRefusedAndMergeNothing_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("field");

    const QByteArray set = R"({"context":{"tablet":1},"entries":{"2":[["tablet",1]]}})";
    QTest::newRow("not json") << QByteArray("{device") << 400 << QString();
    QTest::newRow("no device") << QByteArray(R"({"copy":{"favorites":)" + set + "}}") << 400
                               << u"device"_s;
    QTest::newRow("empty device") << QByteArray(R"({"device":" ","copy":{"favorites":)" + set
                                                + "}}")
                                  << 400 << u"device"_s;
    QTest::newRow("device not a string")
        << QByteArray(R"({"device":7,"copy":{"favorites":)" + set + "}}") << 400 << u"device"_s;
    QTest::newRow("no copy") << QByteArray(R"({"device":"tablet"})") << 400 << u"copy"_s;
    QTest::newRow("unknown field")
        << QByteArray(R"({"device":"tablet","copy":{"favorites":)" + set + R"(},"x":1})") << 400
        << u"x"_s;
    QTest::newRow("favorites missing")
        << QByteArray(R"({"device":"tablet","copy":{}})") << 400 << u"copy"_s;
    QTest::newRow("an add its context has not seen")
        << QByteArray(R"({"device":"tablet","copy":{"favorites":{"context":{},"entries":)"
                      R"({"2":[["tablet",1]]}}}})")
        << 400 << u"copy"_s;
    QTest::newRow("element not an item id")
        << QByteArray(R"({"device":"tablet","copy":{"favorites":{"context":{"tablet":1},)"
                      R"("entries":{"chair":[["tablet",1]]}}}})")
        << 400 << u"copy"_s;
    QTest::newRow("negative heart count") << QByteArray(
        R"({"device":"tablet","copy":{"favorites":)" + set + R"(,"hearts":{"2":{"tablet":-1}}}})")
                                          << 400 << u"copy"_s;
    QTest::newRow("heart key not an item id") << QByteArray(
        R"({"device":"tablet","copy":{"favorites":)" + set + R"(,"hearts":{"02":{"tablet":1}}}})")
                                              << 400 << u"copy"_s;
    QTest::newRow("unknown item") << QByteArray(
        R"({"device":"tablet","copy":{"favorites":{"context":{"tablet":1},)"
        R"("entries":{"999":[["tablet",1]]}}}})")
                                  << 404 << u"copy"_s;
}

void TestBackendMerge::badRequestsAreRefusedAndMergeNothing()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, field);
    Harness h;
    const ApiResponse r = h.post(body);
    QCOMPARE(r.status, status);
    const QJsonObject error = json(r).value(u"error"_s).toObject();
    QVERIFY2(!error.value(u"message"_s).toString().isEmpty(), r.body.constData());
    if (!field.isEmpty())
        QCOMPARE(error.value(u"field"_s).toString(), field);
    QCOMPARE(h.simulation.mergedFavorites(), FavoritesReplica {});
    QCOMPARE(h.mergedEvents(), 0);
}

void TestBackendMerge::resetEmptiesTheServersCopy()
{
    Harness h;
    FavoritesReplica laptop;
    laptop.setFavorite(u"laptop"_s, 2, true);
    h.merge(u"laptop"_s, laptop);
    QVERIFY(h.simulation.mergedFavorites().isFavorite(2));
    h.simulation.reset();
    QCOMPARE(h.simulation.mergedFavorites(), FavoritesReplica {});
}

QTEST_GUILESS_MAIN(TestBackendMerge)
#include "tst_backendmerge.moc"
