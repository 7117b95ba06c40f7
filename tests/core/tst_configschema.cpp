#include "core/configschema.h"
#include "core/jsonpath.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

// The schema on its own, without a backend: paths, defaults, bounds, and the words of a problem
// for the API and for a scenario author.
class TestConfigSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paths_data();
    void paths();
    void everyFieldIsWellFormed();
    void defaultsAreValid();
    void issues_data();
    void issues();
    void rulesSkipWhatIsMissing();
    void clamping_data();
    void clamping();
};

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(text).object();
}

} // namespace

void TestConfigSchema::paths_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("generic");
    QTest::addColumn<int>("index");
    QTest::newRow("top level") << u"seed"_s << u"seed"_s << -1;
    QTest::newRow("nested") << u"faults.errorRate"_s << u"faults.errorRate"_s << -1;
    QTest::newRow("list entry") << u"replication.replicas[3].p95Ms"_s
                                << u"replication.replicas[].p95Ms"_s << 3;
}

void TestConfigSchema::paths()
{
    QFETCH(QString, path);
    QFETCH(QString, generic);
    QFETCH(int, index);
    int found = -2;
    QCOMPARE(JsonPath::generic(path, &found), generic);
    QCOMPARE(found, index);
    // What withValue() writes, valueAt() reads, and leafPaths() names.
    const QJsonObject object = JsonPath::withValue({}, path, 7);
    QCOMPARE(JsonPath::valueAt(object, path), QJsonValue(7));
    QVERIFY(JsonPath::leafPaths(object).contains(path));
    QVERIFY(ConfigSchema::field(path));
    QCOMPARE(ConfigSchema::field(path)->path, generic);
}

void TestConfigSchema::everyFieldIsWellFormed()
{
    QStringList seen;
    for (const ConfigSchema::Field &f : ConfigSchema::fields()) {
        QVERIFY2(!seen.contains(f.path), qPrintable(f.path));
        seen.append(f.path);
        QVERIFY2(!f.label.isEmpty(), qPrintable(f.path));
        QCOMPARE(f.label.contains(u"%1"_s), f.inList());
        if (f.type == ConfigSchema::Type::Enum)
            QVERIFY2(f.options.contains(f.defaultValue.toString()), qPrintable(f.path));
        if (f.type == ConfigSchema::Type::Int || f.type == ConfigSchema::Type::Double) {
            QVERIFY2(f.min <= f.defaultValue.toDouble() && f.defaultValue.toDouble() <= f.max,
                     qPrintable(f.path));
        }
    }
    QCOMPARE(ConfigSchema::routeClasses(), (QStringList {u"reads"_s, u"writes"_s, u"transfers"_s}));
    QCOMPARE(ConfigSchema::keysOf(u"replication"_s), QStringList {u"replicas"_s});
}

void TestConfigSchema::defaultsAreValid()
{
    const QJsonObject defaults = ConfigSchema::defaults();
    QVERIFY(!ConfigSchema::validate(defaults));
    QVERIFY(!ConfigSchema::checkRules(defaults));
    QCOMPARE(JsonPath::valueAt(defaults, u"transfers.successRate"_s), QJsonValue(0.85));
    QCOMPARE(JsonPath::valueAt(defaults, u"replication.replicas"_s).toArray().size(), 2);
}

