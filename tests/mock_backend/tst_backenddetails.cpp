// The profile's name and e-mail with optimistic concurrency (PUT /profile/details, If-Match,
// 412) and another device's edit, through HttpApi without sockets: a ManualClock moves time.

#include "core/clock.h"
#include "core/wire.h"
#include "mock_backend/config/backendconfig.h"
#include "mock_backend/http/httpapi.h"
#include "mock_backend/sim/simulation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace mock;

namespace {

struct Harness
{
    explicit Harness(const BackendConfig &config = BackendConfig::instant())
        : simulation(config, clock)
        , api(simulation)
    {
    }

    // Admits and executes; a lost answer is still returned (the commit is what matters here).
    ApiResponse send(const QByteArray &method, const QString &pathAndQuery,
                     const QByteArray &body = {}, const HeaderList &extra = {})
    {
        ApiRequest request;
        request.method = method;
        const qsizetype q = pathAndQuery.indexOf(u'?');
        request.path = q < 0 ? pathAndQuery : pathAndQuery.left(q);
        if (q >= 0)
            request.query = QUrlQuery(pathAndQuery.mid(q + 1));
        request.body = body;
        request.headers = {{"Content-Type", "application/json"}, {"X-Client-Id", "laptop"}};
        request.headers += extra;
        const HttpApi::Admission a = api.admit(request);
        if (a.kind == HttpApi::Admission::Kind::Respond)
            return a.response;
        if (a.kind != HttpApi::Admission::Kind::Proceed)
            return {0, {}, {}, {}};
        return api.execute(request, a, true).response;
    }
    ApiResponse put(const QByteArray &body, const HeaderList &extra = {})
    {
        return send("PUT", QStringLiteral("/profile/details"), body, extra);
    }
    ApiResponse otherDevice(const QByteArray &body)
    {
        return send("POST", QLatin1String(Wire::Route::adminSimulateDeviceDetails), body);
    }
    QList<EventBus::Event> events(const QString &type)
    {
        bool reset = false;
        QList<EventBus::Event> found;
        for (const auto &e : simulation.events().after(0, 1000, &reset)) {
            if (e.type == type)
                found.append(e);
        }
        return found;
    }

    ManualClock clock {1000};
    Simulation simulation;
    HttpApi api;
};

QJsonObject json(const ApiResponse &r)
{
    return QJsonDocument::fromJson(r.body).object();
}

QJsonObject profileOf(const ApiResponse &r)
{
    return json(r)[QStringLiteral("profile")].toObject();
}

int versionOf(const ApiResponse &r)
{
    return profileOf(r)[QStringLiteral("detailsVersion")].toInt();
}

QString errorCode(const ApiResponse &r)
{
    return json(r)[QStringLiteral("error")][QStringLiteral("code")].toString();
}

QString errorField(const ApiResponse &r)
{
    return json(r)[QStringLiteral("error")][QStringLiteral("field")].toString();
}

HeaderList ifMatch(const QByteArray &value)
{
    return {{Wire::Header::ifMatch, value}};
}

const QByteArray mine = R"({"name":"Sam R.","email":"sam@work.example"})";
const QByteArray theirs = R"({"name":"Samantha Rivera","email":"samantha@home.example"})";

} // namespace

class TestBackendDetails : public QObject
{
    Q_OBJECT

private slots:
    void seededProfileIsVersionOne();
    void writeWithoutIfMatchApplies();
    void writeWithMatchingIfMatchApplies();
    void staleIfMatchIs412WithTheCurrentProfile_data();
    void staleIfMatchIs412WithTheCurrentProfile();
    void ifMatchStarAppliesOnAnyVersion();
    void malformedIfMatchIs400_data();
    void malformedIfMatchIs400();
    void invalidDetailsAre400_data();
    void invalidDetailsAre400();
    void longestValidDetailsApply();
    void otherDeviceEditsOneField();
    void resendOfASuccessReplaysIt();
    void resendOfA412ReplaysIt();
    void sameKeyWithAnotherIfMatchIsAnotherRequest();
    void replicaServesTheOldVersionUntilItApplies();
    void writesArePublished();
    void faultsAndMetricsNameTheRoute();
    void resetRestoresTheSeededDetails();
};

