#include "core/configschema.h"
#include "models/control/actionregistry.h"
#include "models/control/scenario.h"

#include <QDir>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

// Scenario files as people write them: good ones load completely, bad ones name the line and the
// field of the first mistake and load nothing.
class TestScenario : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodFiles_data();
    void goodFiles();
    void badFiles_data();
    void badFiles();
    void stepsAreSortedAndDescribed();
    void registryChecksNames();
    void acceptsEverySchemaField();
};

namespace {

// Lines are numbered from 1; the helper keeps the test text readable line by line.
QByteArray lines(std::initializer_list<const char *> list)
{
    QByteArray text;
    for (const char *line : list)
        text += QByteArray(line) + '\n';
    return text;
}

} // namespace

void TestScenario::goodFiles_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("steps");
    QTest::addColumn<qint64>("durationMs");

    QTest::newRow("minimal") << QByteArray(R"({"name":"x","seed":1,"steps":[]})") << 0
                             << qint64(1000);
    QTest::newRow("every step kind") << lines({
        R"({"name": "all", "seed": 9, "description": "d",)",
        R"( "config": {"faults": {"errorRate": 0.1}, "replication": {"replicas": [{}, {"model": "fixed", "baseMs": 10}]}},)",
        R"( "steps": [)",
        R"(  {"atMs": 0, "set": {"latency": {"reads": {"distribution": "normal", "baseMs": 5}}}},)",
        R"(  {"atMs": 1, "pauseReplica": 2},)",
        R"(  {"atMs": 2, "resumeReplica": 2},)",
        R"(  {"atMs": 3, "heal": true},)",
        R"(  {"atMs": 4, "failNext": 3},)",
        R"(  {"atMs": 5, "reset": true},)",
        R"(  {"atMs": 6, "action": "favorites.toggle", "args": {"itemId": 3}},)",
        R"(  {"atMs": 7, "expect": "favorites.itemFavorite", "args": {"itemId": 3}, "withinMs": 500},)",
        R"(  {"atMs": 8, "screenshot": "end-state", "note": "the end"})",
        R"( ], "durationMs": 9000})",
    }) << 9 << qint64(9000);
}

void TestScenario::goodFiles()
{
    QFETCH(QByteArray, text);
    QFETCH(int, steps);
    QFETCH(qint64, durationMs);
    QString error;
    const std::optional<Scenario> scenario = Scenario::parse(text, u"good.json"_s, &error);
    QVERIFY2(scenario, qPrintable(error));
    QCOMPARE(scenario->steps.size(), steps);
    QCOMPARE(scenario->durationMs, durationMs);
}

