// The photo cache in front of profile reads (docs/api.md, "Photo cache"): each strategy on its
// own with a hand-moved clock, then behind the HTTP read path, where read-your-writes at the
// database only helps when the strategy lets the new version through.

#include "core/clock.h"
#include "core/wire.h"
#include "mock_backend/config/backendconfig.h"
#include "mock_backend/http/httpapi.h"
#include "mock_backend/sim/photocache.h"
#include "mock_backend/sim/simulation.h"

#include <QJsonDocument>
#include <QTest>

using namespace mock;
using Strategy = PhotoCache::Strategy;

Q_DECLARE_METATYPE(mock::PhotoCache::Strategy)

namespace {

DataStore::Photo photo(int version)
{
    return {version, QStringLiteral("image/png"), 100, version - 1};
}

struct Harness
{
    explicit Harness(const BackendConfig &config)
        : simulation(config, clock)
        , api(simulation)
    {
    }

    ApiResponse get(const QString &pathAndQuery)
    {
        ApiRequest request;
        request.method = "GET";
        const qsizetype q = pathAndQuery.indexOf(u'?');
        request.path = q < 0 ? pathAndQuery : pathAndQuery.left(q);
        if (q >= 0)
            request.query = QUrlQuery(pathAndQuery.mid(q + 1));
        const HttpApi::Admission a = api.admit(request);
        if (a.kind != HttpApi::Admission::Kind::Proceed)
            return a.response;
        return api.execute(request, a, true).response;
    }

    ManualClock clock;
    Simulation simulation;
    HttpApi api;
};

// One replica that applies every write lagMs after the primary; no latency, no faults.
BackendConfig laggingConfig(Strategy strategy, qint64 lagMs)
{
    BackendConfig c = BackendConfig::instant();
    LagModel lag;
    lag.baseMs = lagMs;
    c.replicas = {lag};
    c.cache.strategy = strategy;
    c.cache.ttlMs = 10000;
    c.cache.invalidationLagMs = 2000;
    return c;
}

} // namespace

class TestPhotoCache : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void afterAnUpload_data();
    void afterAnUpload();
    void namesRoundTrip();
    void aNewStrategyStartsEmpty();
    void readYourWritesBehindTheCache_data();
    void readYourWritesBehindTheCache();
    void noCacheChangesNothing();
    void resetEmptiesTheCache();
};

void TestPhotoCache::afterAnUpload_data()
{
    // The story of every row: version 1 is read (and kept) at 0 ms, version 2 is uploaded at
    // 1000 ms (TTL 10 s, the upload's event reaches the cache 2 s later), then one read at readAt
    // whose node holds nodeVersion (2: a caught-up node, 1: a lagging replica).
    QTest::addColumn<Strategy>("strategy");
    QTest::addColumn<qint64>("readAt");
    QTest::addColumn<int>("nodeVersion");
    QTest::addColumn<bool>("hit");
    QTest::addColumn<int>("version");
    QTest::addColumn<qint64>("ageMs");

    QTest::newRow("none: the node's answer") << Strategy::None << 3000LL << 2 << false << 2 << 0LL;
    QTest::newRow("ttl: the old copy until it expires")
        << Strategy::Ttl << 3000LL << 2 << true << 1 << 3000LL;
    QTest::newRow("ttl: expired, fetched from a caught-up node")
        << Strategy::Ttl << 10000LL << 2 << false << 2 << 0LL;
    QTest::newRow("ttl: expired, fetched again from a lagging replica")
        << Strategy::Ttl << 10000LL << 1 << false << 1 << 0LL;
    QTest::newRow("write-through: the upload is the copy, even before the replica has it")
        << Strategy::WriteThrough << 3000LL << 1 << true << 2 << 2000LL;
    QTest::newRow("event: before the event arrives, the old copy")
        << Strategy::EventInvalidation << 2999LL << 2 << true << 1 << 2999LL;
    QTest::newRow("event: dropped when it arrives, fetched from a caught-up node")
        << Strategy::EventInvalidation << 3000LL << 2 << false << 2 << 0LL;
    QTest::newRow("event: dropped, fetched again from a lagging replica")
        << Strategy::EventInvalidation << 3000LL << 1 << false << 1 << 0LL;
    QTest::newRow("versioned: a new version is a new key")
        << Strategy::VersionedKeys << 3000LL << 2 << false << 2 << 0LL;
    QTest::newRow("versioned: the old version's key still holds its copy")
        << Strategy::VersionedKeys << 3000LL << 1 << true << 1 << 3000LL;
}

void TestPhotoCache::afterAnUpload()
{
    QFETCH(Strategy, strategy);
    QFETCH(qint64, readAt);
    QFETCH(int, nodeVersion);
    QFETCH(bool, hit);
    QFETCH(int, version);
    QFETCH(qint64, ageMs);

    PhotoCache cache;
    cache.configure(strategy, 10000, 2000);
    const PhotoCache::Answer first = cache.read(photo(1), 0);
    QVERIFY(!first.hit);
    QCOMPARE(first.photo.version, 1);
    cache.written(photo(2), 1000);

    const PhotoCache::Answer answer = cache.read(photo(nodeVersion), readAt);
    QCOMPARE(answer.hit, hit);
    QCOMPARE(answer.photo.version, version);
    QCOMPARE(answer.ageMs, ageMs);
}

