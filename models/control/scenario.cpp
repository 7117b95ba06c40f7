#include "models/control/scenario.h"

#include "models/control/actionregistry.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Scenario", text);
}

QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

// Where each value of a (syntactically valid) JSON text starts: object members by the position
// of their key, array elements by the position of their value. QJsonDocument forgets positions,
// and people fix files by line number.
class JsonLocator
{
public:
    explicit JsonLocator(const QByteArray &text)
        : m_text(text)
    {
        skipSpace();
        value({});
    }

    qsizetype position(const QString &path) const { return m_positions.value(path, -1); }

private:
    void skipSpace()
    {
        while (m_at < m_text.size()
               && (m_text[m_at] == ' ' || m_text[m_at] == '\n' || m_text[m_at] == '\r'
                   || m_text[m_at] == '\t'))
            ++m_at;
    }

    QString string()
    {
        const qsizetype start = m_at;
        ++m_at; // opening quote
        bool escaped = false;
        while (m_at < m_text.size()) {
            const char c = m_text[m_at++];
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                break;
        }
        const QByteArray raw = m_text.mid(start, m_at - start);
        if (!raw.contains('\\'))
            return QString::fromUtf8(raw.mid(1, raw.size() - 2));
        return QJsonDocument::fromJson('[' + raw + ']').array().at(0).toString();
    }

    void value(const QString &path)
    {
        if (!m_positions.contains(path))
            m_positions.insert(path, m_at);
        if (m_at >= m_text.size())
            return;
        const char c = m_text[m_at];
        if (c == '{') {
            ++m_at;
            skipSpace();
            while (m_at < m_text.size() && m_text[m_at] != '}') {
                const qsizetype keyAt = m_at;
                const QString childPath = join(path, string());
                m_positions.insert(childPath, keyAt);
                skipSpace();
                ++m_at; // colon
                skipSpace();
                value(childPath);
                skipSpace();
                if (m_at < m_text.size() && m_text[m_at] == ',') {
                    ++m_at;
                    skipSpace();
                }
            }
            ++m_at;
        } else if (c == '[') {
            ++m_at;
            skipSpace();
            int index = 0;
            while (m_at < m_text.size() && m_text[m_at] != ']') {
                value(path + u"[%1]"_s.arg(index++));
                skipSpace();
                if (m_at < m_text.size() && m_text[m_at] == ',') {
                    ++m_at;
                    skipSpace();
                }
            }
            ++m_at;
        } else if (c == '"') {
            string();
        } else {
            while (m_at < m_text.size() && !QByteArrayView(",]} \t\r\n").contains(m_text[m_at]))
                ++m_at;
        }
    }

    const QByteArray &m_text;
    qsizetype m_at = 0;
    QHash<QString, qsizetype> m_positions;
};

