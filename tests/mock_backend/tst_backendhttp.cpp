// The real server over loopback: every bad input gets the right JSON error and changes
// nothing, faults behave as documented, and the server keeps answering afterwards.

#include "mock_backend/config/backendconfig.h"
#include "mock_backend/server/backendserver.h"
#include "mock_backend/server/embeddedbackend.h"
#include "mock_backend/sim/simulation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace mock;

namespace {

struct Reply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QString code() const
    {
        return json()[QStringLiteral("error")][QStringLiteral("code")].toString();
    }
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

} // namespace

class TestBackendHttp : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void dataRoutesAnswer();
    void badInput_data();
    void badInput();
    void oversizedPhotoIs413();
    void garbageRequestLineDoesNotStopTheServer();
    void lostResponseCommitsTheWrite();
    void lostResponseMetricCountsOnlyLostAnswers();
    void hangLastsUntilTheClientGivesUp();
    void oneShotsWaitForThePersonsWrite();
    void oneShotsAimedAtARoute();
    void usedOneShotsAreAnnounced();
    void offlineDropsDataRoutesButNotAdmin();
    void longPollWakesOnWrite();
    void everyParkedLongPollWakesOnOneWrite();
    void readYourWritesWaitsForAReplica();
    void photoUploadCreatesVersions();
    void profileDetailsCarryETags();
    void metricsAreExposed();
    void adminNeedsTokenWhenConfigured();
    void embeddedBackendStartsAndStops();

private:
    Reply send(const QByteArray &method, const QString &path, const QByteArray &body = {},
               const QByteArray &contentType = "application/json", const Headers &headers = {},
               int timeoutMs = 0);
    void verifyStillServing(qint64 expectedLsn);

    std::unique_ptr<BackendServer> m_server;
    QNetworkAccessManager m_network;
};

Reply TestBackendHttp::send(const QByteArray &method, const QString &path, const QByteArray &body,
                            const QByteArray &contentType, const Headers &headers, int timeoutMs)
{
    QNetworkRequest request(m_server->url().resolved(QUrl(path)));
    if (!body.isEmpty() && !contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (timeoutMs > 0)
        request.setTransferTimeout(timeoutMs);
    std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, method, body));
    Reply result;
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 20000)) {
        result.error = QNetworkReply::TimeoutError;
        return result;
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    result.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    return result;
}

void TestBackendHttp::verifyStillServing(qint64 expectedLsn)
{
    const Reply health = send("GET", QStringLiteral("/health"));
    QCOMPARE(health.status, 200);
    QCOMPARE(health.json()[QStringLiteral("primaryLsn")].toInteger(), expectedLsn);
}

void TestBackendHttp::init()
{
    BackendConfig config = BackendConfig::instant();
    config.limits.maxBodyBytes = 4096;
    m_server = std::make_unique<BackendServer>(config);
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    m_network.clearConnectionCache();
}

void TestBackendHttp::cleanup()
{
    m_network.clearConnectionCache();
    m_server.reset();
}

void TestBackendHttp::dataRoutesAnswer()
{
    const Reply items = send("GET", QStringLiteral("/items"));
    QCOMPARE(items.status, 200);
    QVERIFY(items.json()[QStringLiteral("items")].toArray().size() >= 40);
    QVERIFY(items.headers.value("x-served-by").startsWith("replica-"));
    QCOMPARE(items.headers.value("x-lsn"), QByteArray("0"));
    QVERIFY(items.headers.value("x-correlation-id").startsWith("srv-"));

    const Reply fav = send("PUT", QStringLiteral("/items/7/favorite"), R"({"favorite":true})",
                           "application/json", {{"X-Correlation-Id", "c-42"}});
    QCOMPARE(fav.status, 200);
    QCOMPARE(fav.headers.value("x-correlation-id"), QByteArray("c-42"));
    QCOMPARE(fav.headers.value("x-write-lsn"), QByteArray("1"));
    QCOMPARE(fav.json()[QStringLiteral("lsn")].toInt(), 1);

    const Reply account = send("GET", QStringLiteral("/account?consistency=primary"));
    QCOMPARE(account.json()[QStringLiteral("account")][QStringLiteral("balance")].toInteger(),
             124000);
    const Reply transfer = send("POST", QStringLiteral("/transfers"),
                                R"({"payeeId":"p-1","amount":2500,"note":"Lunch"})",
                                "application/json", {{"Idempotency-Key", "k1"}});
    QCOMPARE(transfer.status, 202);
    QTRY_COMPARE_WITH_TIMEOUT(send("GET", QStringLiteral("/transfers/t-1?consistency=primary"))
                                  .json()[QStringLiteral("transfer")][QStringLiteral("state")]
                                  .toString(),
                              QStringLiteral("completed"), 10000);
    const Reply replay = send("POST", QStringLiteral("/transfers"),
                              R"({"payeeId":"p-1","amount":2500,"note":"Lunch"})",
                              "application/json", {{"Idempotency-Key", "k1"}});
    QCOMPARE(replay.status, 202);
    QCOMPARE(replay.headers.value("idempotent-replayed"), QByteArray("true"));
    QCOMPARE(replay.body, transfer.body);
    const Reply profile = send("GET", QStringLiteral("/profile"));
    QCOMPARE(
        profile
            .json()[QStringLiteral("profile")][QStringLiteral("photo")][QStringLiteral("version")]
            .toInt(),
        1);
    const Reply photo = send("GET", QStringLiteral("/profile/photo/1"));
    QCOMPARE(photo.status, 200);
    QVERIFY(photo.body.startsWith("\x89PNG"));
}