void TestBackendDetails::seededProfileIsVersionOne()
{
    Harness h;
    const ApiResponse r = h.send("GET", QStringLiteral("/profile?consistency=primary"));
    QCOMPARE(r.status, 200);
    const QJsonObject p = profileOf(r);
    QCOMPARE(p[QStringLiteral("name")].toString(), QStringLiteral("Sam Rivera"));
    QCOMPARE(p[QStringLiteral("email")].toString(), QStringLiteral("sam.rivera@example.com"));
    QCOMPARE(p[QStringLiteral("detailsVersion")].toInt(), 1);
    QVERIFY(p[QStringLiteral("detailsUpdatedBy")].isString());
    QCOMPARE(p[QStringLiteral("detailsUpdatedBy")].toString(), QString());
    QVERIFY(p[QStringLiteral("detailsUpdatedAtMs")].isDouble());
    QCOMPARE(p[QStringLiteral("detailsUpdatedAtMs")].toInteger(), 0);
    QVERIFY(p[QStringLiteral("photo")].isObject());
    QCOMPARE(r.header(Wire::Header::etag), QByteArray(R"("1")"));
}

void TestBackendDetails::writeWithoutIfMatchApplies()
{
    Harness h;
    h.clock.setNow(4321);
    const ApiResponse r = h.put(mine, {{"X-Correlation-Id", "edit-1"}});
    QCOMPARE(r.status, 200);
    const QJsonObject p = profileOf(r);
    QCOMPARE(p[QStringLiteral("name")].toString(), QStringLiteral("Sam R."));
    QCOMPARE(p[QStringLiteral("email")].toString(), QStringLiteral("sam@work.example"));
    QCOMPARE(p[QStringLiteral("detailsVersion")].toInt(), 2);
    QCOMPARE(p[QStringLiteral("detailsUpdatedBy")].toString(), QStringLiteral("laptop"));
    QCOMPARE(p[QStringLiteral("detailsUpdatedAtMs")].toInteger(), 4321);
    QCOMPARE(json(r)[QStringLiteral("lsn")].toInteger(), 1);
    QCOMPARE(r.header(Wire::Header::writeLsn), QByteArray("1"));
    QCOMPARE(r.header(Wire::Header::etag), QByteArray(R"("2")"));

    // The same values again are still a write: a new version and a new LSN.
    const ApiResponse again = h.put(mine);
    QCOMPARE(again.status, 200);
    QCOMPARE(versionOf(again), 3);
    QCOMPARE(h.simulation.log().lastLsn(), 2);
    const ApiResponse read = h.send("GET", QStringLiteral("/profile?consistency=primary"));
    QCOMPARE(read.header(Wire::Header::etag), QByteArray(R"("3")"));
    QCOMPARE(profileOf(read), profileOf(again));
}

void TestBackendDetails::writeWithMatchingIfMatchApplies()
{
    Harness h;
    const ApiResponse first = h.put(mine, ifMatch(R"("1")"));
    QCOMPARE(first.status, 200);
    QCOMPARE(versionOf(first), 2);
    const ApiResponse second = h.put(theirs, ifMatch(first.header(Wire::Header::etag)));
    QCOMPARE(second.status, 200);
    QCOMPARE(versionOf(second), 3);
    QCOMPARE(h.simulation.primary().details().name, QStringLiteral("Samantha Rivera"));
}

void TestBackendDetails::staleIfMatchIs412WithTheCurrentProfile_data()
{
    QTest::addColumn<bool>("byOtherDevice");
    QTest::addColumn<QString>("changedBy");
    QTest::newRow("another session") << false << QStringLiteral("laptop");
    QTest::newRow("simulated other device") << true << QStringLiteral("other-device");
}

