// The API client and the event stream against the real backend, in process, over loopback.

#include "mock_backend/server/backendserver.h"
#include "mock_backend/sim/simulation.h"
#include "models/client/apicall.h"
#include "models/client/apiclient.h"
#include "models/client/eventstream.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

ApiResult resultOf(ApiCall *call)
{
    QSignalSpy spy(call, &ApiCall::finished);
    if (!spy.wait(20000)) {
        ApiResult gaveUp;
        gaveUp.error = ApiError::Canceled;
        gaveUp.errorCode = u"test_gave_up"_s;
        return gaveUp;
    }
    return spy.takeFirst().at(0).value<ApiResult>();
}

// Instant answers, but replicas that stay a minute behind: every replica read is stale.
mock::BackendConfig laggingReplicas()
{
    mock::BackendConfig config = mock::BackendConfig::instant();
    for (mock::LagModel &replica : config.replicas) {
        replica.kind = mock::LagModel::Kind::Fixed;
        replica.baseMs = 60000;
    }
    return config;
}

std::optional<CatalogItem> itemIn(const ApiResult &result, int id)
{
    if (const auto *items = result.get<QList<CatalogItem>>()) {
        for (const CatalogItem &item : *items) {
            if (item.id == id)
                return item;
        }
    }
    return std::nullopt;
}

} // namespace

class TestClientAgainstBackend : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsFollowTheAskedConsistency_data();
    void readsFollowTheAskedConsistency();
    void retryWithSameKeyIsReplayedNotReapplied();
    void backendDyingMidWriteLeavesOutcomeUnknown();
    void eventStreamDeliversOwnWriteWithIdentity();
    void eventStreamResumesWithoutGapsOrRepeats();
};

void TestClientAgainstBackend::readsFollowTheAskedConsistency_data()
{
    QTest::addColumn<ReadConsistency>("consistency");
    QTest::addColumn<bool>("seesOwnWrite");
    QTest::addColumn<QString>("servedByPrefix");

    QTest::newRow("any replica") << ReadConsistency::AnyReplica << false << u"replica-"_s;
    QTest::newRow("primary") << ReadConsistency::Primary << true << u"primary"_s;
    QTest::newRow("read your writes") << ReadConsistency::ReadYourWrites << true << u"primary"_s;
}

void TestClientAgainstBackend::readsFollowTheAskedConsistency()
{
    QFETCH(ReadConsistency, consistency);
    QFETCH(bool, seesOwnWrite);
    QFETCH(QString, servedByPrefix);

    mock::BackendServer server(laggingReplicas());
    QVERIFY(server.listen());
    ApiClient client(server.url());

    const ApiResult write = resultOf(client.setFavorite(7, true, ApiClient::newIdempotencyKey()));
    QVERIFY2(write.ok(), qPrintable(write.message));
    QVERIFY(write.writeLsn > 0);
    QCOMPARE(client.readYourWritesToken(), write.writeLsn);

    const ApiResult read = resultOf(client.fetchItems(consistency));
    QVERIFY2(read.ok(), qPrintable(read.message));
    QVERIFY2(read.servedBy.startsWith(servedByPrefix), qPrintable(read.servedBy));
    const std::optional<CatalogItem> item = itemIn(read, 7);
    QVERIFY(item);
    QCOMPARE(item->favorite, seesOwnWrite);
    QCOMPARE(read.nodeLsn >= write.writeLsn, seesOwnWrite);
}

void TestClientAgainstBackend::retryWithSameKeyIsReplayedNotReapplied()
{
    mock::BackendServer server(mock::BackendConfig::instant());
    QVERIFY(server.listen());
    ApiClient client(server.url());
    const QString key = ApiClient::newIdempotencyKey();

    const ApiResult first = resultOf(client.createTransfer(u"p-1"_s, 1250, {}, key));
    QVERIFY2(first.ok(), qPrintable(first.message));
    const ApiResult again = resultOf(client.createTransfer(u"p-1"_s, 1250, {}, key));
    QVERIFY2(again.ok(), qPrintable(again.message));
    QVERIFY(again.replayed);
    QCOMPARE(again.get<Transfer>()->id, first.get<Transfer>()->id);

    const ApiResult all = resultOf(client.fetchTransfers(ReadConsistency::Primary));
    QVERIFY(all.ok());
    QCOMPARE(all.get<QList<Transfer>>()->size(), 1);
}