void TestBackendHttp::badInput_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    const QByteArray json = "application/json";
    const QString fav = QStringLiteral("/items/3/favorite");
    const QString transfers = QStringLiteral("/transfers");
    QTest::newRow("malformed json")
        << QByteArray("PUT") << fav << json << QByteArray(R"({"favorite":tru)") << QByteArray()
        << 400 << "malformed_json";
    QTest::newRow("json array") << QByteArray("PUT") << fav << json << QByteArray("[true]")
                                << QByteArray() << 400 << "malformed_json";
    QTest::newRow("empty body") << QByteArray("PUT") << fav << json << QByteArray() << QByteArray()
                                << 415 << "unsupported_media_type";
    QTest::newRow("wrong type") << QByteArray("PUT") << fav << json
                                << QByteArray(R"({"favorite":"yes"})") << QByteArray() << 400
                                << "invalid_field";
    QTest::newRow("missing field") << QByteArray("PUT") << fav << json << QByteArray("{}")
                                   << QByteArray() << 400 << "missing_field";
    QTest::newRow("unknown field")
        << QByteArray("PUT") << fav << json << QByteArray(R"({"favorite":true,"colour":"red"})")
        << QByteArray() << 400 << "unknown_field";
    QTest::newRow("unknown item") << QByteArray("PUT") << QStringLiteral("/items/999/favorite")
                                  << json << QByteArray(R"({"favorite":true})") << QByteArray()
                                  << 404 << "not_found";
    QTest::newRow("non-numeric item")
        << QByteArray("GET") << QStringLiteral("/items/abc") << QByteArray() << QByteArray()
        << QByteArray() << 404 << "not_found";
    QTest::newRow("zero item") << QByteArray("GET") << QStringLiteral("/items/0") << QByteArray()
                               << QByteArray() << QByteArray() << 404 << "not_found";
    QTest::newRow("unknown transfer")
        << QByteArray("GET") << QStringLiteral("/transfers/t-99") << QByteArray() << QByteArray()
        << QByteArray() << 404 << "not_found";
    QTest::newRow("unknown photo version")
        << QByteArray("GET") << QStringLiteral("/profile/photo/7") << QByteArray() << QByteArray()
        << QByteArray() << 404 << "not_found";
    QTest::newRow("zero amount") << QByteArray("POST") << transfers << json
                                 << QByteArray(R"({"payeeId":"p-1","amount":0})") << QByteArray("z")
                                 << 400 << "invalid_field";
    QTest::newRow("negative amount")
        << QByteArray("POST") << transfers << json << QByteArray(R"({"payeeId":"p-1","amount":-5})")
        << QByteArray("n") << 400 << "invalid_field";
    QTest::newRow("fractional amount") << QByteArray("POST") << transfers << json
                                       << QByteArray(R"({"payeeId":"p-1","amount":12.5})")
                                       << QByteArray("f") << 400 << "invalid_field";
    QTest::newRow("amount as string") << QByteArray("POST") << transfers << json
                                      << QByteArray(R"({"payeeId":"p-1","amount":"100"})")
                                      << QByteArray("s") << 400 << "invalid_field";
    QTest::newRow("huge amount") << QByteArray("POST") << transfers << json
                                 << QByteArray(R"({"payeeId":"p-1","amount":1e300})")
                                 << QByteArray("h") << 400 << "invalid_field";
    // A double holds 9007199254740993 as 9007199254740992: rounded, not what was sent.
    QTest::newRow("amount above 2^53")
        << QByteArray("POST") << transfers << json
        << QByteArray(R"({"payeeId":"p-1","amount":9007199254740993})") << QByteArray("b") << 400
        << "invalid_field";
    QTest::newRow("amount with a bare decimal point")
        << QByteArray("POST") << transfers << json
        << QByteArray(R"({"payeeId":"p-1","amount":100.})") << QByteArray("d") << 400
        << "malformed_json";
    QTest::newRow("amount without a leading digit")
        << QByteArray("POST") << transfers << json
        << QByteArray(R"({"payeeId":"p-1","amount":.5e3})") << QByteArray("e") << 400
        << "malformed_json";
    QTest::newRow("key that is not UTF-8") << QByteArray("POST") << transfers << json
                                           << QByteArray(R"({"payeeId":"p-1","amount":100})")
                                           << QByteArray("k-\xff\xfe") << 400 << "invalid_field";
    QTest::newRow("amount over limit") << QByteArray("POST") << transfers << json
                                       << QByteArray(R"({"payeeId":"p-1","amount":600000})")
                                       << QByteArray("o") << 422 << "over_limit";
    QTest::newRow("insufficient funds") << QByteArray("POST") << transfers << json
                                        << QByteArray(R"({"payeeId":"p-1","amount":200000})")
                                        << QByteArray("i") << 422 << "insufficient_funds";
    QTest::newRow("unknown payee") << QByteArray("POST") << transfers << json
                                   << QByteArray(R"({"payeeId":"p-0","amount":100})")
                                   << QByteArray("p") << 422 << "unknown_payee";
    QTest::newRow("missing amount")
        << QByteArray("POST") << transfers << json << QByteArray(R"({"payeeId":"p-1"})")
        << QByteArray("m") << 400 << "missing_field";
    QTest::newRow("note too long")
        << QByteArray("POST") << transfers << json
        << QByteArray(R"({"payeeId":"p-1","amount":1,"note":")" + QByteArray(141, 'x') + "\"}")
        << QByteArray("l") << 400 << "invalid_field";
    QTest::newRow("transfer without key") << QByteArray("POST") << transfers << json
                                          << QByteArray(R"({"payeeId":"p-1","amount":100})")
                                          << QByteArray() << 400 << "idempotency_key_required";
    QTest::newRow("body over limit")
        << QByteArray("PUT") << fav << json
        << QByteArray(R"({"favorite":true,"x":")") + QByteArray(5000, 'x') + "\"}" << QByteArray()
        << 413 << "payload_too_large";
    QTest::newRow("text body") << QByteArray("PUT") << fav << QByteArray("text/plain")
                               << QByteArray(R"({"favorite":true})") << QByteArray() << 415
                               << "unsupported_media_type";
    QTest::newRow("photo as text")
        << QByteArray("PUT") << QStringLiteral("/profile/photo") << QByteArray("text/plain")
        << QByteArray("hello") << QByteArray() << 415 << "unsupported_media_type";
    QTest::newRow("corrupt png") << QByteArray("PUT") << QStringLiteral("/profile/photo")
                                 << QByteArray("image/png") << QByteArray(100, 'x') << QByteArray()
                                 << 422 << "invalid_image";
    QByteArray hugePng("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR\0\0\xff\xff\0\0\xff\xff\x08\x06\0\0\0", 29);
    hugePng += QByteArray(20, '\0');
    QTest::newRow("png too many pixels")
        << QByteArray("PUT") << QStringLiteral("/profile/photo") << QByteArray("image/png")
        << hugePng << QByteArray() << 422 << "invalid_image";
    // Each side fits in 32 bits, their product does not fit in a signed 64-bit number.
    QByteArray overflowingPng("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR\xff\xff\xff\xff\xff\xff\xff\xff"
                              "\x08\x06\0\0\0",
                              29);
    overflowingPng += QByteArray(20, '\0');
    QTest::newRow("png of 2^32-1 squared")
        << QByteArray("PUT") << QStringLiteral("/profile/photo") << QByteArray("image/png")
        << overflowingPng << QByteArray() << 422 << "invalid_image";
    QTest::newRow("jpeg that is not")
        << QByteArray("PUT") << QStringLiteral("/profile/photo") << QByteArray("image/jpeg")
        << QByteArray("\xff\xd8nope") << QByteArray() << 422 << "invalid_image";
    QTest::newRow("unknown route")
        << QByteArray("GET") << QStringLiteral("/nowhere") << QByteArray() << QByteArray()
        << QByteArray() << 404 << "route_not_found";
    QTest::newRow("trailing slash")
        << QByteArray("GET") << QStringLiteral("/items/") << QByteArray() << QByteArray()
        << QByteArray() << 404 << "route_not_found";
    QTest::newRow("wrong method") << QByteArray("DELETE") << QStringLiteral("/items/3")
                                  << QByteArray() << QByteArray() << QByteArray() << 405
                                  << "method_not_allowed";
    QTest::newRow("post to favorite")
        << QByteArray("POST") << fav << json << QByteArray(R"({"favorite":true})") << QByteArray()
        << 405 << "method_not_allowed";
    QTest::newRow("bad consistency")
        << QByteArray("GET") << QStringLiteral("/items?consistency=strong") << QByteArray()
        << QByteArray() << QByteArray() << 400 << "invalid_field";
    QTest::newRow("bad minLsn") << QByteArray("GET") << QStringLiteral("/items?minLsn=-1")
                                << QByteArray() << QByteArray() << QByteArray() << 400
                                << "invalid_field";
    QTest::newRow("waitMs too long")
        << QByteArray("GET") << QStringLiteral("/items?minLsn=1&waitMs=99999") << QByteArray()
        << QByteArray() << QByteArray() << 400 << "invalid_field";
    QTest::newRow("no such replica")
        << QByteArray("GET") << QStringLiteral("/items?replica=4") << QByteArray() << QByteArray()
        << QByteArray() << 400 << "invalid_field";
    QTest::newRow("bad events cursor")
        << QByteArray("GET") << QStringLiteral("/events?after=x") << QByteArray() << QByteArray()
        << QByteArray() << 400 << "invalid_field";
    QTest::newRow("config negative latency")
        << QByteArray("PATCH") << QStringLiteral("/admin/config") << json
        << QByteArray(R"({"latency":{"reads":{"baseMs":-1}}})") << QByteArray() << 400
        << "invalid_field";
    QTest::newRow("config unknown field")
        << QByteArray("PATCH") << QStringLiteral("/admin/config") << json
        << QByteArray(R"({"latency":{"reads":{"base":1}}})") << QByteArray() << 400
        << "unknown_field";
    QTest::newRow("config wrong type")
        << QByteArray("PUT") << QStringLiteral("/admin/config") << json
        << QByteArray(R"({"seed":"42"})") << QByteArray() << 400 << "invalid_field";
    QTest::newRow("config malformed")
        << QByteArray("PATCH") << QStringLiteral("/admin/config") << json << QByteArray("{")
        << QByteArray() << 400 << "malformed_json";
    QTest::newRow("config as text")
        << QByteArray("PATCH") << QStringLiteral("/admin/config") << QByteArray("text/plain")
        << QByteArray("{}") << QByteArray() << 415 << "unsupported_media_type";
    QTest::newRow("fault unknown route")
        << QByteArray("POST") << QStringLiteral("/admin/faults") << json
        << QByteArray(R"({"failTimes":2,"route":"GET /nope"})") << QByteArray() << 400
        << "invalid_field";
    QTest::newRow("fault on an admin route")
        << QByteArray("POST") << QStringLiteral("/admin/faults") << json
        << QByteArray(R"({"failTimes":2,"route":"POST /admin/reset"})") << QByteArray() << 400
        << "invalid_field";
    QTest::newRow("fault on the event stream")
        << QByteArray("POST") << QStringLiteral("/admin/faults") << json
        << QByteArray(R"({"failTimes":1,"route":"GET /events"})") << QByteArray() << 400
        << "invalid_field";
    QTest::newRow("config seed above 2^53")
        << QByteArray("PATCH") << QStringLiteral("/admin/config") << json
        << QByteArray(R"({"seed":9007199254740993})") << QByteArray() << 400 << "invalid_field";
    QTest::newRow("fault on health")
        << QByteArray("POST") << QStringLiteral("/admin/faults") << json
        << QByteArray(R"({"failTimes":1,"route":"GET /health"})") << QByteArray() << 400
        << "invalid_field";
    QTest::newRow("fault unknown target")
        << QByteArray("POST") << QStringLiteral("/admin/faults") << json
        << QByteArray(R"({"failNext":1,"target":"reads"})") << QByteArray() << 400
        << "invalid_field";
    QTest::newRow("fault target without failNext")
        << QByteArray("POST") << QStringLiteral("/admin/faults") << json
        << QByteArray(R"({"clear":true,"target":"any"})") << QByteArray() << 400 << "invalid_field";
    QTest::newRow("fault negative count")
        << QByteArray("POST") << QStringLiteral("/admin/faults") << json
        << QByteArray(R"({"failNext":-1})") << QByteArray() << 400 << "invalid_field";
    QTest::newRow("pause unknown replica")
        << QByteArray("POST") << QStringLiteral("/admin/replicas/9/pause") << QByteArray()
        << QByteArray() << QByteArray() << 404 << "not_found";
    QTest::newRow("other device unknown item")
        << QByteArray("POST") << QStringLiteral("/admin/simulate-device") << json
        << QByteArray(R"({"itemId":4242,"favorite":true})") << QByteArray() << 404 << "not_found";
}

