#include "core/configschema.h"

#include "core/jsonpath.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ConfigSchema {

namespace {

// The catalogue's context for this file's words; lupdate reads it here.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(ConfigSchema)
};

// The distributions' names as the control room's lists show them (Knobs translates each option).
[[maybe_unused]] constexpr const char *optionNames[] = {
    QT_TRANSLATE_NOOP("ConfigSchema", "fixed"), QT_TRANSLATE_NOOP("ConfigSchema", "uniform"),
    QT_TRANSLATE_NOOP("ConfigSchema", "normal"), QT_TRANSLATE_NOOP("ConfigSchema", "lognormal"),
    // The photo cache's strategies (cache.strategy).
    QT_TRANSLATE_NOOP("ConfigSchema", "none"), QT_TRANSLATE_NOOP("ConfigSchema", "ttl"),
    QT_TRANSLATE_NOOP("ConfigSchema", "write-through"), QT_TRANSLATE_NOOP("ConfigSchema", "event"),
    QT_TRANSLATE_NOOP("ConfigSchema", "versioned")};

// 2^53 - 1: the largest integer a JSON reader holds exactly; 2^53 + 1 would arrive rounded to
// 2^53 and pass a check against 2^53.
constexpr double maxSeed = 9007199254740991.0;

Field whole(const QString &path, double min, double max, qint64 value, Unit unit,
            const QString &label, const QString &help = {}, bool knob = false)
{
    return {path, Type::Int, min, max, value, unit, label, help, {}, knob};
}

Field delay(const QString &path, qint64 value, const QString &label, const QString &help = {},
            bool knob = false)
{
    return whole(path, 0, maxDelayMs, value, Unit::Milliseconds, label, help, knob);
}

Field rate(const QString &path, double value, const QString &label, const QString &help = {},
           bool knob = false)
{
    return {path, Type::Double, 0, 1, value, Unit::Fraction, label, help, {}, knob};
}

Field flag(const QString &path, const QString &label, const QString &help = {}, bool knob = false)
{
    return {path, Type::Bool, 0, 0, false, Unit::None, label, help, {}, knob};
}

Field choice(const QString &path, const QStringList &options, const QString &value,
             const QString &label, const QString &help = {}, bool knob = false)
{
    return {path, Type::Enum, 0, 0, value, Unit::None, label, help, options, knob};
}

QJsonObject lag(const QString &model, int baseMs, int jitterMs, int medianMs, int p95Ms,
                double spikeRate, int spikeMs)
{
    return {{u"model"_s, model},       {u"baseMs"_s, baseMs}, {u"jitterMs"_s, jitterMs},
            {u"medianMs"_s, medianMs}, {u"p95Ms"_s, p95Ms},   {u"spikeRate"_s, spikeRate},
            {u"spikeMs"_s, spikeMs},   {u"paused"_s, false}};
}