void TestBackendDetails::staleIfMatchIs412WithTheCurrentProfile()
{
    QFETCH(bool, byOtherDevice);
    QFETCH(QString, changedBy);
    Harness h;
    h.clock.setNow(2000);
    const ApiResponse change = byOtherDevice ? h.otherDevice(theirs) : h.put(theirs);
    QCOMPARE(change.status, 200);
    const qint64 lsn = h.simulation.log().lastLsn();
    h.clock.setNow(3000);

    const ApiResponse stale = h.put(mine, ifMatch(R"("1")"));
    QCOMPARE(stale.status, 412);
    QCOMPARE(errorCode(stale), QString(Wire::ErrorCode::preconditionFailed));
    QVERIFY(!json(stale)[QStringLiteral("error")][QStringLiteral("message")].toString().isEmpty());
    const QJsonObject current = profileOf(stale);
    QCOMPARE(current, h.simulation.primary().profileJson());
    QCOMPARE(current[QStringLiteral("name")].toString(), QStringLiteral("Samantha Rivera"));
    QCOMPARE(current[QStringLiteral("detailsVersion")].toInt(), 2);
    QCOMPARE(current[QStringLiteral("detailsUpdatedBy")].toString(), changedBy);
    QCOMPARE(current[QStringLiteral("detailsUpdatedAtMs")].toInteger(), 2000);
    QCOMPARE(stale.header(Wire::Header::etag), QByteArray(R"("2")"));
    // Nothing was written.
    QCOMPARE(h.simulation.log().lastLsn(), lsn);
    QVERIFY(stale.header(Wire::Header::writeLsn).isEmpty());
    QCOMPARE(h.simulation.primary().details().email, QStringLiteral("samantha@home.example"));
    QCOMPARE(h.events(QStringLiteral("write.accepted")).size(), 1);

    // The person's choice is a new write based on the current version.
    const ApiResponse decided = h.put(mine, ifMatch(stale.header(Wire::Header::etag)));
    QCOMPARE(decided.status, 200);
    QCOMPARE(versionOf(decided), 3);
}

void TestBackendDetails::ifMatchStarAppliesOnAnyVersion()
{
    Harness h;
    QCOMPARE(h.otherDevice(theirs).status, 200);
    const ApiResponse r = h.put(mine, ifMatch("*"));
    QCOMPARE(r.status, 200);
    QCOMPARE(versionOf(r), 3);
    QCOMPARE(h.simulation.primary().details().name, QStringLiteral("Sam R."));
}

void TestBackendDetails::malformedIfMatchIs400_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("unquoted") << QByteArray("1");
    QTest::newRow("empty") << QByteArray("");
    QTest::newRow("empty quotes") << QByteArray(R"("")");
    QTest::newRow("not a number") << QByteArray(R"("abc")");
    QTest::newRow("negative") << QByteArray(R"("-1")");
    QTest::newRow("leading zero") << QByteArray(R"("01")");
    QTest::newRow("weak") << QByteArray(R"(W/"1")");
    QTest::newRow("list") << QByteArray(R"("1", "2")");
    QTest::newRow("too long") << QByteArray(R"("12345678901")");
    QTest::newRow("one quote") << QByteArray(R"(")");
}

void TestBackendDetails::malformedIfMatchIs400()
{
    QFETCH(QByteArray, value);
    Harness h;
    const ApiResponse r = h.put(mine, ifMatch(value));
    QCOMPARE(r.status, 400);
    QCOMPARE(errorCode(r), QString(Wire::ErrorCode::invalidField));
    QCOMPARE(errorField(r), QLatin1String(Wire::Header::ifMatch));
    QCOMPARE(h.simulation.log().lastLsn(), 0);
}