constexpr qint64 maxMs = 10LL * 60 * 1000;

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
                            tr("%1 is not a known field (expected one of: %2)")
                                .arg(join(path, it.key()), known.join(u", "_s)));
        }
        return true;
    }

    bool readObject(const QJsonObject &object, const QString &key, const QString &path,
                    QJsonObject *out, bool required = false)
    {
        const QString p = join(path, key);
        if (!object.contains(key))
            return !required || fail(p, tr("%1 is missing").arg(p));
        if (!object.value(key).isObject())
            return fail(p, tr("%1 must be an object {…}").arg(p));
        *out = object.value(key).toObject();
        return true;
    }

    bool readWhole(const QJsonObject &object, const QString &key, const QString &path, qint64 min,
                   qint64 max, qint64 *out, bool required = false)
    {
        const QString p = join(path, key);
        if (!object.contains(key))
            return !required || fail(p, tr("%1 is missing").arg(p));
        const QJsonValue value = object.value(key);
        const double d = value.toDouble(-1);
        if (!value.isDouble() || d != std::floor(d) || d < double(min) || d > double(max)) {
            if (max >= maxMs)
                return fail(p, tr("%1 must be a whole number ≥ %2").arg(p).arg(min));
            return fail(p, tr("%1 must be a whole number from %2 to %3").arg(p).arg(min).arg(max));
        }
        if (out)
            *out = static_cast<qint64>(d);
        return true;
    }

    bool readRate(const QJsonObject &object, const QString &key, const QString &path)
    {
        const QString p = join(path, key);
        if (!object.contains(key))
            return true;
        const QJsonValue value = object.value(key);
        if (!value.isDouble() || value.toDouble() < 0 || value.toDouble() > 1)
            return fail(p, tr("%1 must be a number from 0 to 1 (0.3 = 30 %)").arg(p));
        return true;
    }

    bool readBool(const QJsonObject &object, const QString &key, const QString &path)
    {
        const QString p = join(path, key);
        if (object.contains(key) && !object.value(key).isBool())
            return fail(p, tr("%1 must be true or false").arg(p));
        return true;
    }

    bool readText(const QJsonObject &object, const QString &key, const QString &path, QString *out,
                  bool required = false)
    {
        const QString p = join(path, key);
        if (!object.contains(key))
            return !required || fail(p, tr("%1 is missing").arg(p));
        if (!object.value(key).isString())
            return fail(p, tr("%1 must be text in quotes").arg(p));
        if (out)
            *out = object.value(key).toString();
        return true;
    }

    bool readEnum(const QJsonObject &object, const QString &key, const QString &path,
                  const QStringList &allowed)
    {
        const QString p = join(path, key);
        if (object.contains(key) && !allowed.contains(object.value(key).toString()))
            return fail(p, tr("%1 must be one of: %2").arg(p, allowed.join(u", "_s)));
        return true;
    }

    bool validateConfig(const QJsonObject &config, const QString &path);
    bool validateStep(const QJsonObject &json, const QString &path, ScenarioStep *step);

    const QByteArray &m_text;
    QString m_fileName;
    const ActionRegistry *m_registry;
    std::optional<JsonLocator> m_locator;
    QString m_error;
};

