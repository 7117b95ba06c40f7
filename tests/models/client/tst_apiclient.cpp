// The API client against a scripted server: everything a real backend does only by accident.

#include "models/client/apicall.h"
#include "models/client/apiclient.h"
#include "scriptedserver.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(ApiError)

namespace {

// Waits for the call and returns its result; the call deletes itself afterwards.
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

// A valid items answer of about `items` entries.
QByteArray itemsJson(int items)
{
    QByteArray json = R"({"items":[)";
    for (int i = 1; i <= items; ++i) {
        if (i > 1)
            json += ',';
        json +=
            R"({"id":)" + QByteArray::number(i) + R"(,"title":"A chair","favorite":false,"lsn":1})";
    }
    return json + "]}";
}

// HTTP's "deflate" is the zlib format: qCompress without its four-byte length prefix.
QByteArray deflated(const QByteArray &bytes)
{
    return qCompress(bytes).mid(4);
}

} // namespace

class TestApiClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void offContractAnswersAreErrors_data();
    void offContractAnswersAreErrors();
    void droppedWriteIsSentOnceAndUnknown();
    void refusedConnectionIsCertainFailure();
    void silenceTimesOut();
    void retriesOnlyWhatIsSafe_data();
    void retriesOnlyWhatIsSafe();
    void readYourWritesTokenOnlyRises();
    void everyRequestCarriesIdentity();
    void compressedAnswerIsNotTruncated();
    void answersAreReadWithASizeLimit_data();
    void answersAreReadWithASizeLimit();
};

void TestApiClient::offContractAnswersAreErrors_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<QString>("code");

    using S = ScriptedServer;
    QTest::newRow("not json") << S::response(200, "<html>hello</html>") << ApiError::Malformed
                              << u"malformed_json"_s;
    QTest::newRow("json array") << S::response(200, "[1,2]") << ApiError::Malformed
                                << u"malformed_json"_s;
    QTest::newRow("truncated") << S::response(200, R"({"items":[{"id":1)", {}, 400)
                               << ApiError::Malformed << u"truncated"_s;
    QTest::newRow("wrong type") << S::response(200,
                                               R"({"items":[{"id":"one","title":"A",)"
                                               R"("favorite":false,"lsn":1}]})")
                                << ApiError::Malformed << u"unexpected_shape"_s;
    QTest::newRow("missing field")
        << S::response(200, R"({"items":[{"id":1,"title":"A","lsn":1}]})") << ApiError::Malformed
        << u"unexpected_shape"_s;
    QTest::newRow("fractional id")
        << S::response(200, R"({"items":[{"id":1.5,"title":"A","favorite":true,"lsn":1}]})")
        << ApiError::Malformed << u"unexpected_shape"_s;
    QTest::newRow("html error page")
        << S::response(500, "<h1>Internal</h1>") << ApiError::Http << u"http_500"_s;
    QTest::newRow("json error") << S::response(
        422, R"({"error":{"code":"invalid_field","message":"No."}})")
                                << ApiError::Http << u"invalid_field"_s;
}

void TestApiClient::offContractAnswersAreErrors()
{
    QFETCH(QByteArray, raw);
    QFETCH(ApiError, error);
    QFETCH(QString, code);

    ScriptedServer server;
    server.setStep({ScriptedServer::Action::Respond, raw});
    ApiClient client(server.url());
    const ApiResult result = resultOf(client.fetchItems(ReadConsistency::AnyReplica));

    QCOMPARE(result.error, error);
    QCOMPARE(result.errorCode, code);
    QVERIFY(!result.ok());
    QVERIFY(!result.message.isEmpty());
    QVERIFY(result.get<QList<CatalogItem>>() == nullptr);
}

void TestApiClient::droppedWriteIsSentOnceAndUnknown()
{
    ScriptedServer server;
    server.setStep({ScriptedServer::Action::Close, {}});
    ApiClient client(server.url());

    ApiRequest request;
    request.method = "PUT";
    request.path = u"/items/3/favorite"_s;
    request.body = R"({"favorite":true})";
    request.contentType = "application/json";
    request.maxAttempts = 3; // ignored: without a key a write must never be sent twice
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"has no idempotency key"_s));
    const ApiResult result = resultOf(client.send(request));

    QCOMPARE(result.error, ApiError::Network);
    QVERIFY(result.outcomeUnknown());
    QCOMPARE(server.received().size(), 1);
}