void TestBackendHttp::badInput()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, key);
    QFETCH(int, status);
    QFETCH(QString, code);
    const QJsonObject configBefore = m_server->config().toJson();
    // As the app sends it; a request without (tst_backendsecurity) is refused as cross-site.
    Headers headers {{"X-Client-Id", "tst_backendhttp"}};
    if (!key.isEmpty())
        headers.append({"Idempotency-Key", key});
    const Reply reply = send(method, path, body, contentType, headers);
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.code(), code);
    QVERIFY(!reply.json()[QStringLiteral("error")][QStringLiteral("message")].toString().isEmpty());
    QVERIFY(reply.headers.value("content-type").startsWith("application/json"));
    QVERIFY(!reply.headers.value("x-correlation-id").isEmpty());
    // Nothing changed, and the server still answers.
    QCOMPARE(m_server->config().toJson(), configBefore);
    QCOMPARE(m_server->simulation().idempotency().size(), 0);
    verifyStillServing(0);
}

void TestBackendHttp::oversizedPhotoIs413()
{
    QString error;
    QVERIFY2(m_server->applyConfigPatch(
                 QJsonObject {{QStringLiteral("limits"),
                               QJsonObject {{QStringLiteral("maxPhotoBytes"), 2048}}}},
                 &error),
             qPrintable(error));
    QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0", 29);
    png += QByteArray(3000, '\0');
    const Reply reply = send("PUT", QStringLiteral("/profile/photo"), png, "image/png");
    QCOMPARE(reply.status, 413);
    QCOMPARE(reply.code(), QStringLiteral("payload_too_large"));
    verifyStillServing(0);
}