QList<Field> build()
{
    constexpr bool knob = true;
    QList<Field> f;
    f << whole(
        u"seed"_s, 0, maxSeed, 42, Unit::None, Words::tr("Seed"),
        Words::tr("The same seed gives the same data and the same sequence of random latencies "
                  "and faults."),
        knob);

    struct RouteClass
    {
        QString key;
        int baseMs, jitterMs, capMs;
    };
    const RouteClass classes[] = {
        {u"reads"_s, 120, 180, 3000},
        {u"writes"_s, 250, 400, 5000},
        {u"transfers"_s, 400, 600, 8000},
    };
    for (const RouteClass &c : classes) {
        const QString p = u"latency."_s + c.key + u'.';
        const QString title = routeClassTitle(c.key);
        f << choice(
            p + u"distribution"_s, {u"fixed"_s, u"uniform"_s, u"normal"_s, u"lognormal"_s},
            u"lognormal"_s, Words::tr("%1 latency distribution").arg(title),
            Words::tr("fixed: always the base. uniform: base plus 0 to jitter. normal: base ± "
                      "jitter (one standard deviation). lognormal: median base, 95th "
                      "percentile base + jitter."),
            knob)
          << delay(p + u"baseMs"_s, c.baseMs, Words::tr("%1 latency base").arg(title), {}, knob)
          << delay(p + u"jitterMs"_s, c.jitterMs, Words::tr("%1 latency jitter").arg(title), {},
                   knob)
          << delay(p + u"capMs"_s, c.capMs, Words::tr("%1 latency cap").arg(title),
                   Words::tr("Upper bound of every sample; 0 = none."));
    }

    f << rate(u"faults.errorRate"_s, 0, Words::tr("Error rate"),
              Words::tr("Share of data requests that fail with 503."), knob)
      << rate(u"faults.hangRate"_s, 0, Words::tr("Hang rate"),
              Words::tr("Share of data requests that never get an answer."), knob)
      << rate(u"faults.lostResponseRate"_s, 0, Words::tr("Lost-response rate"),
              Words::tr("Share of writes that are applied but whose answer is lost."), knob)
      << flag(u"faults.offline"_s, Words::tr("Offline"),
              Words::tr("Nothing answers on data routes."), knob);

    Field replicas {
        u"replication.replicas"_s,
        Type::List,
        0,
        5,
        QJsonArray {lag(u"lognormal"_s, 0, 0, 300, 1500, 0.02, 4000),
                    lag(u"uniform"_s, 200, 800, 0, 0, 0, 0)},
        Unit::None,
        Words::tr("Replica count"),
        Words::tr("Read replicas behind the primary (0 to 5). New replicas start with no "
                  "lag."),
        {},
        knob};
    f << replicas;
    const QString r = u"replication.replicas[]."_s;
    f << choice(
        r + u"model"_s, {u"fixed"_s, u"uniform"_s, u"lognormal"_s}, u"fixed"_s,
        Words::tr("Replica %1 lag model"),
        Words::tr("fixed: always the lag. uniform: base plus 0 to jitter. lognormal: a median "
                  "and a 95th percentile."),
        knob)
      << delay(r + u"baseMs"_s, 0, Words::tr("Replica %1 base lag"), {}, knob)
      << delay(r + u"jitterMs"_s, 0, Words::tr("Replica %1 lag jitter"), {}, knob)
      << delay(r + u"medianMs"_s, 0, Words::tr("Replica %1 median lag"), {}, knob)
      << delay(r + u"p95Ms"_s, 0, Words::tr("Replica %1 95th percentile lag"), {}, knob)
      << rate(r + u"spikeRate"_s, 0, Words::tr("Replica %1 spike rate"),
              Words::tr("With this probability an entry's lag gets the spike on top."))
      << delay(r + u"spikeMs"_s, 0, Words::tr("Replica %1 spike"))
      << flag(r + u"paused"_s, Words::tr("Replica %1 paused"),
              Words::tr("Partitioned: applies nothing, catches up in a burst when resumed."), knob);

    f << delay(u"transfers.settleMinMs"_s, 2000, Words::tr("Settle time, shortest"), {}, knob)
      << delay(u"transfers.settleMaxMs"_s, 5000, Words::tr("Settle time, longest"), {}, knob)
      << rate(u"transfers.successRate"_s, 0.85, Words::tr("Transfer success rate"),
              Words::tr("Share of transfers the recipient's bank accepts."), knob)
      << whole(u"transfers.perTransferLimit"_s, 1, 1e12, 500000, Unit::MinorUnits,
               Words::tr("Largest transfer"),
               Words::tr("Above it a transfer is refused (422 over_limit)."));

    // A cache in front of the profile's photo reads, like a CDN (docs/api.md, "Photo cache").
    f << choice(u"cache.strategy"_s,
                {u"none"_s, u"ttl"_s, u"write-through"_s, u"event"_s, u"versioned"_s}, u"none"_s,
                Words::tr("Photo cache strategy"),
                Words::tr("What answers a profile read before the database. none: no cache. ttl: "
                          "the copy it has until it expires. write-through: updated on every "
                          "upload. event: dropped when the upload's event arrives. versioned: "
                          "the photo's version is part of its key."),
                knob)
      << delay(u"cache.ttlMs"_s, 10000, Words::tr("Cache lifetime (TTL)"),
               Words::tr("ttl: how long a copy is served before the cache fetches again."), knob)
      << delay(u"cache.invalidationLagMs"_s, 2000, Words::tr("Invalidation event delay"),
               Words::tr("event: how long after an upload its event reaches the cache and drops "
                         "the copy."),
               knob);

    f << whole(u"idempotency.ttlMs"_s, 1, 7.0 * 24 * 60 * 60 * 1000, 24LL * 60 * 60 * 1000,
               Unit::Milliseconds, Words::tr("Idempotency key retention"),
               Words::tr("How long stored answers are kept."));

    f << whole(u"limits.maxBodyBytes"_s, 256, 16.0 * 1024 * 1024, 64 * 1024, Unit::Bytes,
               Words::tr("Largest JSON body"))
      << whole(u"limits.maxPhotoBytes"_s, 1024, 64.0 * 1024 * 1024, 10 * 1024 * 1024, Unit::Bytes,
               Words::tr("Largest photo upload"))
      << whole(u"limits.maxPhotoPixels"_s, 1, 400000000, 40000000, Unit::Pixels,
               Words::tr("Most photo pixels"), Words::tr("PNG width × height."));
    return f;
}

} // namespace