bool ScenarioParser::validateConfig(const QJsonObject &config, const QString &path)
{
    // The same names and bounds as the backend's configuration (docs/api.md), checked here so a
    // mistake names its line before anything reaches the backend.
    if (!checkKnown(config, path,
                    {u"latency"_s, u"faults"_s, u"replication"_s, u"transfers"_s, u"idempotency"_s,
                     u"limits"_s}))
        return false;

    QJsonObject latency;
    const QString lp = join(path, u"latency"_s);
    if (!readObject(config, u"latency"_s, path, &latency)
        || !checkKnown(latency, lp, {u"reads"_s, u"writes"_s, u"transfers"_s}))
        return false;
    for (const QString &routeClass : {u"reads"_s, u"writes"_s, u"transfers"_s}) {
        QJsonObject model;
        const QString mp = join(lp, routeClass);
        if (!readObject(latency, routeClass, lp, &model)
            || !checkKnown(model, mp, {u"distribution"_s, u"baseMs"_s, u"jitterMs"_s, u"capMs"_s})
            || !readEnum(model, u"distribution"_s, mp,
                         {u"fixed"_s, u"uniform"_s, u"normal"_s, u"lognormal"_s})
            || !readWhole(model, u"baseMs"_s, mp, 0, maxMs, nullptr)
            || !readWhole(model, u"jitterMs"_s, mp, 0, maxMs, nullptr)
            || !readWhole(model, u"capMs"_s, mp, 0, maxMs, nullptr))
            return false;
    }

    QJsonObject faults;
    const QString fp = join(path, u"faults"_s);
    if (!readObject(config, u"faults"_s, path, &faults)
        || !checkKnown(faults, fp,
                       {u"errorRate"_s, u"hangRate"_s, u"lostResponseRate"_s, u"offline"_s})
        || !readRate(faults, u"errorRate"_s, fp) || !readRate(faults, u"hangRate"_s, fp)
        || !readRate(faults, u"lostResponseRate"_s, fp) || !readBool(faults, u"offline"_s, fp))
        return false;

    QJsonObject replication;
    const QString rp = join(path, u"replication"_s);
    if (!readObject(config, u"replication"_s, path, &replication)
        || !checkKnown(replication, rp, {u"replicas"_s}))
        return false;
    if (replication.contains(u"replicas"_s)) {
        const QString ap = join(rp, u"replicas"_s);
        const QJsonValue value = replication.value(u"replicas"_s);
        if (!value.isArray() || value.toArray().size() > 5)
            return fail(ap, tr("%1 must be a list of 0 to 5 replicas [{…}, …]").arg(ap));
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString ep = ap + u"[%1]"_s.arg(i);
            if (!array.at(i).isObject())
                return fail(ep, tr("%1 must be an object {…}").arg(ep));
            const QJsonObject lag = array.at(i).toObject();
            if (!checkKnown(lag, ep,
                            {u"model"_s, u"baseMs"_s, u"jitterMs"_s, u"medianMs"_s, u"p95Ms"_s,
                             u"spikeRate"_s, u"spikeMs"_s, u"paused"_s})
                || !readEnum(lag, u"model"_s, ep, {u"fixed"_s, u"uniform"_s, u"lognormal"_s})
                || !readWhole(lag, u"baseMs"_s, ep, 0, maxMs, nullptr)
                || !readWhole(lag, u"jitterMs"_s, ep, 0, maxMs, nullptr)
                || !readWhole(lag, u"medianMs"_s, ep, 0, maxMs, nullptr)
                || !readWhole(lag, u"p95Ms"_s, ep, 0, maxMs, nullptr)
                || !readRate(lag, u"spikeRate"_s, ep)
                || !readWhole(lag, u"spikeMs"_s, ep, 0, maxMs, nullptr)
                || !readBool(lag, u"paused"_s, ep))
                return false;
        }
    }

    QJsonObject transfers;
    const QString tp = join(path, u"transfers"_s);
    if (!readObject(config, u"transfers"_s, path, &transfers)
        || !checkKnown(
            transfers, tp,
            {u"settleMinMs"_s, u"settleMaxMs"_s, u"successRate"_s, u"perTransferLimit"_s})
        || !readWhole(transfers, u"settleMinMs"_s, tp, 0, maxMs, nullptr)
        || !readWhole(transfers, u"settleMaxMs"_s, tp, 0, maxMs, nullptr)
        || !readRate(transfers, u"successRate"_s, tp)
        || !readWhole(transfers, u"perTransferLimit"_s, tp, 1, 1000000000000LL, nullptr))
        return false;

    QJsonObject idempotency;
    const QString ip = join(path, u"idempotency"_s);
    if (!readObject(config, u"idempotency"_s, path, &idempotency)
        || !checkKnown(idempotency, ip, {u"ttlMs"_s})
        || !readWhole(idempotency, u"ttlMs"_s, ip, 1, 7LL * 24 * 60 * 60 * 1000, nullptr))
        return false;

    QJsonObject limits;
    const QString mp = join(path, u"limits"_s);
    return readObject(config, u"limits"_s, path, &limits)
        && checkKnown(limits, mp, {u"maxBodyBytes"_s, u"maxPhotoBytes"_s, u"maxPhotoPixels"_s})
        && readWhole(limits, u"maxBodyBytes"_s, mp, 256, 16LL * 1024 * 1024, nullptr)
        && readWhole(limits, u"maxPhotoBytes"_s, mp, 1024, 64LL * 1024 * 1024, nullptr)
        && readWhole(limits, u"maxPhotoPixels"_s, mp, 1, 400000000LL, nullptr);
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
                        tr("%1: a step does one thing; this one also has “%2”")
                            .arg(join(path, candidate), kind));
        kind = candidate;
    }
    if (kind.isEmpty())
        return fail(path, tr("%1 needs one of: %2").arg(path, kinds.join(u", "_s)));

    if (json.contains(u"args"_s) && kind != u"action"_s && kind != u"expect"_s)
        return fail(join(path, u"args"_s),
                    tr("%1 only goes with “action” or “expect”").arg(join(path, u"args"_s)));
    if (json.contains(u"withinMs"_s) && kind != u"expect"_s)
        return fail(join(path, u"withinMs"_s),
                    tr("%1 only goes with “expect”").arg(join(path, u"withinMs"_s)));

    const QString kp = join(path, kind);
    qint64 number = 0;
    if (kind == u"set"_s) {
        step->kind = ScenarioStep::Kind::Set;
        if (!readObject(json, kind, path, &step->patch) || !validateConfig(step->patch, kp))
            return false;
        if (step->patch.isEmpty())
            return fail(kp, tr("%1 must change at least one setting").arg(kp));
    } else if (kind == u"pauseReplica"_s || kind == u"resumeReplica"_s) {
        step->kind = kind == u"pauseReplica"_s ? ScenarioStep::Kind::PauseReplica
                                               : ScenarioStep::Kind::ResumeReplica;
        if (!readWhole(json, kind, path, 1, 5, &number))
            return false;
        step->replica = static_cast<int>(number);
    } else if (kind == u"heal"_s || kind == u"reset"_s) {
        step->kind = kind == u"heal"_s ? ScenarioStep::Kind::Heal : ScenarioStep::Kind::Reset;
        if (json.value(kind) != QJsonValue(true))
            return fail(kp, tr("%1 must be true").arg(kp));
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
            || !readWhole(json, u"withinMs"_s, path, 0, maxMs, &step->withinMs))
            return false;
        if (step->name.isEmpty())
            return fail(kp, tr("%1 must name an %2").arg(kp, kind));
        if (m_registry) {
            const bool known =
                action ? m_registry->hasAction(step->name) : m_registry->hasExpectation(step->name);
            if (!known) {
                const QStringList names =
                    action ? m_registry->actionNames() : m_registry->expectationNames();
                return fail(kp,
                            tr("%1: there is no %2 “%3” (known: %4)")
                                .arg(kp, action ? tr("action") : tr("expectation"), step->name,
                                     names.join(u", "_s)));
            }
        }
    } else if (kind == u"screenshot"_s) {
        step->kind = ScenarioStep::Kind::Screenshot;
        static const QRegularExpression fileSafe(u"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$"_s);
        if (!readText(json, kind, path, &step->name))
            return false;
        if (!fileSafe.match(step->name).hasMatch())
            return fail(kp,
                        tr("%1 must be a file name of letters, digits, - and _ (it becomes "
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
                         .arg(tr("not valid JSON (%1)").arg(parseError.errorString()));
        return std::nullopt;
    }
    m_locator.emplace(m_text);
    const auto failed = [this, error]() -> std::optional<Scenario> {
        if (error)
            *error = m_error;
        return std::nullopt;
    };
    if (!document.isObject()) {
        fail({}, tr("a scenario must be a JSON object {…}"));
        return failed();
    }
    const QJsonObject root = document.object();
    Scenario scenario;
    scenario.fileName = m_fileName;
    qint64 seed = 0;
    qint64 duration = -1;
    if (!checkKnown(
            root, {},
            {u"name"_s, u"description"_s, u"seed"_s, u"config"_s, u"steps"_s, u"durationMs"_s})
        || !readText(root, u"name"_s, {}, &scenario.name, true)
        || !readText(root, u"description"_s, {}, &scenario.description)
        || !readWhole(root, u"seed"_s, {}, 0, 9007199254740992LL, &seed, true)
        || !readObject(root, u"config"_s, {}, &scenario.config)
        || !validateConfig(scenario.config, u"config"_s)
        || !readWhole(root, u"durationMs"_s, {}, 1, 24LL * 60 * 60 * 1000, &duration))
        return failed();
    if (scenario.name.trimmed().isEmpty()) {
        fail(u"name"_s, tr("name must not be empty"));
        return failed();
    }
    scenario.seed = static_cast<quint64>(seed);

    if (!root.contains(u"steps"_s)) {
        fail({}, tr("steps is missing (use [] for a scenario without steps)"));
        return failed();
    }
    if (!root.value(u"steps"_s).isArray()) {
        fail(u"steps"_s, tr("steps must be a list [{…}, …]"));
        return failed();
    }
    const QJsonArray steps = root.value(u"steps"_s).toArray();
    qint64 lastAt = 0;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        const QString path = u"steps[%1]"_s.arg(i);
        if (!steps.at(i).isObject()) {
            fail(path, tr("%1 must be an object {\"atMs\": …, …}").arg(path));
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
        fail(u"durationMs"_s, tr("durationMs must be ≥ the last step's atMs (%1)").arg(lastAt));
        return failed();
    }
    // Without a duration the scenario ends a moment after its last step.
    scenario.durationMs = duration >= 0 ? duration : lastAt + 1000;
    return scenario;
}

QString percent(double rate)
{
    return QCoreApplication::translate("Scenario", "%1 %").arg(rate * 100, 0, 'g', 3);
}

} // namespace