void TestBackendHttp::garbageRequestLineDoesNotStopTheServer()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("THIS IS NOT HTTP\r\n\r\n");
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 10000);
    verifyStillServing(0);
}

void TestBackendHttp::lostResponseCommitsTheWrite()
{
    QCOMPARE(
        send("POST", QStringLiteral("/admin/faults"), R"({"failNext":1,"mode":"lost"})").status,
        200);
    const Headers key {{"Idempotency-Key", "lost-1"}};
    // A raw socket: QNetworkAccessManager would silently resend a PUT whose connection dropped.
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("PUT /items/5/favorite HTTP/1.1\r\nHost: localhost\r\n"
                 "Content-Type: application/json\r\nIdempotency-Key: lost-1\r\n"
                 "Content-Length: 17\r\n\r\n{\"favorite\":true}");
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 10000);
    QVERIFY(socket.readAll().isEmpty()); // not a byte of an answer
    // The ambiguous outcome: the write is there, and a retry with the key gets its answer.
    const Reply item = send("GET", QStringLiteral("/items/5?consistency=primary"));
    QVERIFY(item.json()[QStringLiteral("item")][QStringLiteral("favorite")].toBool());
    const Reply retry = send("PUT", QStringLiteral("/items/5/favorite"), R"({"favorite":true})",
                             "application/json", key);
    QCOMPARE(retry.status, 200);
    QCOMPARE(retry.headers.value("idempotent-replayed"), QByteArray("true"));
    QCOMPARE(retry.json()[QStringLiteral("lsn")].toInt(), 1);
    verifyStillServing(1);
}

