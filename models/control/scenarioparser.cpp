// Reads a scenario file: the checks of every field, with the line each problem is on. The schema
// of a config or set step is the backend's own (core/configschema.h).
#include "models/control/scenarioparser.h"

#include "core/configschema.h"
#include "core/jsonpath.h"
#include "models/control/actionregistry.h"
#include "models/control/jsonlocator.h"
#include "models/control/shippedscenariowords.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// The catalogue's context for this file's words; lupdate reads it here.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Scenario)
};

using JsonPath::join;

qint64 maxReplicas()
{
    return static_cast<qint64>(ConfigSchema::field(u"replication.replicas"_s)->max);
}

class ScenarioParser
{
public:
    ScenarioParser(const QByteArray &text, const QString &fileName, const ActionRegistry *registry)
        : m_text(text)
        , m_fileName(fileName)
        , m_registry(registry)
    {
    }

    std::optional<Scenario> parse(QString *error);

private:
    int lineAt(qsizetype offset) const
    {
        if (offset < 0)
            return 1;
        return static_cast<int>(m_text.left(offset).count('\n')) + 1;
    }

    // The line of path, or of the nearest enclosing value that exists (for missing fields).
    int lineOf(QString path) const
    {
        while (true) {
            const qsizetype at = m_locator->position(path);
            if (at >= 0 || path.isEmpty())
                return lineAt(at);
            const qsizetype cut = std::max(path.lastIndexOf(u'.'), path.lastIndexOf(u'['));
            path = cut < 0 ? QString() : path.left(cut);
        }
    }

    bool fail(const QString &path, const QString &message)
    {
        m_error = u"%1:%2: %3"_s.arg(m_fileName).arg(lineOf(path)).arg(message);
        return false;
    }

    bool checkKnown(const QJsonObject &object, const QString &path, const QStringList &known)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!known.contains(it.key()))
                return fail(join(path, it.key()),
                            Words::tr("%1 is not a known field (expected one of: %2)")
                                .arg(join(path, it.key()), known.join(u", "_s)));
        }
        return true;
    }

    bool readObject(const QJsonObject &object, const QString &key, const QString &path,
                    QJsonObject *out, bool required = false)
    {
        const QString p = join(path, key);
        if (!object.contains(key))
            return !required || fail(p, Words::tr("%1 is missing").arg(p));
        if (!object.value(key).isObject())
            return fail(p, Words::tr("%1 must be an object {…}").arg(p));
        *out = object.value(key).toObject();
        return true;
    }

    bool readWhole(const QJsonObject &object, const QString &key, const QString &path, qint64 min,
                   qint64 max, qint64 *out, bool required = false)
    {
        const QString p = join(path, key);
        if (!object.contains(key))
            return !required || fail(p, Words::tr("%1 is missing").arg(p));
        const QJsonValue value = object.value(key);
        const double d = value.toDouble(-1);
        if (!value.isDouble() || d != std::floor(d) || d < double(min) || d > double(max)) {
            if (max >= ConfigSchema::maxDelayMs)
                return fail(p, Words::tr("%1 must be a whole number ≥ %2").arg(p).arg(min));
            return fail(
                p, Words::tr("%1 must be a whole number from %2 to %3").arg(p).arg(min).arg(max));
        }
        if (out)
            *out = static_cast<qint64>(d);
        return true;
    }

    bool readText(const QJsonObject &object, const QString &key, const QString &path, QString *out,
                  bool required = false)
    {
        const QString p = join(path, key);
        if (!object.contains(key))
            return !required || fail(p, Words::tr("%1 is missing").arg(p));
        if (!object.value(key).isString())
            return fail(p, Words::tr("%1 must be text in quotes").arg(p));
        if (out)
            *out = object.value(key).toString();
        return true;
    }

    bool validateConfig(const QJsonObject &config, const QString &path, bool start);
    bool readSplit(const QJsonObject &root, Scenario *scenario);
    bool validateStep(const QJsonObject &json, const QString &path, ScenarioStep *step);

    const QByteArray &m_text;
    QString m_fileName;
    const ActionRegistry *m_registry;
    std::optional<JsonLocator> m_locator;
    QString m_error;
};

bool ScenarioParser::validateConfig(const QJsonObject &config, const QString &path, bool start)
{
    // The backend's own schema, checked here so a mistake names its line before anything reaches
    // the backend. The starting config lands on the backend's defaults, so its rules can be judged
    // whole; a set step lands on whatever is there, so only rules of fields it names are checked.
    const ConfigSchema::Options options {path, {u"seed"_s}};
    std::optional<ConfigSchema::Issue> issue = ConfigSchema::validate(config, options);
    if (!issue)
        issue = ConfigSchema::checkRules(
            start ? JsonPath::mergePatch(ConfigSchema::defaults(), config) : config, options);
    return !issue || fail(issue->field, issue->authorMessage());
}