void TestScenario::badFiles_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("field"); // must appear in the message

    QTest::newRow("syntax error") << lines(
        {R"({"name": "x",)", R"( "seed": 1)", R"( "steps": [])", "}"})
                                  << 3 << u"not valid JSON"_s;
    QTest::newRow("not an object") << QByteArray("[1, 2]") << 1 << u"JSON object"_s;
    QTest::newRow("missing name") << lines({"{", R"( "seed": 1,)", R"( "steps": [])", "}"}) << 1
                                  << u"name is missing"_s;
    QTest::newRow("unknown top-level field")
        << lines({"{", R"( "name": "x", "seed": 1, "steps": [],)", R"( "colour": "blue")", "}"})
        << 3 << u"colour is not a known field"_s;
    QTest::newRow("negative atMs") << lines(
        {R"({"name": "x", "seed": 1,)", R"( "steps": [)", R"(  {"atMs": 0, "heal": true},)",
         R"(  {"atMs": 5, "heal": true},)", R"(  {"atMs": -3, "heal": true})", " ]}"})
                                   << 5 << u"steps[2].atMs must be a whole number ≥ 0"_s;
    QTest::newRow("atMs as text") << lines({R"({"name": "x", "seed": 1, "steps": [)", "  {",
                                            R"(   "atMs": "10s",)", R"(   "heal": true})", "]}"})
                                  << 3 << u"steps[0].atMs"_s;
    QTest::newRow("missing atMs") << lines(
        {R"({"name": "x", "seed": 1, "steps": [)", R"(  {"heal": true})", "]}"})
                                  << 2 << u"steps[0].atMs is missing"_s;
    QTest::newRow("step without a kind")
        << lines({R"({"name": "x", "seed": 1, "steps": [)", R"(  {"atMs": 1})", "]}"}) << 2
        << u"steps[0] needs one of"_s;
    QTest::newRow("two kinds in one step")
        << lines({R"({"name": "x", "seed": 1, "steps": [)", R"(  {"atMs": 1, "heal": true,)",
                  R"(   "failNext": 2})", "]}"})
        << 3 << u"steps[0].failNext"_s;
    QTest::newRow("unknown step field")
        << lines({R"({"name": "x", "seed": 1, "steps": [)", R"(  {"atMs": 1, "heal": true,)",
                  R"(   "when": 3})", "]}"})
        << 3 << u"steps[0].when is not a known field"_s;
    QTest::newRow("rate above 1 in set")
        << lines({R"({"name": "x", "seed": 1, "steps": [)", R"(  {"atMs": 1, "set": {)",
                  R"(    "faults": {)", R"(      "errorRate": 50})", "  }}]}"})
        << 4 << u"steps[0].set.faults.errorRate must be a number from 0 to 1"_s;
    QTest::newRow("unknown config field")
        << lines({R"({"name": "x", "seed": 1,)", R"( "config": {)", R"(   "latency": {)",
                  R"(     "reeds": {}}},)", R"( "steps": []})"})
        << 4 << u"config.latency.reeds is not a known field"_s;
    QTest::newRow("bad distribution") << lines(
        {R"({"name": "x", "seed": 1,)",
         R"( "config": {"latency": {"reads": {"distribution": "gaussian"}}},)", R"( "steps": []})"})
                                      << 2 << u"config.latency.reads.distribution must be one of"_s;
    QTest::newRow("replica out of range")
        << lines({R"({"name": "x", "seed": 1, "steps": [)", R"(  {"atMs": 1,)",
                  R"(   "pauseReplica": 9})", "]}"})
        << 3 << u"steps[0].pauseReplica must be a whole number from 1 to 5"_s;
    QTest::newRow("heal false") << lines(
        {R"({"name": "x", "seed": 1, "steps": [)", R"(  {"atMs": 1, "heal": false})", "]}"})
                                << 2 << u"steps[0].heal must be true"_s;
    QTest::newRow("args on a set step")
        << lines({R"({"name": "x", "seed": 1, "steps": [)", R"(  {"atMs": 1, "reset": true,)",
                  R"(   "args": {}})", "]}"})
        << 3 << u"steps[0].args only goes with"_s;
    QTest::newRow("screenshot name with a slash")
        << lines({R"({"name": "x", "seed": 1, "steps": [)",
                  R"(  {"atMs": 1, "screenshot": "../etc/passwd"})", "]}"})
        << 2 << u"steps[0].screenshot must be a file name"_s;
    QTest::newRow("duration before the last step")
        << lines({R"({"name": "x", "seed": 1, "steps": [{"atMs": 5000, "heal": true}],)",
                  R"( "durationMs": 1000})"})
        << 2 << u"durationMs must be ≥"_s;
    QTest::newRow("seed as text") << lines({R"({"name": "x",)", R"( "seed": "abc", "steps": []})"})
                                  << 2 << u"seed must be a whole number"_s;
    QTest::newRow("rule across fields in a set step")
        << lines(
               {R"({"name": "x", "seed": 1, "steps": [)",
                R"(  {"atMs": 1, "set": {"transfers": {"settleMinMs": 500, "settleMaxMs": 100}}})",
                "]}"})
        << 2
        << u"steps[0].set.transfers.settleMaxMs must be ≥ steps[0].set.transfers.settleMinMs"_s;
    QTest::newRow("start config breaks a rule with the defaults")
        << lines({R"({"name": "x", "seed": 1, "config": {)",
                  R"(   "transfers": {"settleMinMs": 9000}}, "steps": []})"})
        << 2 << u"config.transfers.settleMaxMs must be ≥ config.transfers.settleMinMs"_s;
    QTest::newRow("rates sum above one")
        << lines({R"({"name": "x", "seed": 1,)",
                  R"( "config": {"faults": {"errorRate": 0.7, "hangRate": 0.7}}, "steps": []})"})
        << 2 << u"must be ≤ 1"_s;
    QTest::newRow("seed inside config")
        << lines({R"({"name": "x", "seed": 1,)", R"( "config": {"seed": 3}, "steps": []})"}) << 2
        << u"config.seed is not a known field"_s;
    QTest::newRow("too many replicas")
        << lines({R"({"name": "x", "seed": 1, "config": {"replication":)",
                  R"(  {"replicas": [{}, {}, {}, {}, {}, {}]}}, "steps": []})"})
        << 2 << u"config.replication.replicas must be a list of 0 to 5"_s;
}