void TestBackendHttp::lostResponseMetricCountsOnlyLostAnswers()
{
    const Headers key {{"Idempotency-Key", "metric-1"}};
    QCOMPARE(send("PUT", QStringLiteral("/items/5/favorite"), R"({"favorite":true})",
                  "application/json", key)
                 .status,
             200);
    QCOMPARE(
        send("POST", QStringLiteral("/admin/faults"), R"({"failNext":1,"mode":"lost"})").status,
        200);
    // The retry draws the fault, but a replay commits nothing and its answer is not lost.
    const Reply replay = send("PUT", QStringLiteral("/items/5/favorite"), R"({"favorite":true})",
                              "application/json", key);
    QCOMPARE(replay.status, 200);
    QCOMPARE(replay.headers.value("idempotent-replayed"), QByteArray("true"));
    const QByteArray lostLine = "converge_injected_faults_total{kind=\"lost_response\"}";
    QVERIFY(!send("GET", QStringLiteral("/metrics")).body.contains(lostLine));

    // A fault that is carried out is counted.
    QCOMPARE(
        send("POST", QStringLiteral("/admin/faults"), R"({"failNext":1,"mode":"lost"})").status,
        200);
    QTcpSocket socket; // a raw socket: QNetworkAccessManager would resend the PUT
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("PUT /items/6/favorite HTTP/1.1\r\nHost: localhost\r\n"
                 "Content-Type: application/json\r\nContent-Length: 17\r\n\r\n"
                 "{\"favorite\":true}");
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 10000);
    QVERIFY(send("GET", QStringLiteral("/metrics")).body.contains(QByteArray(lostLine + " 1\n")));
}

void TestBackendHttp::hangLastsUntilTheClientGivesUp()
{
    QCOMPARE(send("POST", QStringLiteral("/admin/faults"),
                  R"({"failNext":1,"mode":"hang","target":"any"})")
                 .status,
             200);
    const Reply hung = send("GET", QStringLiteral("/items"), {}, {}, {}, 300);
    QCOMPARE(hung.status, 0);
    QCOMPARE(hung.error, QNetworkReply::OperationCanceledError);
    verifyStillServing(0);
}

// Issue 12: the app polls /health about twice a second, and "fail next 3" used to be gone before
// the person's tap. Housekeeping and reads leave the shots for the next writes.
void TestBackendHttp::oneShotsWaitForThePersonsWrite()
{
    const Reply armed = send("POST", QStringLiteral("/admin/faults"), R"({"failNext":3})");
    QCOMPARE(armed.status, 200);
    const auto failNext = [this] {
        return send("GET", QStringLiteral("/admin/faults"))
            .json()[QStringLiteral("oneShots")][QStringLiteral("failNext")]
            .toObject();
    };
    QCOMPARE(failNext()[QStringLiteral("remaining")].toInt(), 3);
    QCOMPARE(failNext()[QStringLiteral("target")].toString(), QStringLiteral("writes"));
    for (int i = 0; i < 10; ++i)
        QCOMPARE(send("GET", QStringLiteral("/health")).status, 200);
    QCOMPARE(send("GET", QStringLiteral("/items")).status, 200);
    QCOMPARE(send("GET", QStringLiteral("/account")).status, 200);
    QCOMPARE(send("GET", QStringLiteral("/metrics")).status, 200);
    QCOMPARE(failNext()[QStringLiteral("remaining")].toInt(), 3);

    const Reply tap = send("PUT", QStringLiteral("/items/5/favorite"), R"({"favorite":true})",
                           "application/json", {{"X-Correlation-Id", "tap-1"}});
    QCOMPARE(tap.status, 503);
    QCOMPARE(tap.code(), QStringLiteral("injected_failure"));
    const QJsonObject shots =
        send("GET", QStringLiteral("/admin/faults")).json()[QStringLiteral("oneShots")].toObject();
    QCOMPARE(shots[QStringLiteral("failNext")][QStringLiteral("remaining")].toInt(), 2);
    const QJsonArray used = shots[QStringLiteral("used")].toArray();
    QCOMPARE(used.size(), 1);
    const QJsonObject use = used.at(0).toObject();
    QCOMPARE(use[QStringLiteral("by")].toString(), QStringLiteral("failNext"));
    QCOMPARE(use[QStringLiteral("route")].toString(), QStringLiteral("PUT /items/{id}/favorite"));
    QCOMPARE(use[QStringLiteral("path")].toString(), QStringLiteral("/items/5/favorite"));
    QCOMPARE(use[QStringLiteral("correlationId")].toString(), QStringLiteral("tap-1"));
    QCOMPARE(use[QStringLiteral("mode")].toString(), QStringLiteral("error"));
    QVERIFY(use[QStringLiteral("atMs")].isDouble());
    QVERIFY(use[QStringLiteral("atMs")].toInteger() <= shots[QStringLiteral("atMs")].toInteger());

    // "Any request" still spares /health.
    QCOMPARE(
        send("POST", QStringLiteral("/admin/faults"), R"({"failNext":1,"target":"any"})").status,
        200);
    QCOMPARE(send("GET", QStringLiteral("/health")).status, 200);
    QCOMPARE(send("GET", QStringLiteral("/items")).status, 503);
    QCOMPARE(send("GET", QStringLiteral("/items")).status, 200);
    verifyStillServing(0);
}