void TestConfigSchema::issues_data()
{
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("authorMessage");
    QTest::newRow("unknown") << QByteArray(R"({"faults":{"colour":1}})") << u"unknown_field"_s
                             << u"p.faults.colour"_s << u"p.faults.colour is not a known field"_s
                             << u"p.faults.colour is not a known field (expected one of: "
                                "errorRate, hangRate, lostResponseRate, offline)"_s;
    QTest::newRow("rate") << QByteArray(R"({"faults":{"hangRate":2}})") << u"invalid_field"_s
                          << u"p.faults.hangRate"_s
                          << u"p.faults.hangRate must be between 0 and 1"_s
                          << u"p.faults.hangRate must be a number from 0 to 1 (0.3 = 30 %)"_s;
    QTest::newRow("whole") << QByteArray(R"({"limits":{"maxBodyBytes":10}})") << u"invalid_field"_s
                           << u"p.limits.maxBodyBytes"_s << u"p.limits.maxBodyBytes must be ≥ 256"_s
                           << u"p.limits.maxBodyBytes must be a whole number ≥ 256"_s;
    QTest::newRow("entry") << QByteArray(R"({"replication":{"replicas":[{},{"model":3}]}})")
                           << u"invalid_field"_s << u"p.replication.replicas[1].model"_s
                           << u"p.replication.replicas[1].model must be a string"_s
                           << u"p.replication.replicas[1].model must be one of: fixed, "
                              "uniform, lognormal"_s;
    QTest::newRow("list") << QByteArray(R"({"replication":{"replicas":{}}})") << u"invalid_field"_s
                          << u"p.replication.replicas"_s
                          << u"p.replication.replicas must be an array"_s
                          << u"p.replication.replicas must be a list of 0 to 5 entries [{…}, …]"_s;
    QTest::newRow("rule") << QByteArray(R"({"transfers":{"settleMinMs":9,"settleMaxMs":1}})")
                          << u"invalid_field"_s << u"p.transfers.settleMaxMs"_s
                          << u"p.transfers.settleMaxMs must be ≥ p.transfers.settleMinMs"_s
                          << u"p.transfers.settleMaxMs must be ≥ p.transfers.settleMinMs"_s;
}

void TestConfigSchema::issues()
{
    QFETCH(QByteArray, config);
    QFETCH(QString, code);
    QFETCH(QString, field);
    QFETCH(QString, message);
    QFETCH(QString, authorMessage);
    const ConfigSchema::Options options {u"p"_s, {}};
    const QJsonObject object = QJsonDocument::fromJson(config).object();
    std::optional<ConfigSchema::Issue> issue = ConfigSchema::validate(object, options);
    if (!issue)
        issue = ConfigSchema::checkRules(object, options);
    QVERIFY(issue);
    QCOMPARE(issue->code(), code);
    QCOMPARE(issue->field, field);
    QCOMPARE(issue->message(), message);
    QCOMPARE(issue->authorMessage(), authorMessage);
}

void TestConfigSchema::rulesSkipWhatIsMissing()
{
    // A patch naming one side of a rule cannot be judged without the other side.
    QVERIFY(!ConfigSchema::checkRules(json(R"({"transfers":{"settleMinMs":9000}})")));
    QVERIFY(!ConfigSchema::checkRules(json(R"({"faults":{"errorRate":0.9,"hangRate":0.9}})")));
    QVERIFY(ConfigSchema::checkRules(
        json(R"({"faults":{"errorRate":0.9,"hangRate":0.9,"lostResponseRate":0}})")));
    QVERIFY(!ConfigSchema::checkRules(
        json(R"({"replication":{"replicas":[{"model":"uniform","medianMs":9,"p95Ms":1}]}})")));
}

void TestConfigSchema::clamping_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QJsonValue>("expected");
    QTest::newRow("rate above") << u"faults.errorRate"_s << QJsonValue(3) << QJsonValue(1.0);
    QTest::newRow("rate inside") << u"faults.errorRate"_s << QJsonValue(0.25) << QJsonValue(0.25);
    QTest::newRow("delay rounded")
        << u"latency.writes.capMs"_s << QJsonValue(10.6) << QJsonValue(11);
    QTest::newRow("delay too long")
        << u"latency.writes.capMs"_s << QJsonValue(1e9) << QJsonValue(600000);
    QTest::newRow("unknown option")
        << u"latency.writes.distribution"_s << QJsonValue(u"x"_s) << QJsonValue(u"lognormal"_s);
    QTest::newRow("not a bool") << u"faults.offline"_s << QJsonValue(1) << QJsonValue(false);
}

void TestConfigSchema::clamping()
{
    QFETCH(QString, path);
    QFETCH(QJsonValue, value);
    QFETCH(QJsonValue, expected);
    const ConfigSchema::Field *field = ConfigSchema::field(path);
    QVERIFY(field);
    QCOMPARE(ConfigSchema::clamped(*field, value), expected);
}

QTEST_GUILESS_MAIN(TestConfigSchema)
#include "tst_configschema.moc"
