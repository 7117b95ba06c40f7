// Holding answers (docs/api.md, "Holding answers"): the request is carried out, its answer waits
// for the facilitator, and whatever becomes of it (released in any order, dropped, delivered
// twice, a reset, a client that gave up, a full book) is told on the event channel and listed.

#include "mock_backend/config/backendconfig.h"
#include "mock_backend/server/backendserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace mock;
using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 10000;

QJsonObject jsonOf(const QByteArray &body)
{
    return QJsonDocument::fromJson(body).object();
}

} // namespace

class TestBackendHold : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void heldAnswersLeaveInTheOrderReleased();
    void releaseAllFollowsTheOrderGiven();
    void dropClosesWithoutAnAnswerAfterCommit();
    void deliverTwice_data();
    void deliverTwice();
    void resetDropsHeldAnswersAndSaysSo();
    void aClientThatGivesUpResolvesItsAnswer();
    void theBookIsBoundedOldestFirst();
    void badHoldRequests_data();
    void badHoldRequests();
    void otherRoutesAnswerAsUsual();

private:
    struct Answer
    {
        int status = 0;
        QJsonObject json;
    };
    Answer admin(const QByteArray &method, const QString &path, const QByteArray &body = {});
    // A raw connection, so that no client library resends or times out on its own.
    std::unique_ptr<QTcpSocket> rawPut(int itemId, bool favorite, const QByteArray &key = {});
    QJsonArray held();
    QJsonArray waitForHeld(int count);
    QJsonArray eventsOfType(const QString &type);
    static int statusOf(const QByteArray &raw);

    std::unique_ptr<BackendServer> m_server;
    QNetworkAccessManager m_network;
};

TestBackendHold::Answer TestBackendHold::admin(const QByteArray &method, const QString &path,
                                               const QByteArray &body)
{
    QNetworkRequest request(m_server->url().resolved(QUrl(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, method, body));
    if (!QTest::qWaitFor([&] { return reply->isFinished(); }, kTimeoutMs))
        return {};
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            jsonOf(reply->readAll())};
}

std::unique_ptr<QTcpSocket> TestBackendHold::rawPut(int itemId, bool favorite,
                                                    const QByteArray &key)
{
    auto socket = std::make_unique<QTcpSocket>();
    socket->connectToHost(QHostAddress::LocalHost, m_server->port());
    if (!socket->waitForConnected(kTimeoutMs))
        return socket;
    const QByteArray body = favorite ? R"({"favorite":true})" : R"({"favorite":false})";
    QByteArray request = "PUT /items/" + QByteArray::number(itemId)
        + "/favorite HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
          "X-Client-Id: tester\r\nX-Correlation-Id: put-"
        + QByteArray::number(itemId) + (favorite ? "-on" : "-off") + "\r\n";
    if (!key.isEmpty())
        request += "Idempotency-Key: " + key + "\r\n";
    request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    socket->write(request);
    socket->flush();
    return socket;
}

QJsonArray TestBackendHold::held()
{
    return admin("GET", u"/admin/hold"_s).json.value(u"held"_s).toArray();
}

QJsonArray TestBackendHold::waitForHeld(int count)
{
    // Entries resolved since the last look are listed once with an outcome; count the live ones.
    QJsonArray live;
    (void)QTest::qWaitFor(
        [&] {
            live = {};
            for (const QJsonValue &entry : held()) {
                if (!entry.toObject().contains(u"outcome"_s))
                    live.append(entry);
            }
            return live.size() >= count;
        },
        kTimeoutMs);
    return live;
}

QJsonArray TestBackendHold::eventsOfType(const QString &type)
{
    QJsonArray out;
    const Answer events = admin("GET", u"/events?after=0&limit=1000"_s);
    for (const QJsonValue &event : events.json.value(u"events"_s).toArray()) {
        if (event[u"type"_s].toString() == type)
            out.append(event);
    }
    return out;
}

int TestBackendHold::statusOf(const QByteArray &raw)
{
    // "HTTP/1.1 200 OK"
    return raw.startsWith("HTTP/1.1 ") ? raw.mid(9, 3).toInt() : 0;
}

void TestBackendHold::init()
{
    m_server = std::make_unique<BackendServer>(BackendConfig::instant());
    QVERIFY(m_server->listen(QHostAddress::LocalHost, 0));
    m_network.clearConnectionCache();
    const Answer set = admin("PUT", u"/admin/hold"_s, R"({"routes":["PUT /items/{id}/favorite"]})");
    QCOMPARE(set.status, 200);
    QCOMPARE(set.json[u"routes"_s].toArray().size(), 1);
}

void TestBackendHold::cleanup()
{
    m_network.clearConnectionCache();
    m_server.reset();
}