std::optional<Scenario> Scenario::parse(const QByteArray &text, const QString &fileName,
                                        QString *error, const ActionRegistry *registry)
{
    return ScenarioParser(text, fileName, registry).parse(error);
}

std::optional<Scenario> Scenario::load(const QString &path, QString *error,
                                       const ActionRegistry *registry)
{
    QFile file(path);
    const QString fileName = QFileInfo(path).fileName();
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = u"%1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    return parse(file.readAll(), fileName, error, registry);
}

QString Scenario::describePatch(const QJsonObject &patch)
{
    QStringList parts;
    const QJsonObject faults = patch.value(u"faults"_s).toObject();
    if (faults.contains(u"errorRate"_s))
        parts << tr("error rate %1").arg(percent(faults.value(u"errorRate"_s).toDouble()));
    if (faults.contains(u"hangRate"_s))
        parts << tr("hang rate %1").arg(percent(faults.value(u"hangRate"_s).toDouble()));
    if (faults.contains(u"lostResponseRate"_s))
        parts
            << tr("lost responses %1").arg(percent(faults.value(u"lostResponseRate"_s).toDouble()));
    if (faults.contains(u"offline"_s))
        parts << (faults.value(u"offline"_s).toBool() ? tr("offline") : tr("online"));
    const QJsonObject latency = patch.value(u"latency"_s).toObject();
    const std::pair<QString, const char *> classes[] = {
        {u"reads"_s, QT_TRANSLATE_NOOP("Scenario", "read latency %1 ms")},
        {u"writes"_s, QT_TRANSLATE_NOOP("Scenario", "write latency %1 ms")},
        {u"transfers"_s, QT_TRANSLATE_NOOP("Scenario", "transfer latency %1 ms")},
    };
    for (const auto &[key, text] : classes) {
        const QJsonObject model = latency.value(key).toObject();
        if (model.contains(u"baseMs"_s))
            parts << tr(text).arg(model.value(u"baseMs"_s).toInteger());
    }
    const QJsonArray replicas =
        patch.value(u"replication"_s).toObject().value(u"replicas"_s).toArray();
    for (qsizetype i = 0; i < replicas.size(); ++i) {
        const QJsonObject lag = replicas.at(i).toObject();
        const QJsonValue ms =
            lag.contains(u"medianMs"_s) ? lag.value(u"medianMs"_s) : lag.value(u"baseMs"_s);
        if (!ms.isUndefined())
            parts << tr("replica %1 lag %2 ms").arg(i + 1).arg(ms.toInteger());
    }
    const QJsonObject transfers = patch.value(u"transfers"_s).toObject();
    if (transfers.contains(u"successRate"_s))
        parts
            << tr("transfer success %1").arg(percent(transfers.value(u"successRate"_s).toDouble()));
    if (transfers.contains(u"settleMaxMs"_s))
        parts << tr("transfers settle within %1 ms")
                     .arg(transfers.value(u"settleMaxMs"_s).toInteger());
    if (parts.isEmpty())
        return tr("change backend settings");
    return parts.join(u", "_s);
}

QString ScenarioStep::describe() const
{
    QString what;
    switch (kind) {
    case Kind::Set:
        what = tr("Set %1").arg(Scenario::describePatch(patch));
        break;
    case Kind::PauseReplica:
        what = tr("Pause replica %1").arg(replica);
        break;
    case Kind::ResumeReplica:
        what = tr("Resume replica %1").arg(replica);
        break;
    case Kind::Heal:
        what = tr("Heal: no faults, every replica resumed");
        break;
    case Kind::FailNext:
        what =
            count == 1 ? tr("Fail the next request") : tr("Fail the next %1 requests").arg(count);
        break;
    case Kind::Reset:
        what = tr("Reset the data to the seed");
        break;
    case Kind::Action:
        what = tr("Do %1").arg(name);
        break;
    case Kind::Expect:
        what = tr("Check %1").arg(name);
        break;
    case Kind::Screenshot:
        what = tr("Screenshot “%1”").arg(name);
        break;
    }
    return note.isEmpty() ? what : u"%1 (%2)"_s.arg(note, what);
}