bool ScenarioParser::validateStep(const QJsonObject &json, const QString &path, ScenarioStep *step)
{
    static const QStringList kinds {u"set"_s,    u"pauseReplica"_s, u"resumeReplica"_s,
                                    u"heal"_s,   u"failNext"_s,     u"reset"_s,
                                    u"action"_s, u"expect"_s,       u"screenshot"_s};
    if (!checkKnown(json, path,
                    kinds + QStringList {u"atMs"_s, u"args"_s, u"withinMs"_s, u"note"_s}))
        return false;
    step->line = lineOf(path);
    if (!readWhole(json, u"atMs"_s, path, 0, 24LL * 60 * 60 * 1000, &step->atMs, true)
        || !readText(json, u"note"_s, path, &step->note))
        return false;

    QString kind;
    for (const QString &candidate : kinds) {
        if (!json.contains(candidate))
            continue;
        if (!kind.isEmpty())
            return fail(join(path, candidate),
                        Words::tr("%1: a step does one thing; this one also has “%2”")
                            .arg(join(path, candidate), kind));
        kind = candidate;
    }
    if (kind.isEmpty())
        return fail(path, Words::tr("%1 needs one of: %2").arg(path, kinds.join(u", "_s)));

    if (json.contains(u"args"_s) && kind != u"action"_s && kind != u"expect"_s)
        return fail(join(path, u"args"_s),
                    Words::tr("%1 only goes with “action” or “expect”").arg(join(path, u"args"_s)));
    if (json.contains(u"withinMs"_s) && kind != u"expect"_s)
        return fail(join(path, u"withinMs"_s),
                    Words::tr("%1 only goes with “expect”").arg(join(path, u"withinMs"_s)));

    const QString kp = join(path, kind);
    qint64 number = 0;
    if (kind == u"set"_s) {
        step->kind = ScenarioStep::Kind::Set;
        if (!readObject(json, kind, path, &step->patch) || !validateConfig(step->patch, kp, false))
            return false;
        if (step->patch.isEmpty())
            return fail(kp, Words::tr("%1 must change at least one setting").arg(kp));
    } else if (kind == u"pauseReplica"_s || kind == u"resumeReplica"_s) {
        step->kind = kind == u"pauseReplica"_s ? ScenarioStep::Kind::PauseReplica
                                               : ScenarioStep::Kind::ResumeReplica;
        if (!readWhole(json, kind, path, 1, maxReplicas(), &number))
            return false;
        step->replica = static_cast<int>(number);
    } else if (kind == u"heal"_s || kind == u"reset"_s) {
        step->kind = kind == u"heal"_s ? ScenarioStep::Kind::Heal : ScenarioStep::Kind::Reset;
        if (json.value(kind) != QJsonValue(true))
            return fail(kp, Words::tr("%1 must be true").arg(kp));
    } else if (kind == u"failNext"_s) {
        step->kind = ScenarioStep::Kind::FailNext;
        if (!readWhole(json, kind, path, 1, 10000, &number))
            return false;
        step->count = static_cast<int>(number);
    } else if (kind == u"action"_s || kind == u"expect"_s) {
        const bool action = kind == u"action"_s;
        step->kind = action ? ScenarioStep::Kind::Action : ScenarioStep::Kind::Expect;
        if (!readText(json, kind, path, &step->name)
            || !readObject(json, u"args"_s, path, &step->args)
            || !readWhole(json, u"withinMs"_s, path, 0, ConfigSchema::maxDelayMs, &step->withinMs))
            return false;
        if (step->name.isEmpty())
            return fail(kp, Words::tr("%1 must name an %2").arg(kp, kind));
        if (m_registry) {
            const bool known =
                action ? m_registry->hasAction(step->name) : m_registry->hasExpectation(step->name);
            if (!known) {
                const QStringList names =
                    action ? m_registry->actionNames() : m_registry->expectationNames();
                return fail(kp,
                            Words::tr("%1: there is no %2 “%3” (known: %4)")
                                .arg(kp, action ? Words::tr("action") : Words::tr("expectation"),
                                     step->name, names.join(u", "_s)));
            }
        }
    } else if (kind == u"screenshot"_s) {
        step->kind = ScenarioStep::Kind::Screenshot;
        static const QRegularExpression fileSafe(u"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"_s);
        if (!readText(json, kind, path, &step->name))
            return false;
        if (!fileSafe.match(step->name).hasMatch())
            return fail(kp,
                        Words::tr("%1 must be a file name of letters, digits, - and _ (it becomes "
                                  "<name>.png)")
                            .arg(kp));
    }
    return true;
}