void TestBackendHold::heldAnswersLeaveInTheOrderReleased()
{
    const auto on = rawPut(5, true);
    QCOMPARE(waitForHeld(1).size(), 1);
    const auto off = rawPut(5, false);
    const QJsonArray list = waitForHeld(2);
    QCOMPARE(list.size(), 2);
    const QJsonObject first = list.at(0).toObject();
    QCOMPARE(first[u"method"_s].toString(), u"PUT"_s);
    QCOMPARE(first[u"path"_s].toString(), u"/items/5/favorite"_s);
    QCOMPARE(first[u"route"_s].toString(), u"PUT /items/{id}/favorite"_s);
    QCOMPARE(first[u"correlationId"_s].toString(), u"put-5-on"_s);
    QCOMPARE(first[u"clientId"_s].toString(), u"tester"_s);
    QCOMPARE(first[u"status"_s].toInt(), 200);
    QVERIFY(first[u"heldMs"_s].toInteger() >= 0);
    // Both writes are committed while their answers wait.
    const Answer health = admin("GET", u"/health"_s);
    QCOMPARE(health.json[u"primaryLsn"_s].toInteger(), 2);
    QCOMPARE(eventsOfType(u"answer.held"_s).size(), 2);

    // The newer answer first: the older one arrives after it.
    const qint64 secondId = list.at(1)[u"id"_s].toInteger();
    const Answer released = admin("POST", u"/admin/hold/%1/release"_s.arg(secondId));
    QCOMPARE(released.status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(off->bytesAvailable() > 0, kTimeoutMs);
    const QByteArray offAnswer = off->readAll();
    QCOMPARE(statusOf(offAnswer), 200);
    QVERIFY(offAnswer.contains(R"("lsn":2)"));
    QCOMPARE(on->bytesAvailable(), 0); // still held
    QCOMPARE(waitForHeld(1).size(), 1);

    QCOMPARE(admin("POST", u"/admin/hold/%1/release"_s.arg(list.at(0)[u"id"_s].toInteger())).status,
             200);
    QTRY_VERIFY_WITH_TIMEOUT(on->bytesAvailable() > 0, kTimeoutMs);
    const QByteArray onAnswer = on->readAll();
    QCOMPARE(statusOf(onAnswer), 200);
    QVERIFY(onAnswer.contains(R"("lsn":1)"));
    const QJsonArray releasedEvents = eventsOfType(u"answer.released"_s);
    QCOMPARE(releasedEvents.size(), 2);
    QCOMPARE(releasedEvents.at(0)[u"data"_s][u"id"_s].toInteger(), secondId);
    QCOMPARE(releasedEvents.at(0)[u"correlationId"_s].toString(), u"put-5-off"_s);
    // The next listing tells each outcome once, then they are gone.
    const QJsonArray after = held();
    QCOMPARE(after.size(), 1); // the first release was listed by waitForHeld above
    QCOMPARE(after.at(0)[u"outcome"_s].toString(), u"released"_s);
    QCOMPARE(after.at(0)[u"correlationId"_s].toString(), u"put-5-on"_s);
    QVERIFY(held().isEmpty());
}

void TestBackendHold::releaseAllFollowsTheOrderGiven()
{
    QSignalSpy logged(m_server.get(), &BackendServer::requestLogged);
    const auto a = rawPut(1, true);
    QCOMPARE(waitForHeld(1).size(), 1);
    const auto b = rawPut(2, true);
    QCOMPARE(waitForHeld(2).size(), 2);
    const auto c = rawPut(3, true);
    const QJsonArray list = waitForHeld(3);
    QCOMPARE(list.size(), 3);
    const qint64 idA = list.at(0)[u"id"_s].toInteger();
    const qint64 idB = list.at(1)[u"id"_s].toInteger();
    const qint64 idC = list.at(2)[u"id"_s].toInteger();
    // A wrong id releases nothing: the order asked for is kept whole.
    QCOMPARE(admin("POST", u"/admin/hold/release"_s,
                   QByteArray(R"({"ids":[)") + QByteArray::number(idC) + ",999]}")
                 .status,
             404);
    QCOMPARE(waitForHeld(3).size(), 3);
    logged.clear();
    const QByteArray order = QByteArray(R"({"ids":[)") + QByteArray::number(idC) + ','
        + QByteArray::number(idA) + ',' + QByteArray::number(idB) + "]}";
    QCOMPARE(admin("POST", u"/admin/hold/release"_s, order).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(
        a->bytesAvailable() > 0 && b->bytesAvailable() > 0 && c->bytesAvailable() > 0, kTimeoutMs);
    QStringList answered;
    for (const QList<QVariant> &line : logged) {
        const QString text = line.at(0).toString();
        if (text.startsWith(u"PUT /items/"_s))
            answered.append(text.section(u' ', 1, 1));
    }
    QCOMPARE(answered,
             QStringList({u"/items/3/favorite"_s, u"/items/1/favorite"_s, u"/items/2/favorite"_s}));

    // Without ids: everything, in hold order.
    const auto d = rawPut(4, true);
    QCOMPARE(waitForHeld(1).size(), 1);
    QCOMPARE(admin("POST", u"/admin/hold/release"_s).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(d->bytesAvailable() > 0, kTimeoutMs);
    QCOMPARE(statusOf(d->readAll()), 200);
}

void TestBackendHold::dropClosesWithoutAnAnswerAfterCommit()
{
    const auto socket = rawPut(6, true);
    const QJsonArray list = waitForHeld(1);
    QCOMPARE(list.size(), 1);
    QCOMPARE(admin("POST", u"/admin/hold/%1/drop"_s.arg(list.at(0)[u"id"_s].toInteger())).status,
             200);
    QTRY_COMPARE_WITH_TIMEOUT(socket->state(), QAbstractSocket::UnconnectedState, kTimeoutMs);
    QVERIFY(socket->readAll().isEmpty()); // not a byte of an answer
    // A lost answer after commit: the write is there.
    const Answer item = admin("GET", u"/items/6?consistency=primary"_s);
    QVERIFY(item.json[u"item"_s][u"favorite"_s].toBool());
    const QJsonArray dropped = eventsOfType(u"answer.dropped"_s);
    QCOMPARE(dropped.size(), 1);
    QCOMPARE(dropped.at(0)[u"data"_s][u"reason"_s].toString(), u"dropped"_s);
    QCOMPARE(held().at(0)[u"outcome"_s].toString(), u"dropped"_s);
    // A dropped answer cannot be released any more.
    QCOMPARE(admin("POST", u"/admin/hold/%1/release"_s.arg(list.at(0)[u"id"_s].toInteger())).status,
             404);
}

void TestBackendHold::deliverTwice_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<qint64>("primaryLsn");
    QTest::addColumn<bool>("replayed");
    // With a key the second delivery is answered from the idempotency record: applied once.
    QTest::newRow("keyed") << QByteArray("twice-1") << qint64(1) << true;
    // Without one it is a second write of the same value.
    QTest::newRow("no key") << QByteArray() << qint64(2) << false;
}

void TestBackendHold::deliverTwice()
{
    QFETCH(QByteArray, key);
    QFETCH(qint64, primaryLsn);
    QFETCH(bool, replayed);
    const auto socket = rawPut(7, true, key);
    const QJsonArray list = waitForHeld(1);
    QCOMPARE(list.size(), 1);
    QCOMPARE(admin("POST", u"/admin/hold/%1/twice"_s.arg(list.at(0)[u"id"_s].toInteger())).status,
             200);
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((answer += socket->readAll(), answer.contains(R"("lsn")")),
                             kTimeoutMs);
    QCOMPARE(statusOf(answer), 200);
    QCOMPARE(answer.toLower().contains("idempotent-replayed: true"), replayed);
    // The client gets one answer: the second delivery's.
    const QByteArray lsn = QByteArray(R"("lsn":)") + QByteArray::number(primaryLsn);
    QVERIFY(answer.contains(lsn));
    QCOMPARE(admin("GET", u"/health"_s).json[u"primaryLsn"_s].toInteger(), primaryLsn);
    const QJsonArray released = eventsOfType(u"answer.released"_s);
    QCOMPARE(released.size(), 1);
    QCOMPARE(released.at(0)[u"data"_s][u"outcome"_s].toString(), u"delivered_twice"_s);
    QCOMPARE(eventsOfType(u"write.accepted"_s).size(), int(primaryLsn));
}

void TestBackendHold::resetDropsHeldAnswersAndSaysSo()
{
    const auto socket = rawPut(8, true);
    QCOMPARE(waitForHeld(1).size(), 1);
    QCOMPARE(admin("POST", u"/admin/reset"_s).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(socket->state(), QAbstractSocket::UnconnectedState, kTimeoutMs);
    QVERIFY(socket->readAll().isEmpty());
    const QJsonArray list = held();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.at(0)[u"outcome"_s].toString(), u"reset"_s);
    QVERIFY(held().isEmpty());
    QCOMPARE(eventsOfType(u"answer.dropped"_s).at(0)[u"data"_s][u"reason"_s].toString(),
             u"reset"_s);
    // The held routes stay, as every setting does on a reset.
    QCOMPARE(admin("GET", u"/admin/hold"_s).json[u"routes"_s].toArray().size(), 1);
}

void TestBackendHold::aClientThatGivesUpResolvesItsAnswer()
{
    auto socket = rawPut(9, true);
    QCOMPARE(waitForHeld(1).size(), 1);
    socket->disconnectFromHost(); // the client gives up
    QJsonArray list;
    // Each listing tells a resolved answer once: look until one does, then check what it says.
    QVERIFY(QTest::qWaitFor(
        [&] {
            list = held();
            return !list.isEmpty() && list.at(0).toObject().contains(u"outcome"_s);
        },
        kTimeoutMs));
    QCOMPARE(list.at(0)[u"outcome"_s].toString(), u"client_gone"_s);
    QVERIFY(held().isEmpty()); // listed once, then gone
    QCOMPARE(eventsOfType(u"answer.dropped"_s).at(0)[u"data"_s][u"reason"_s].toString(),
             u"client_gone"_s);
}

void TestBackendHold::theBookIsBoundedOldestFirst()
{
    QCOMPARE(
        admin("PUT", u"/admin/hold"_s, R"({"routes":["PUT /items/{id}/favorite"],"capacity":2})")
            .json[u"capacity"_s]
            .toInt(),
        2);
    const auto oldest = rawPut(1, true);
    QCOMPARE(waitForHeld(1).size(), 1);
    const auto middle = rawPut(2, true);
    QCOMPARE(waitForHeld(2).size(), 2);
    const auto newest = rawPut(3, true);
    // The oldest answer makes room: its connection closes (a lost answer, said as overflow).
    QTRY_COMPARE_WITH_TIMEOUT(oldest->state(), QAbstractSocket::UnconnectedState, kTimeoutMs);
    QVERIFY(oldest->readAll().isEmpty());
    const QJsonArray list = held();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0)[u"path"_s].toString(), u"/items/2/favorite"_s);
    QCOMPARE(list.at(1)[u"path"_s].toString(), u"/items/3/favorite"_s);
    QCOMPARE(list.at(2)[u"outcome"_s].toString(), u"overflow"_s);
    QCOMPARE(list.at(2)[u"path"_s].toString(), u"/items/1/favorite"_s);
    QCOMPARE(middle->state(), QAbstractSocket::ConnectedState);
    QCOMPARE(newest->state(), QAbstractSocket::ConnectedState);
}