void TestBackendDetails::invalidDetailsAre400_data()
{
    QTest::addColumn<bool>("admin"); // POST /admin/simulate-device/details instead of the PUT
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");

    const QString invalid = QStringLiteral("invalid_field");
    const QString missing = QStringLiteral("missing_field");
    const QString name = QStringLiteral("name");
    const QString email = QStringLiteral("email");
    const auto row = [](const char *tag, const QByteArray &body, const QString &code,
                        const QString &field, bool admin = false) {
        QTest::newRow(tag) << admin << body << code << field;
    };
    row("missing name", R"({"email":"a@b"})", missing, name);
    row("missing email", R"({"name":"Sam"})", missing, email);
    row("name not a string", R"({"name":7,"email":"a@b"})", invalid, name);
    row("email not a string", R"({"name":"Sam","email":null})", invalid, email);
    row("empty name", R"({"name":"","email":"a@b"})", invalid, name);
    row("blank name", R"({"name":"   ","email":"a@b"})", invalid, name);
    row("name of 81 characters", R"({"name":")" + QByteArray(81, 'x') + R"(","email":"a@b"})",
        invalid, name);
    row("name with a line break", R"({"name":"Sam\nRivera","email":"a@b"})", invalid, name);
    row("name with a tab", R"({"name":"Sam\tRivera","email":"a@b"})", invalid, name);
    row("name with DEL", "{\"name\":\"Sam\x7f\",\"email\":\"a@b\"}", invalid, name);
    row("name with a C1 control", R"({"name":"Sam\u0085","email":"a@b"})", invalid, name);
    row("email without @", R"({"name":"Sam","email":"sam.example.com"})", invalid, email);
    row("email with two @", R"({"name":"Sam","email":"sam@home@example"})", invalid, email);
    row("email without local part", R"({"name":"Sam","email":"@example.com"})", invalid, email);
    row("email without domain", R"({"name":"Sam","email":"sam@"})", invalid, email);
    row("empty email", R"({"name":"Sam","email":""})", invalid, email);
    row("email with a space", R"({"name":"Sam","email":"sam rivera@example.com"})", invalid, email);
    row("email with a tab", R"({"name":"Sam","email":"sam@example.com\t"})", invalid, email);
    row("email with a no-break space", R"({"name":"Sam","email":"sam@exa\u00a0mple.com"})", invalid,
        email);
    row("email with a control character", R"({"name":"Sam","email":"sam\u0001@example.com"})",
        invalid, email);
    row("email of 255 characters", R"({"name":"Sam","email":"a@)" + QByteArray(253, 'b') + R"("})",
        invalid, email);
    row("unknown field", R"({"name":"Sam","email":"a@b","phone":"1"})",
        QStringLiteral("unknown_field"), QStringLiteral("phone"));
    row("malformed json", R"({"name":"Sam",)", QStringLiteral("malformed_json"), QString());
    row("json array", R"(["Sam","a@b"])", QStringLiteral("malformed_json"), QString());
    row("other device: neither field", "{}", missing, name, true);
    row("other device: bad email", R"({"email":"nope"})", invalid, email, true);
    row("other device: empty name", R"({"name":""})", invalid, name, true);
    row("other device: unknown field", R"({"name":"Sam","phone":"1"})",
        QStringLiteral("unknown_field"), QStringLiteral("phone"), true);
}

void TestBackendDetails::invalidDetailsAre400()
{
    QFETCH(bool, admin);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, field);
    Harness h;
    const QJsonObject before = h.simulation.primary().profileJson();
    const ApiResponse r = admin ? h.otherDevice(body) : h.put(body, ifMatch(R"("1")"));
    QCOMPARE(r.status, 400);
    QCOMPARE(errorCode(r), code);
    QCOMPARE(errorField(r), field);
    QCOMPARE(h.simulation.log().lastLsn(), 0);
    QCOMPARE(h.simulation.primary().profileJson(), before);
}

void TestBackendDetails::longestValidDetailsApply()
{
    Harness h;
    // 80 characters, counted as a person counts them: "é" and "𝄞" are one each.
    const QString name = QString(78, u'é') + QStringLiteral("\U0001D11E") + u'x';
    const QString email = QStringLiteral("a@") + QString(252, u'b');
    const QJsonObject body {{QStringLiteral("name"), name}, {QStringLiteral("email"), email}};
    const ApiResponse r = h.put(QJsonDocument(body).toJson(QJsonDocument::Compact));
    QCOMPARE(r.status, 200);
    QCOMPARE(h.simulation.primary().details().name, name);
    QCOMPARE(h.simulation.primary().details().email, email);
}

void TestBackendDetails::otherDeviceEditsOneField()
{
    Harness h;
    h.clock.setNow(7000);
    const ApiResponse r = h.otherDevice(R"({"email":"sam@elsewhere.example"})");
    QCOMPARE(r.status, 200);
    const QJsonObject body = json(r);
    QCOMPARE(body[QStringLiteral("clientId")].toString(), QStringLiteral("other-device"));
    QCOMPARE(body[QStringLiteral("lsn")].toInteger(), 1);
    QCOMPARE(r.header(Wire::Header::writeLsn), QByteArray("1"));
    const QJsonObject p = body[QStringLiteral("profile")].toObject();
    QCOMPARE(p[QStringLiteral("name")].toString(), QStringLiteral("Sam Rivera")); // kept
    QCOMPARE(p[QStringLiteral("email")].toString(), QStringLiteral("sam@elsewhere.example"));
    QCOMPARE(p[QStringLiteral("detailsVersion")].toInt(), 2);
    QCOMPARE(p[QStringLiteral("detailsUpdatedBy")].toString(), QStringLiteral("other-device"));
    QCOMPARE(p[QStringLiteral("detailsUpdatedAtMs")].toInteger(), 7000);
}