void TestBackendHttp::oneShotsAimedAtARoute()
{
    QCOMPARE(send("POST", QStringLiteral("/admin/faults"),
                  R"({"failTimes":2,"route":"POST /transfers","mode":"error"})")
                 .status,
             200);
    // Another route's write goes through; the picked route takes both shots.
    QCOMPARE(send("PUT", QStringLiteral("/items/5/favorite"), R"({"favorite":true})").status, 200);
    const QByteArray transfer = R"({"payeeId":"p-1","amount":100})";
    for (const char *key : {"t-1", "t-2"}) {
        QCOMPARE(send("POST", QStringLiteral("/transfers"), transfer, "application/json",
                      {{"Idempotency-Key", key}})
                     .status,
                 503);
    }
    const QJsonObject shots =
        send("GET", QStringLiteral("/admin/faults")).json()[QStringLiteral("oneShots")].toObject();
    QVERIFY(shots[QStringLiteral("failTimes")].toArray().isEmpty());
    const QJsonArray used = shots[QStringLiteral("used")].toArray();
    QCOMPARE(used.size(), 2);
    for (const QJsonValue &use : used) {
        QCOMPARE(use[QStringLiteral("by")].toString(), QStringLiteral("failTimes"));
        QCOMPARE(use[QStringLiteral("route")].toString(), QStringLiteral("POST /transfers"));
    }
    // Clearing forgets what was used, too.
    QCOMPARE(send("POST", QStringLiteral("/admin/faults"), R"({"clear":true})")
                 .json()[QStringLiteral("oneShots")][QStringLiteral("used")]
                 .toArray()
                 .size(),
             0);
}

void TestBackendHttp::usedOneShotsAreAnnounced()
{
    // A control room waiting on the event channel hears about the use at once.
    QCOMPARE(send("POST", QStringLiteral("/admin/faults"), R"({"failNext":2})").status, 200);
    const qint64 after =
        send("GET", QStringLiteral("/events?after=0")).json()[QStringLiteral("next")].toInteger();
    QNetworkRequest poll(
        m_server->url().resolved(QUrl(QStringLiteral("/events?after=%1&waitMs=20000").arg(after))));
    std::unique_ptr<QNetworkReply> parked(m_network.get(poll));
    QCOMPARE(send("PUT", QStringLiteral("/items/5/favorite"), R"({"favorite":true})").status, 503);
    QTRY_VERIFY_WITH_TIMEOUT(parked->isFinished(), 10000);
    const QJsonArray events =
        QJsonDocument::fromJson(parked->readAll()).object()[QStringLiteral("events")].toArray();
    QVERIFY(!events.isEmpty());
    const QJsonObject event = events.at(0).toObject();
    QCOMPARE(event[QStringLiteral("type")].toString(), QStringLiteral("faults.changed"));
    QCOMPARE(event[QStringLiteral("data")][QStringLiteral("oneShots")][QStringLiteral("failNext")]
                  [QStringLiteral("remaining")]
                      .toInt(),
             1);
}

void TestBackendHttp::offlineDropsDataRoutesButNotAdmin()
{
    QCOMPARE(
        send("PATCH", QStringLiteral("/admin/config"), R"({"faults":{"offline":true}})").status,
        200);
    const Reply dropped = send("GET", QStringLiteral("/items"));
    QCOMPARE(dropped.status, 0);
    QVERIFY(dropped.error != QNetworkReply::NoError);
    QCOMPARE(send("GET", QStringLiteral("/health")).status, 0);
    QCOMPARE(send("GET", QStringLiteral("/metrics")).status, 200);
    QCOMPARE(
        send("PATCH", QStringLiteral("/admin/config"), R"({"faults":{"offline":false}})").status,
        200);
    verifyStillServing(0);
}