void TestBackendHold::badHoldRequests_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("health is never held")
        << QByteArray("PUT") << u"/admin/hold"_s << QByteArray(R"({"routes":["GET /health"]})")
        << 400 << u"invalid_field"_s;
    QTest::newRow("admin is never held")
        << QByteArray("PUT") << u"/admin/hold"_s
        << QByteArray(R"({"routes":["POST /admin/reset"]})") << 400 << u"invalid_field"_s;
    QTest::newRow("no routes") << QByteArray("PUT") << u"/admin/hold"_s << QByteArray("{}") << 400
                               << u"missing_field"_s;
    QTest::newRow("capacity too big")
        << QByteArray("PUT") << u"/admin/hold"_s << QByteArray(R"({"routes":[],"capacity":100000})")
        << 400 << u"invalid_field"_s;
    QTest::newRow("unknown field")
        << QByteArray("PUT") << u"/admin/hold"_s << QByteArray(R"({"routes":[],"hold":true})")
        << 400 << u"unknown_field"_s;
    QTest::newRow("release unknown") << QByteArray("POST") << u"/admin/hold/42/release"_s
                                     << QByteArray() << 404 << u"not_found"_s;
    QTest::newRow("drop unknown") << QByteArray("POST") << u"/admin/hold/0/drop"_s << QByteArray()
                                  << 404 << u"not_found"_s;
    QTest::newRow("twice unknown")
        << QByteArray("POST") << u"/admin/hold/x/twice"_s << QByteArray() << 404 << u"not_found"_s;
}

void TestBackendHold::badHoldRequests()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    const Answer answer = admin(method, path, body);
    QCOMPARE(answer.status, status);
    QCOMPARE(answer.json[u"error"_s][u"code"_s].toString(), code);
    // Nothing changed.
    QCOMPARE(admin("GET", u"/admin/hold"_s).json[u"routes"_s].toArray().size(), 1);
}

void TestBackendHold::otherRoutesAnswerAsUsual()
{
    QCOMPARE(admin("GET", u"/items"_s).status, 200);
    QCOMPARE(admin("GET", u"/profile"_s).status, 200);
    QVERIFY(held().isEmpty());
    // Turned off: new answers go out at once.
    QCOMPARE(admin("PUT", u"/admin/hold"_s, R"({"routes":[]})").status, 200);
    const auto socket = rawPut(2, true);
    QTRY_VERIFY_WITH_TIMEOUT(socket->bytesAvailable() > 0, kTimeoutMs);
    QCOMPARE(statusOf(socket->readAll()), 200);
}

QTEST_GUILESS_MAIN(TestBackendHold)
#include "tst_backendhold.moc"