void TestScenario::badFiles()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(QString, field);
    QString error;
    const std::optional<Scenario> scenario = Scenario::parse(text, u"bad.json"_s, &error);
    QVERIFY(!scenario);
    const QString prefix = u"bad.json:%1: "_s.arg(line);
    QVERIFY2(error.startsWith(prefix), qPrintable(error));
    QVERIFY2(error.contains(field), qPrintable(error));
}

void TestScenario::stepsAreSortedAndDescribed()
{
    QString error;
    const auto scenario =
        Scenario::parse(lines({
                            R"({"name": "x", "seed": 1, "steps": [)",
                            R"(  {"atMs": 300, "pauseReplica": 2},)",
                            R"(  {"atMs": 100, "set": {"faults": {"errorRate": 0.5}}},)",
                            R"(  {"atMs": 100, "failNext": 2, "note": "bad luck"})",
                            "]}",
                        }),
                        u"s.json"_s, &error);
    QVERIFY2(scenario, qPrintable(error));
    QCOMPARE(scenario->steps.at(0).kind, ScenarioStep::Kind::Set);
    QCOMPARE(scenario->steps.at(0).line, 3);
    QCOMPARE(scenario->steps.at(1).kind, ScenarioStep::Kind::FailNext); // ties keep file order
    QCOMPARE(scenario->steps.at(2).atMs, 300);
    QCOMPARE(scenario->steps.at(0).describe(), u"Set error rate 50 %"_s);
    QCOMPARE(scenario->steps.at(1).describe(), u"bad luck (Fail the next 2 requests)"_s);
    QCOMPARE(scenario->steps.at(2).describe(), u"Pause replica 2"_s);
    QCOMPARE(scenario->durationMs, 1300);
}

void TestScenario::registryChecksNames()
{
    ActionRegistry registry;
    registry.registerAction(u"favorites.toggle"_s, u"Toggle"_s,
                            [](const QJsonObject &, ActionRegistry::Done done) { done(true, {}); });
    registry.registerExpectation(u"favorites.itemFavorite"_s, u"Is favorite"_s,
                                 [](const QJsonObject &) {
                                     return std::pair {true, QString()};
                                 });
    QCOMPARE(registry.names(), (QStringList {u"favorites.itemFavorite"_s, u"favorites.toggle"_s}));

    const QByteArray text = lines({
        R"({"name": "x", "seed": 1, "steps": [)",
        R"(  {"atMs": 1, "action": "favorites.toggle"},)",
        R"(  {"atMs": 2, "expect": "favorites.toggle"})",
        "]}",
    });
    QString error;
    QVERIFY(Scenario::parse(text, u"r.json"_s, &error)); // without a registry: not checked
    QVERIFY(!Scenario::parse(text, u"r.json"_s, &error, &registry));
    QVERIFY2(error.startsWith(u"r.json:3: steps[1].expect"_s), qPrintable(error));
    QVERIFY2(error.contains(u"favorites.itemFavorite"_s), qPrintable(error)); // lists known ones
}

void TestScenario::acceptsEverySchemaField()
{
    // The backend's whole default configuration (bar the seed, which is the scenario's own) is a
    // valid starting config and a valid set step.
    QJsonObject config = ConfigSchema::defaults();
    config.remove(u"seed"_s);
    const QByteArray json = QJsonDocument(config).toJson(QJsonDocument::Compact);
    QString error;
    const auto scenario = Scenario::parse(R"({"name": "all", "seed": 1, "config": )" + json
                                              + R"(, "steps": [{"atMs": 0, "set": )" + json + "}]}",
                                          u"all.json"_s, &error);
    QVERIFY2(scenario, qPrintable(error));
    QCOMPARE(scenario->config, config);
}

QTEST_GUILESS_MAIN(TestScenario)
#include "tst_scenario.moc"