void TestApiClient::refusedConnectionIsCertainFailure()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();

    ApiClient client(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
    const ApiResult result =
        resultOf(client.setFavorite(1, true, ApiClient::newIdempotencyKey(), {}));
    QCOMPARE(result.error, ApiError::ConnectionRefused);
    QVERIFY(!result.outcomeUnknown());
}

void TestApiClient::silenceTimesOut()
{
    ScriptedServer server;
    server.setStep({ScriptedServer::Action::Hang, {}});
    ApiClient client(server.url());
    client.setDefaultTimeout(300ms);

    const ApiResult result =
        resultOf(client.setFavorite(1, true, ApiClient::newIdempotencyKey(), {}));
    QCOMPARE(result.error, ApiError::Timeout);
    QVERIFY(result.outcomeUnknown());
}

void TestApiClient::retriesOnlyWhatIsSafe_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<bool>("keyed");
    QTest::addColumn<int>("expectedRequests");

    QTest::newRow("read") << QByteArray("GET") << false << 3;
    QTest::newRow("keyed write") << QByteArray("POST") << true << 3;
    QTest::newRow("unkeyed write") << QByteArray("POST") << false << 1;
}

void TestApiClient::retriesOnlyWhatIsSafe()
{
    QFETCH(QByteArray, method);
    QFETCH(bool, keyed);
    QFETCH(int, expectedRequests);

    ScriptedServer server;
    server.setStep({ScriptedServer::Action::Respond,
                    ScriptedServer::response(
                        503, R"({"error":{"code":"injected_failure","message":"Try again."}})")});
    ApiClient client(server.url());

    ApiRequest request;
    request.method = method;
    request.path = u"/transfers"_s;
    if (method != "GET") {
        request.body = "{}";
        request.contentType = "application/json";
    }
    if (keyed)
        request.idempotencyKey = ApiClient::newIdempotencyKey();
    else if (method != "GET")
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"has no idempotency key"_s));
    request.maxAttempts = 3;
    const ApiResult result = resultOf(client.send(request));

    QCOMPARE(result.error, ApiError::Http);
    QCOMPARE(result.httpStatus, 503);
    QCOMPARE(result.attempts, expectedRequests);
    QCOMPARE(server.received().size(), expectedRequests);
    // Every attempt is the same story and, for a write, the same intent.
    for (const ScriptedServer::Received &received : server.received()) {
        QCOMPARE(received.header("X-Correlation-Id"), result.correlationId.toUtf8());
        QCOMPARE(received.header("Idempotency-Key"), request.idempotencyKey.toUtf8());
    }
}

void TestApiClient::readYourWritesTokenOnlyRises()
{
    ScriptedServer server;
    qint64 nextLsn = 17;
    server.setPicker([&nextLsn](const ScriptedServer::Received &request) {
        if (request.method == "GET")
            return ScriptedServer::Step {ScriptedServer::Action::Respond,
                                         ScriptedServer::response(200, R"({"items":[]})")};
        const QByteArray lsn = QByteArray::number(nextLsn);
        return ScriptedServer::Step {
            ScriptedServer::Action::Respond,
            ScriptedServer::response(200,
                                     R"({"item":{"id":1,"title":"A","favorite":true,"lsn":)" + lsn
                                         + "},\"lsn\":" + lsn + "}",
                                     "X-Write-LSN: " + lsn + "\r\n")};
    });
    ApiClient client(server.url());
    QSignalSpy tokenSpy(&client, &ApiClient::readYourWritesTokenChanged);

    const ApiResult first = resultOf(client.setFavorite(1, true, ApiClient::newIdempotencyKey()));
    QVERIFY2(first.ok(), qPrintable(first.errorCode + u": "_s + first.message));
    QCOMPARE(client.readYourWritesToken(), 17);
    nextLsn = 5; // an older write answered late must not lower the token
    const ApiResult second = resultOf(client.setFavorite(1, true, ApiClient::newIdempotencyKey()));
    QVERIFY2(second.ok(), qPrintable(second.errorCode + u": "_s + second.message));
    QCOMPARE(client.readYourWritesToken(), 17);
    QCOMPARE(tokenSpy.size(), 1);

    QVERIFY(resultOf(client.fetchItems(ReadConsistency::ReadYourWrites)).ok());
    QCOMPARE(server.received().last().path, QByteArray("/items?minLsn=17"));
}