QString Field::key() const
{
    return path.section(u'.', -1);
}

QString Field::labelFor(int entry) const
{
    return inList() ? label.arg(entry) : label;
}

const QList<Field> &fields()
{
    static const QList<Field> table = build();
    return table;
}

const Field *field(const QString &path)
{
    const QString generic = JsonPath::generic(path);
    for (const Field &f : fields()) {
        if (f.path == generic)
            return &f;
    }
    return nullptr;
}

QStringList keysOf(const QString &objectPath)
{
    const QString prefix = objectPath.isEmpty() ? QString() : objectPath + u'.';
    QStringList keys;
    for (const Field &f : fields()) {
        if (!f.path.startsWith(prefix))
            continue;
        QString key = f.path.mid(prefix.size()).section(u'.', 0, 0);
        key.remove(u"[]"_s);
        if (!key.isEmpty() && !keys.contains(key))
            keys.append(key);
    }
    return keys;
}

QStringList knobPaths()
{
    QStringList paths;
    for (const Field &f : fields()) {
        if (f.knob)
            paths.append(f.path);
    }
    return paths;
}

QStringList routeClasses()
{
    return keysOf(u"latency"_s);
}

QString routeClassTitle(const QString &routeClass)
{
    if (routeClass == u"writes"_s)
        return Words::tr("Writes");
    if (routeClass == u"transfers"_s)
        return Words::tr("Transfers");
    return Words::tr("Reads");
}

QJsonObject defaults()
{
    QJsonObject config;
    for (const Field &f : fields()) {
        if (!f.inList())
            config = JsonPath::withValue(config, f.path, f.defaultValue);
    }
    return config;
}

QJsonValue clamped(const Field &field, const QJsonValue &value)
{
    switch (field.type) {
    case Type::Bool:
        return value.isBool() ? value : field.defaultValue;
    case Type::Int: {
        if (!value.isDouble() || !std::isfinite(value.toDouble()))
            return field.defaultValue;
        return static_cast<qint64>(std::clamp(std::round(value.toDouble()), field.min, field.max));
    }
    case Type::Double:
        if (!value.isDouble() || !std::isfinite(value.toDouble()))
            return field.defaultValue;
        return std::clamp(value.toDouble(), field.min, field.max);
    case Type::Enum:
        return field.options.contains(value.toString()) ? value : field.defaultValue;
    case Type::List: {
        QJsonArray array = value.toArray();
        while (array.size() > static_cast<qsizetype>(field.max))
            array.removeLast();
        return array;
    }
    }
    return value;
}

} // namespace ConfigSchema