void TestBackendHttp::longPollWakesOnWrite()
{
    const qint64 seq =
        send("GET", QStringLiteral("/health")).json()[QStringLiteral("eventSeq")].toInteger();
    QNetworkRequest request(
        m_server->url().resolved(QUrl(QStringLiteral("/events?after=%1&waitMs=20000").arg(seq))));
    std::unique_ptr<QNetworkReply> poll(m_network.get(request));
    QTest::qWait(0);
    QVERIFY(!poll->isFinished());
    QNetworkAccessManager other; // a second connection for the write
    QNetworkRequest write(m_server->url().resolved(QUrl(QStringLiteral("/items/2/favorite"))));
    write.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    write.setRawHeader("X-Client-Id", "me");
    std::unique_ptr<QNetworkReply> writeReply(other.put(write, R"({"favorite":true})"));
    QTRY_VERIFY_WITH_TIMEOUT(poll->isFinished(), 10000);
    const QJsonObject body = QJsonDocument::fromJson(poll->readAll()).object();
    const QJsonArray events = body[QStringLiteral("events")].toArray();
    QVERIFY(!events.isEmpty());
    QCOMPARE(events[0][QStringLiteral("type")].toString(), QStringLiteral("write.accepted"));
    QCOMPARE(events[0][QStringLiteral("clientId")].toString(), QStringLiteral("me"));
    QCOMPARE(events[0][QStringLiteral("seq")].toInteger(), seq + 1);
    QTRY_VERIFY_WITH_TIMEOUT(writeReply->isFinished(), 10000);
}

// A room: many clients' event channels parked at once. Other requests leave them parked; one
// write answers every one of them with its event.
void TestBackendHttp::everyParkedLongPollWakesOnOneWrite()
{
    const qint64 seq =
        send("GET", QStringLiteral("/health")).json()[QStringLiteral("eventSeq")].toInteger();
    constexpr int clients = 12; // more than one network manager's six connections
    std::vector<std::unique_ptr<QNetworkAccessManager>> managers;
    std::vector<std::unique_ptr<QNetworkReply>> polls;
    for (int i = 0; i < clients; ++i) {
        managers.push_back(std::make_unique<QNetworkAccessManager>());
        QNetworkRequest request(m_server->url().resolved(
            QUrl(QStringLiteral("/events?after=%1&waitMs=20000").arg(seq))));
        polls.emplace_back(managers.back()->get(request));
    }
    QCOMPARE(send("GET", QStringLiteral("/items")).status, 200);
    QCOMPARE(send("GET", QStringLiteral("/health")).status, 200);
    for (const auto &poll : polls)
        QVERIFY(!poll->isFinished());
    const Reply write = send("PUT", QStringLiteral("/items/3/favorite"), R"({"favorite":true})",
                             "application/json", {{"X-Correlation-Id", "tap-3"}});
    QCOMPARE(write.status, 200);
    for (const auto &poll : polls) {
        QTRY_VERIFY_WITH_TIMEOUT(poll->isFinished(), 10000);
        const QJsonObject body = QJsonDocument::fromJson(poll->readAll()).object();
        const QJsonArray events = body[QStringLiteral("events")].toArray();
        QVERIFY(!events.isEmpty());
        QCOMPARE(events[0][QStringLiteral("seq")].toInteger(), seq + 1);
        QCOMPARE(events[0][QStringLiteral("correlationId")].toString(), QStringLiteral("tap-3"));
        QCOMPARE(body[QStringLiteral("next")].toInteger(),
                 events.last()[QStringLiteral("seq")].toInteger());
    }
}

void TestBackendHttp::readYourWritesWaitsForAReplica()
{
    QString error;
    QVERIFY(m_server->applyConfigPatch(
        QJsonDocument::fromJson(R"({"replication":{"replicas":[{"model":"fixed","baseMs":150}]}})")
            .object(),
        &error));
    const Reply write = send("PUT", QStringLiteral("/items/1/favorite"), R"({"favorite":true})");
    const qint64 lsn = write.json()[QStringLiteral("lsn")].toInteger();
    const Reply naive = send("GET", QStringLiteral("/items/1?replica=1"));
    QCOMPARE(naive.headers.value("x-served-by"), QByteArray("replica-1"));
    const Reply ryw = send("GET", QStringLiteral("/items/1?minLsn=%1&waitMs=5000").arg(lsn));
    QCOMPARE(ryw.status, 200);
    QCOMPARE(ryw.headers.value("x-served-by"), QByteArray("replica-1"));
    QVERIFY(ryw.headers.value("x-lsn").toLongLong() >= lsn);
    QVERIFY(ryw.json()[QStringLiteral("item")][QStringLiteral("favorite")].toBool());
}

void TestBackendHttp::photoUploadCreatesVersions()
{
    QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\x0dIHDR\0\0\0\x10\0\0\0\x10\x08\x06\0\0\0", 29);
    png += QByteArray(40, '\0');
    const Reply up = send("PUT", QStringLiteral("/profile/photo"), png, "image/png");
    QCOMPARE(up.status, 200);
    QCOMPARE(up.json()[QStringLiteral("photo")][QStringLiteral("version")].toInt(), 2);
    const Reply fetched = send("GET", QStringLiteral("/profile/photo/2?consistency=primary"));
    QCOMPARE(fetched.body, png);
    QCOMPARE(fetched.headers.value("content-type"), QByteArray("image/png"));
    QVERIFY(send("GET", QStringLiteral("/profile/photo/1")).body.startsWith("\x89PNG"));
}