void TestClientAgainstBackend::backendDyingMidWriteLeavesOutcomeUnknown()
{
    mock::BackendConfig config = mock::BackendConfig::instant();
    config.writes.baseMs = 60000; // the answer would come much later than the server lives
    auto server = std::make_unique<mock::BackendServer>(config);
    QVERIFY(server->listen());
    ApiClient client(server->url());

    ApiCall *call = client.setFavorite(3, true, ApiClient::newIdempotencyKey());
    QSignalSpy finished(call, &ApiCall::finished);
    QSignalSpy logged(server.get(), &mock::BackendServer::requestLogged);
    // Let the request reach the server, then kill the server while it holds the write.
    QTRY_VERIFY_WITH_TIMEOUT(server->simulation().idempotency().size() > 0, 10000);
    server.reset();

    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
    const ApiResult result = finished.takeFirst().at(0).value<ApiResult>();
    QVERIFY(!result.ok());
    QVERIFY(result.outcomeUnknown());
    QCOMPARE(client.readYourWritesToken(), 0);
}

void TestClientAgainstBackend::eventStreamDeliversOwnWriteWithIdentity()
{
    mock::BackendServer server(mock::BackendConfig::instant());
    QVERIFY(server.listen());
    ApiClient client(server.url());
    EventStream stream(&client);
    QSignalSpy events(&stream, &EventStream::eventReceived);
    stream.startFromNow();
    QTRY_VERIFY_WITH_TIMEOUT(stream.isConnected(), 10000);

    const ApiResult write =
        resultOf(client.setFavorite(5, true, ApiClient::newIdempotencyKey(), u"c-story"_s));
    QVERIFY(write.ok());

    auto accepted = [&events] {
        for (const QList<QVariant> &args : events) {
            const auto event = args.at(0).value<BackendEvent>();
            if (event.type == "write.accepted"_L1)
                return event;
        }
        return BackendEvent {};
    };
    QTRY_VERIFY_WITH_TIMEOUT(!accepted().type.isEmpty(), 10000);
    const BackendEvent event = accepted();
    QCOMPARE(event.correlationId, u"c-story"_s);
    QCOMPARE(event.clientId, client.clientId());
    QCOMPARE(event.lsn, write.writeLsn);
}

void TestClientAgainstBackend::eventStreamResumesWithoutGapsOrRepeats()
{
    mock::BackendServer server(mock::BackendConfig::instant());
    QVERIFY(server.listen());
    ApiClient client(server.url());

    QList<qint64> seen;
    auto stream = std::make_unique<EventStream>(&client);
    auto collect = [&seen](const BackendEvent &event) { seen.append(event.seq); };
    connect(stream.get(), &EventStream::eventReceived, this, collect);
    stream->startFromNow();
    QVERIFY(resultOf(client.setFavorite(1, true, ApiClient::newIdempotencyKey())).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!seen.isEmpty(), 10000);
    const qint64 resumeFrom = stream->lastSeq();
    stream.reset(); // the app goes away…

    // …writes happen while nobody listens…
    QVERIFY(resultOf(client.setFavorite(2, true, ApiClient::newIdempotencyKey())).ok());
    QVERIFY(resultOf(client.setFavorite(3, true, ApiClient::newIdempotencyKey())).ok());
    const qsizetype beforeResume = seen.size();

    // …and a new stream picks up exactly where the old one stopped.
    stream = std::make_unique<EventStream>(&client);
    connect(stream.get(), &EventStream::eventReceived, this, collect);
    stream->start(resumeFrom);
    QTRY_VERIFY_WITH_TIMEOUT(seen.size() >= beforeResume + 2, 10000);
    for (qsizetype i = 1; i < seen.size(); ++i)
        QCOMPARE(seen.at(i), seen.at(i - 1) + 1); // consecutive: nothing lost, nothing twice
}

QTEST_GUILESS_MAIN(TestClientAgainstBackend)
#include "tst_clientagainstbackend.moc"