std::optional<Scenario> ScenarioParser::parse(QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(m_text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = u"%1:%2: %3"_s.arg(m_fileName)
                         .arg(lineAt(parseError.offset))
                         .arg(Words::tr("not valid JSON (%1)").arg(parseError.errorString()));
        return std::nullopt;
    }
    m_locator.emplace(m_text);
    const auto failed = [this, error]() -> std::optional<Scenario> {
        if (error)
            *error = m_error;
        return std::nullopt;
    };
    if (!document.isObject()) {
        fail({}, Words::tr("a scenario must be a JSON object {…}"));
        return failed();
    }
    const QJsonObject root = document.object();
    Scenario scenario;
    scenario.fileName = m_fileName;
    qint64 seed = 0;
    qint64 duration = -1;
    if (!checkKnown(root, {},
                    {u"name"_s, u"description"_s, u"seed"_s, u"config"_s, u"split"_s, u"steps"_s,
                     u"durationMs"_s})
        || !readText(root, u"name"_s, {}, &scenario.name, true)
        || !readText(root, u"description"_s, {}, &scenario.description)
        || !readWhole(root, u"seed"_s, {}, 0, qint64(ConfigSchema::field(u"seed"_s)->max), &seed,
                      true)
        || !readObject(root, u"config"_s, {}, &scenario.config)
        || !validateConfig(scenario.config, u"config"_s, true)
        || !readWhole(root, u"durationMs"_s, {}, 1, 24LL * 60 * 60 * 1000, &duration))
        return failed();
    if (scenario.name.trimmed().isEmpty()) {
        fail(u"name"_s, Words::tr("name must not be empty"));
        return failed();
    }
    scenario.seed = static_cast<quint64>(seed);
    // A shipped scenario speaks the app's language (shippedscenariowords.h); others as written.
    scenario.name =
        QCoreApplication::translate("ShippedScenarios", scenario.name.toUtf8().constData());
    scenario.description =
        QCoreApplication::translate("ShippedScenarios", scenario.description.toUtf8().constData());

    if (!root.contains(u"steps"_s)) {
        fail({}, Words::tr("steps is missing (use [] for a scenario without steps)"));
        return failed();
    }
    if (!root.value(u"steps"_s).isArray()) {
        fail(u"steps"_s, Words::tr("steps must be a list [{…}, …]"));
        return failed();
    }
    if (root.contains(u"split"_s) && !readSplit(root, &scenario))
        return failed();
    const QJsonArray steps = root.value(u"steps"_s).toArray();
    qint64 lastAt = 0;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QString path = u"steps[%1]"_s.arg(i);
        if (!steps.at(i).isObject()) {
            fail(path, Words::tr("%1 must be an object {\"atMs\": …, …}").arg(path));
            return failed();
        }
        ScenarioStep step;
        if (!validateStep(steps.at(i).toObject(), path, &step))
            return failed();
        lastAt = std::max(lastAt, step.atMs);
        scenario.steps.append(step);
    }
    std::stable_sort(scenario.steps.begin(), scenario.steps.end(),
                     [](const ScenarioStep &a, const ScenarioStep &b) { return a.atMs < b.atMs; });
    if (duration >= 0 && duration < lastAt) {
        fail(u"durationMs"_s,
             Words::tr("durationMs must be ≥ the last step's atMs (%1)").arg(lastAt));
        return failed();
    }
    // Without a duration the scenario ends a moment after its last step.
    scenario.durationMs = duration >= 0 ? duration : lastAt + 1000;
    return scenario;
}

// "split": {"screen", "left", "right"} becomes the first step, the action that shows that screen
// side by side, so its patterns are checked (and a mistake is reported) like any step's.
bool ScenarioParser::readSplit(const QJsonObject &root, Scenario *scenario)
{
    const QString path = u"split"_s;
    QJsonObject split;
    if (!readObject(root, path, {}, &split)
        || !checkKnown(split, path, {u"screen"_s, u"left"_s, u"right"_s}))
        return false;
    for (const QString &key : {u"screen"_s, u"left"_s, u"right"_s}) {
        QString value;
        if (!readText(split, key, path, &value, true))
            return false;
        if (value.trimmed().isEmpty())
            return fail(join(path, key), Words::tr("%1 must not be empty").arg(join(path, key)));
    }
    ScenarioStep step;
    step.kind = ScenarioStep::Kind::Action;
    step.name = QString::fromLatin1(Scenario::splitAction);
    step.args = split;
    step.line = lineOf(path);
    step.note = Words::tr("Side by side: %1, %2 on the left, %3 on the right")
                    .arg(split.value(u"screen"_s).toString(), split.value(u"left"_s).toString(),
                         split.value(u"right"_s).toString());
    if (m_registry && !m_registry->hasAction(step.name))
        return fail(path, Words::tr("split needs the app's windows (no %1 here)").arg(step.name));
    scenario->steps.append(step);
    return true;
}

} // namespace

std::optional<Scenario> parseScenario(const QByteArray &text, const QString &fileName,
                                      const ActionRegistry *registry, QString *error)
{
    return ScenarioParser(text, fileName, registry).parse(error);
}