void TestBackendDetails::resendOfASuccessReplaysIt()
{
    Harness h;
    const HeaderList headers {{"Idempotency-Key", "edit-a"}, {"If-Match", R"("1")"}};
    QCOMPARE(
        h.send("POST", QStringLiteral("/admin/faults"), R"({"failNext":1,"mode":"lost"})").status,
        200);
    // The answer is lost after the commit; the client sends the same request again.
    const ApiResponse first = h.put(mine, headers);
    QCOMPARE(first.status, 200);
    QCOMPARE(h.simulation.primary().details().version, 2);
    const ApiResponse resend = h.put(mine, headers);
    QCOMPARE(resend.status, 200); // not 412 against the version its own first delivery made
    QCOMPARE(resend.header(Wire::Header::idempotentReplayed), QByteArray("true"));
    QCOMPARE(resend.body, first.body);
    QCOMPARE(resend.header(Wire::Header::etag), QByteArray(R"("2")"));
    QCOMPARE(h.simulation.log().lastLsn(), 1);
}

void TestBackendDetails::resendOfA412ReplaysIt()
{
    Harness h;
    QCOMPARE(h.otherDevice(theirs).status, 200);
    const HeaderList headers {{"Idempotency-Key", "edit-b"}, {"If-Match", R"("1")"}};
    const ApiResponse refused = h.put(mine, headers);
    QCOMPARE(refused.status, 412);
    QVERIFY(refused.header(Wire::Header::idempotentReplayed).isEmpty());
    QCOMPARE(h.otherDevice(R"({"name":"Third"})").status, 200); // version 3 now

    const ApiResponse resend = h.put(mine, headers);
    QCOMPARE(resend.status, 412);
    QCOMPARE(resend.header(Wire::Header::idempotentReplayed), QByteArray("true"));
    QCOMPARE(resend.body, refused.body); // the answer as it was, not judged again
    QCOMPARE(resend.header(Wire::Header::etag), QByteArray(R"("2")"));
    QCOMPARE(h.simulation.primary().details().version, 3);
}

void TestBackendDetails::sameKeyWithAnotherIfMatchIsAnotherRequest()
{
    Harness h;
    QCOMPARE(h.put(mine, {{"Idempotency-Key", "edit-c"}, {"If-Match", R"("1")"}}).status, 200);
    const ApiResponse other = h.put(mine, {{"Idempotency-Key", "edit-c"}, {"If-Match", R"("2")"}});
    QCOMPARE(other.status, 422);
    QCOMPARE(errorCode(other), QString(Wire::ErrorCode::idempotencyKeyReused));
    QCOMPARE(h.simulation.log().lastLsn(), 1);
}

void TestBackendDetails::replicaServesTheOldVersionUntilItApplies()
{
    BackendConfig config = BackendConfig::instant();
    config.replicas.clear();
    LagModel lag;
    lag.baseMs = 500;
    config.replicas.append(lag);
    Harness h(config);
    QCOMPARE(h.put(mine).status, 200);

    const ApiResponse lagging = h.send("GET", QStringLiteral("/profile?replica=1"));
    QCOMPARE(lagging.header(Wire::Header::servedBy), QByteArray("replica-1"));
    QCOMPARE(versionOf(lagging), 1);
    QCOMPARE(profileOf(lagging)[QStringLiteral("name")].toString(), QStringLiteral("Sam Rivera"));
    QCOMPARE(lagging.header(Wire::Header::etag), QByteArray(R"("1")"));

    h.clock.advance(500);
    const ApiResponse caughtUp = h.send("GET", QStringLiteral("/profile?replica=1"));
    QCOMPARE(caughtUp.header(Wire::Header::servedBy), QByteArray("replica-1"));
    QCOMPARE(caughtUp.header(Wire::Header::etag), QByteArray(R"("2")"));
    QCOMPARE(profileOf(caughtUp), h.simulation.primary().profileJson());
}

