#include "benchmarks/workshop_soak/acceleratedscenarios.h"

#include "core/shippeddata.h"

#include <QDir>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QJsonObject latency(int baseMs, int jitterMs)
{
    return {{u"distribution"_s, u"uniform"_s}, {u"baseMs"_s, baseMs}, {u"jitterMs"_s, jitterMs}};
}

QJsonObject lag(int baseMs, int jitterMs)
{
    return {{u"model"_s, u"uniform"_s}, {u"baseMs"_s, baseMs}, {u"jitterMs"_s, jitterMs}};
}

// Every "...Ms" number below `value` shrunk by `speed` (at least 1 ms).
QJsonValue scaled(const QJsonValue &value, double speed, const QString &key = {})
{
    if (value.isObject()) {
        QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            it.value() = scaled(it.value(), speed, it.key());
        return object;
    }
    if (value.isArray()) {
        QJsonArray array = value.toArray();
        for (auto it = array.begin(); it != array.end(); ++it)
            *it = scaled(*it, speed);
        return array;
    }
    if (value.isDouble() && key.endsWith("Ms"_L1) && value.toDouble() > 0)
        return std::max<qint64>(1, std::llround(value.toDouble() / speed));
    return value;
}

// What a scenario sets, minus request latency, with its times shrunk.
QJsonObject accelerate(QJsonObject patch, double speed)
{
    patch.remove(u"latency"_s);
    for (const QString &key : {u"replication"_s, u"transfers"_s}) {
        if (patch.contains(key))
            patch.insert(key, scaled(patch.value(key), speed));
    }
    return patch;
}

// RFC 7386 merge of patch onto base (objects merge, everything else replaces).
QJsonObject merged(QJsonObject base, const QJsonObject &patch)
{
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it.value().isObject() && base.value(it.key()).isObject())
            base.insert(it.key(), merged(base.value(it.key()).toObject(), it.value().toObject()));
        else
            base.insert(it.key(), it.value());
    }
    return base;
}

} // namespace

QJsonObject AcceleratedScenarios::fastConfig()
{
    return {
        {u"latency"_s,
         QJsonObject {{u"reads"_s, latency(1, 2)},
                      {u"writes"_s, latency(1, 2)},
                      {u"transfers"_s, latency(2, 3)}}},
        {u"replication"_s, QJsonObject {{u"replicas"_s, QJsonArray {lag(2, 10), lag(5, 20)}}}},
        {u"transfers"_s, QJsonObject {{u"settleMinMs"_s, 20}, {u"settleMaxMs"_s, 200}}},
        // The embedded backend shares the process: its store of answers, kept 24 h by default
        // and so growing all through a two-hour run, would hide the app's own curve.
        {u"idempotency"_s, QJsonObject {{u"ttlMs"_s, 120000}}},
    };
}

QList<Scenario> AcceleratedScenarios::load(const ActionRegistry *registry, double speed,
                                           QString *error)
{
    QList<Scenario> scenarios;
    const QDir dir(ShippedData::scenariosDirectory());
    const QStringList files = dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        *error = u"no shipped scenarios in \"%1\""_s.arg(dir.path());
        return {};
    }
    for (const QString &file : files) {
        std::optional<Scenario> scenario = Scenario::load(dir.filePath(file), error, registry);
        if (!scenario)
            return {};
        // PUT /admin/config starts from the backend's defaults: the fast base goes under it.
        scenario->config = merged(fastConfig(), accelerate(scenario->config, speed));
        for (ScenarioStep &step : scenario->steps) {
            step.atMs = std::llround(double(step.atMs) / speed);
            if (step.kind == ScenarioStep::Kind::Set)
                step.patch = accelerate(step.patch, speed);
        }
        scenario->durationMs = std::llround(double(scenario->durationMs) / speed);
        scenarios.append(*scenario);
    }
    return scenarios;
}