// The ETag and If-Match headers and the 412 body survive the real server (tst_backenddetails
// has the rules).
void TestBackendHttp::profileDetailsCarryETags()
{
    const Reply seeded = send("GET", QStringLiteral("/profile"));
    QCOMPARE(seeded.headers.value("etag"), QByteArray(R"("1")"));
    const QByteArray body = R"({"name":"Sam R.","email":"sam@work.example"})";
    const Reply written = send("PUT", QStringLiteral("/profile/details"), body, "application/json",
                               {{"If-Match", R"("1")"}, {"X-Client-Id", "laptop"}});
    QCOMPARE(written.status, 200);
    QCOMPARE(written.headers.value("etag"), QByteArray(R"("2")"));
    QCOMPARE(written.headers.value("x-write-lsn"), QByteArray("1"));
    const Reply stale = send("PUT", QStringLiteral("/profile/details"), body, "application/json",
                             {{"If-Match", R"("1")"}});
    QCOMPARE(stale.status, 412);
    QCOMPARE(stale.code(), QStringLiteral("precondition_failed"));
    QCOMPARE(stale.headers.value("etag"), QByteArray(R"("2")"));
    const QJsonObject current = stale.json()[QStringLiteral("profile")].toObject();
    QCOMPARE(current[QStringLiteral("detailsVersion")].toInt(), 2);
    QCOMPARE(current[QStringLiteral("detailsUpdatedBy")].toString(), QStringLiteral("laptop"));
    const Reply other = send("POST", QStringLiteral("/admin/simulate-device/details"),
                             R"({"name":"Samantha Rivera"})");
    QCOMPARE(other.status, 200);
    QCOMPARE(other.json()[QStringLiteral("clientId")].toString(), QStringLiteral("other-device"));
    QVERIFY(send("GET", QStringLiteral("/metrics"))
                .body.contains("converge_requests_total{route=\"/profile/details\",method=\"PUT\","
                               "status=\"412\"} 1"));
    verifyStillServing(2);
}

void TestBackendHttp::metricsAreExposed()
{
    send("GET", QStringLiteral("/items"));
    const Reply metrics = send("GET", QStringLiteral("/metrics"));
    QCOMPARE(metrics.status, 200);
    QVERIFY(metrics.headers.value("content-type").startsWith("text/plain"));
    for (const char *name :
         {"converge_requests_total{route=\"/items\",method=\"GET\",status=\"200\"} 1",
          "converge_request_duration_seconds_bucket{route=\"/items\"",
          "converge_replica_applied_lsn{replica=\"1\"}",
          "converge_replica_lag_seconds{replica=\"2\"}", "converge_pending_transfers 0",
          "converge_idempotent_replays_total 0"})
        QVERIFY2(metrics.body.contains(name), name);
}

void TestBackendHttp::adminNeedsTokenWhenConfigured()
{
    m_server->setAccessToken(QStringLiteral("s3cret"));
    QCOMPARE(send("GET", QStringLiteral("/admin/config")).status, 401);
    QCOMPARE(send("GET", QStringLiteral("/admin/config")).code(), QStringLiteral("unauthorized"));
    QCOMPARE(
        send("GET", QStringLiteral("/admin/config"), {}, {}, {{"Authorization", "Bearer s3cret"}})
            .status,
        200);
    QCOMPARE(send("GET", QStringLiteral("/items")).status, 200); // loopback data routes stay open
}

void TestBackendHttp::embeddedBackendStartsAndStops()
{
    auto embedded = std::make_unique<EmbeddedBackend>(BackendConfig::instant());
    QSignalSpy ready(embedded.get(), &EmbeddedBackend::ready);
    embedded->start();
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 1, 10000);
    const QUrl url = ready.first().first().toUrl();
    QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
    QVERIFY(url.port() > 0);
    QVERIFY(embedded->applyConfigPatch(QJsonObject {{QStringLiteral("seed"), 77}}));
    std::unique_ptr<QNetworkReply> reply(
        m_network.get(QNetworkRequest(url.resolved(QUrl(QStringLiteral("/health"))))));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
    QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object()[QStringLiteral("seed")].toInt(),
             77);
    // Destroyed while a long poll is open: the thread and its sockets go away cleanly.
    std::unique_ptr<QNetworkReply> poll(m_network.get(
        QNetworkRequest(url.resolved(QUrl(QStringLiteral("/events?after=999999&waitMs=0"))))));
    QTRY_VERIFY_WITH_TIMEOUT(poll->isFinished(), 10000);
    std::unique_ptr<QNetworkReply> hanging(m_network.get(
        QNetworkRequest(url.resolved(QUrl(QStringLiteral("/events?after=2&waitMs=30000"))))));
    QTest::qWait(50);
    embedded.reset();
    QTRY_VERIFY_WITH_TIMEOUT(hanging->isFinished(), 10000);
}

QTEST_GUILESS_MAIN(TestBackendHttp)
#include "tst_backendhttp.moc"