void TestBackendDetails::writesArePublished()
{
    BackendConfig config = BackendConfig::instant();
    config.replicas.clear();
    config.replicas.append(LagModel {});
    Harness h(config);
    QCOMPARE(h.put(mine, {{"X-Correlation-Id", "edit-9"}}).status, 200);
    QCOMPARE(h.otherDevice(theirs).status, 200);
    h.send("GET", QStringLiteral("/health")); // lets the replica apply

    const QList<EventBus::Event> accepted = h.events(QStringLiteral("write.accepted"));
    QCOMPARE(accepted.size(), 2);
    const QList<std::pair<QString, int>> expected {{QStringLiteral("laptop"), 2},
                                                   {QStringLiteral("other-device"), 3}};
    for (qsizetype i = 0; i < accepted.size(); ++i) {
        const EventBus::Event &e = accepted.at(i);
        QCOMPARE(e.clientId, expected.at(i).first);
        QCOMPARE(e.lsn, qint64(i + 1));
        QCOMPARE(e.data[QStringLiteral("kind")].toString(), QStringLiteral("details"));
        const QJsonObject details = e.data[QStringLiteral("details")].toObject();
        QCOMPARE(details[QStringLiteral("detailsVersion")].toInt(), expected.at(i).second);
        QCOMPARE(details[QStringLiteral("detailsUpdatedBy")].toString(), expected.at(i).first);
    }
    QCOMPARE(accepted.at(0).correlationId, QStringLiteral("edit-9"));
    QCOMPARE(accepted.at(1).data[QStringLiteral("details")][QStringLiteral("name")].toString(),
             QStringLiteral("Samantha Rivera"));

    // The replica's progress carries the write's correlation id, so a client whose answer was
    // lost can settle it by its event.
    const QList<EventBus::Event> applied = h.events(QStringLiteral("replica.applied"));
    QVERIFY(!applied.isEmpty());
    QCOMPARE(applied.constLast().lsn, 2);
    QCOMPARE(h.simulation.replicas().replica(1).store.details().version, 3);
}

void TestBackendDetails::faultsAndMetricsNameTheRoute()
{
    Harness h;
    const QString key = QLatin1String(Wire::Route::detailsKey);
    QVERIFY(HttpApi::isKnownRouteKey(key));
    QVERIFY(HttpApi::isHoldableRouteKey(key));
    const QJsonObject aim {{QStringLiteral("failTimes"), 1}, {QStringLiteral("route"), key}};
    QCOMPARE(h.send("POST", QStringLiteral("/admin/faults"),
                    QJsonDocument(aim).toJson(QJsonDocument::Compact))
                 .status,
             200);
    const QJsonArray listed = json(h.send(
        "GET",
        QStringLiteral("/admin/faults")))[QStringLiteral("oneShots")][QStringLiteral("failTimes")]
                                  .toArray();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.at(0)[QStringLiteral("route")].toString(), key);
    // A read does not take the shot aimed at the write.
    QCOMPARE(h.send("GET", QStringLiteral("/profile")).status, 200);
    const ApiResponse failed = h.put(mine);
    QCOMPARE(failed.status, 503);
    QCOMPARE(h.simulation.log().lastLsn(), 0);
    QCOMPARE(h.put(mine).status, 200);
    // "failNext" (the next writes) counts the details write as a write.
    QCOMPARE(h.send("POST", QStringLiteral("/admin/faults"), R"({"failNext":1})").status, 200);
    QCOMPARE(h.put(mine).status, 503);
}

void TestBackendDetails::resetRestoresTheSeededDetails()
{
    Harness h;
    QCOMPARE(h.put(mine).status, 200);
    h.simulation.reset();
    const DataStore::Details &d = h.simulation.primary().details();
    QCOMPARE(d.version, 1);
    QCOMPARE(d.name, QStringLiteral("Sam Rivera"));
    QCOMPARE(d.updatedBy, QString());
    QCOMPARE(d.updatedAtMs, 0);
}

QTEST_GUILESS_MAIN(TestBackendDetails)
#include "tst_backenddetails.moc"