void TestPhotoCache::namesRoundTrip()
{
    for (Strategy s : {Strategy::None, Strategy::Ttl, Strategy::WriteThrough,
                       Strategy::EventInvalidation, Strategy::VersionedKeys}) {
        Strategy back = Strategy::None;
        QVERIFY(PhotoCache::strategyFromName(PhotoCache::strategyName(s), &back));
        QCOMPARE(back, s);
    }
    Strategy unchanged = Strategy::Ttl;
    QVERIFY(!PhotoCache::strategyFromName(QStringLiteral("lru"), &unchanged));
    QCOMPARE(unchanged, Strategy::Ttl);
}

void TestPhotoCache::aNewStrategyStartsEmpty()
{
    PhotoCache cache;
    cache.configure(Strategy::Ttl, 10000, 0);
    cache.read(photo(1), 0);
    QCOMPARE(cache.size(0), 1);
    cache.configure(Strategy::Ttl, 5000, 0); // the same strategy keeps its copy
    QCOMPARE(cache.size(100), 1);
    cache.configure(Strategy::WriteThrough, 10000, 0);
    QCOMPARE(cache.size(100), 0);
    QVERIFY(!cache.read(photo(3), 200).hit);
}

void TestPhotoCache::readYourWritesBehindTheCache_data()
{
    // The replica applies 5 s after the primary. The page reads once before the upload (filling
    // the cache with version 1), uploads version 2, then reads with read-your-writes (minLsn of
    // the upload) at 1 s, when only the primary has it.
    QTest::addColumn<Strategy>("strategy");
    QTest::addColumn<int>("version");
    QTest::addColumn<QByteArray>("cacheHeader");

    QTest::newRow("no cache: the primary serves the new photo")
        << Strategy::None << 2 << QByteArray();
    QTest::newRow("ttl: the cache answers first with the old photo")
        << Strategy::Ttl << 1 << QByteArray("hit");
    QTest::newRow("write-through: the cache has the new photo")
        << Strategy::WriteThrough << 2 << QByteArray("hit");
    QTest::newRow("event: the event has not arrived, the old photo")
        << Strategy::EventInvalidation << 1 << QByteArray("hit");
    QTest::newRow("versioned: the primary's version is a new key")
        << Strategy::VersionedKeys << 2 << QByteArray("miss");
}

void TestPhotoCache::readYourWritesBehindTheCache()
{
    QFETCH(Strategy, strategy);
    QFETCH(int, version);
    QFETCH(QByteArray, cacheHeader);

    Harness h(laggingConfig(strategy, 5000));
    QCOMPARE(h.get(QStringLiteral("/profile")).status, 200);
    h.clock.setNow(500);
    const qint64 lsn = h.simulation.uploadPhoto(QByteArray(64, 'p'), QStringLiteral("image/png"),
                                                QStringLiteral("up-1"), QStringLiteral("laptop"));
    h.clock.setNow(1500);

    const ApiResponse r = h.get(QStringLiteral("/profile?minLsn=%1").arg(lsn));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.header("X-Served-By"), QByteArray("primary")); // the database part did its job
    const QJsonObject body = QJsonDocument::fromJson(r.body).object();
    const QJsonObject shown =
        body.value(QStringLiteral("profile")).toObject().value(QStringLiteral("photo")).toObject();
    QCOMPARE(shown.value(QStringLiteral("version")).toInt(), version);
    QCOMPARE(r.header(Wire::Header::cache), cacheHeader);
    if (cacheHeader.isEmpty()) {
        QVERIFY(!body.contains(QStringLiteral("cache")));
        return;
    }
    QCOMPARE(r.header(Wire::Header::cacheVersion).toInt(), version);
    QCOMPARE(r.header(Wire::Header::cacheStrategy), PhotoCache::strategyName(strategy).toUtf8());
    const QJsonObject cache = body.value(QStringLiteral("cache")).toObject();
    QCOMPARE(cache.value(QStringLiteral("hit")).toBool(), cacheHeader == "hit");
    QCOMPARE(cache.value(QStringLiteral("version")).toInt(), version);
    QCOMPARE(cache.value(QStringLiteral("nodeVersion")).toInt(), 2);
    // Age in backend time: the copy of version 1 was stored at 0, the write-through copy at 500.
    const qint64 age = strategy == Strategy::WriteThrough ? 1000 : cacheHeader == "hit" ? 1500 : 0;
    QCOMPARE(r.header(Wire::Header::cacheAge).toLongLong(), age);
    QCOMPARE(cache.value(QStringLiteral("ageMs")).toInteger(), age);
}

void TestPhotoCache::noCacheChangesNothing()
{
    QCOMPARE(BackendConfig::defaults().cache.strategy, Strategy::None);
    Harness h(BackendConfig::instant());
    const ApiResponse r = h.get(QStringLiteral("/profile"));
    QCOMPARE(r.status, 200);
    for (const char *name : {Wire::Header::cache, Wire::Header::cacheAge,
                             Wire::Header::cacheVersion, Wire::Header::cacheStrategy})
        QVERIFY2(r.header(name).isEmpty(), name);
}

void TestPhotoCache::resetEmptiesTheCache()
{
    Harness h(laggingConfig(Strategy::Ttl, 0));
    h.get(QStringLiteral("/profile"));
    QCOMPARE(h.get(QStringLiteral("/profile")).header(Wire::Header::cache), QByteArray("hit"));
    h.simulation.reset();
    QCOMPARE(h.get(QStringLiteral("/profile")).header(Wire::Header::cache), QByteArray("miss"));
}

QTEST_GUILESS_MAIN(TestPhotoCache)
#include "tst_photocache.moc"