void TestApiClient::everyRequestCarriesIdentity()
{
    ScriptedServer server;
    server.setStep(
        {ScriptedServer::Action::Respond, ScriptedServer::response(200, R"({"items":[]})")});
    ApiClient client(server.url());
    QSignalSpy started(&client, &ApiClient::requestStarted);
    QSignalSpy finished(&client, &ApiClient::requestFinished);

    const ApiResult result = resultOf(client.fetchItems(ReadConsistency::Primary, u"c-mine"_s));
    QVERIFY(result.ok());
    QCOMPARE(result.correlationId, u"c-mine"_s);
    const ScriptedServer::Received &received = server.received().constFirst();
    QCOMPARE(received.header("X-Correlation-Id"), QByteArray("c-mine"));
    QCOMPARE(received.header("X-Client-Id"), client.clientId().toUtf8());
    QCOMPARE(received.path, QByteArray("/items?consistency=primary"));
    QCOMPARE(started.size(), 1);
    QCOMPARE(finished.size(), 1);
}

void TestApiClient::compressedAnswerIsNotTruncated()
{
    // Content-Length is the compressed size; what we read is larger. Not a cut-off answer.
    const QByteArray json = itemsJson(40);
    const QByteArray body = deflated(json);
    QVERIFY(body.size() < json.size());
    ScriptedServer server;
    server.setStep({ScriptedServer::Action::Respond,
                    ScriptedServer::response(200, body, "Content-Encoding: deflate\r\n")});
    ApiClient client(server.url());
    const ApiResult result = resultOf(client.fetchItems(ReadConsistency::AnyReplica));
    QVERIFY2(result.ok(), qPrintable(result.errorCode + u' ' + result.message));
    QCOMPARE(result.get<QList<CatalogItem>>()->size(), 40);

    // Cut short on the wire, it is still reported as cut short.
    server.setStep({ScriptedServer::Action::Respond,
                    ScriptedServer::response(200, body.left(body.size() / 2),
                                             "Content-Encoding: deflate\r\n", body.size())});
    const ApiResult cut = resultOf(client.fetchItems(ReadConsistency::AnyReplica));
    QCOMPARE(cut.error, ApiError::Malformed);
}

void TestApiClient::answersAreReadWithASizeLimit_data()
{
    QTest::addColumn<bool>("compressed");
    QTest::addColumn<bool>("declared"); // Content-Length given (else read until close)
    QTest::newRow("plain") << false << true;
    QTest::newRow("plain, no length") << false << false;
    QTest::newRow("compressed: counted after decompression") << true << true;
}

void TestApiClient::answersAreReadWithASizeLimit()
{
    QFETCH(bool, compressed);
    QFETCH(bool, declared);
    const QByteArray json = itemsJson(400); // about 30 KB
    const QByteArray body = compressed ? deflated(json) : json;
    QByteArray raw = ScriptedServer::response(
        200, body, compressed ? QByteArray("Content-Encoding: deflate\r\n") : QByteArray());
    if (!declared)
        raw.replace(QByteArray("Content-Length: " + QByteArray::number(body.size()) + "\r\n"),
                    QByteArray());
    ScriptedServer server;
    server.setStep({ScriptedServer::Action::Respond, raw});
    ApiClient client(server.url());
    client.setMaxAnswerBytes(10000);
    const ApiResult result = resultOf(client.fetchItems(ReadConsistency::AnyReplica));
    QCOMPARE(result.error, ApiError::Malformed);
    QCOMPARE(result.errorCode, u"too_large"_s);
    QVERIFY(!result.message.isEmpty());

    // Within the limit, the same answer is read.
    client.setMaxAnswerBytes(json.size() + 1);
    const ApiResult fits = resultOf(client.fetchItems(ReadConsistency::AnyReplica));
    QVERIFY2(fits.ok(), qPrintable(fits.errorCode));
}

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
