// validate(), checkRules() and the words of an Issue: the half of the schema that judges a
// configuration. The fields themselves are in configschema.cpp.
#include "core/configschema.h"

#include "core/jsonpath.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace ConfigSchema {

namespace {

// The catalogue's context for this file's words; lupdate reads it here.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(ConfigSchema)
};

using JsonPath::join;

// A rule across the fields of one object. Written once; the backend, the scenario validator and
// every test read it from here. The words lambdas say "-> QString": with QStringBuilder a deduced
// return type would hand back references to temporaries.
struct Rule
{
    QString scope; // generic path of the object it looks inside
    QStringList uses; // its keys; the rule is skipped unless all are present
    QString reports; // the key named in the issue; empty: the object itself
    std::function<bool(const QJsonObject &)> holds;
    std::function<QString(const QString &scopePath)> words;
};

const QList<Rule> &rules()
{
    static const QList<Rule> list {
        {u"faults"_s,
         {u"errorRate"_s, u"hangRate"_s, u"lostResponseRate"_s},
         {},
         [](const QJsonObject &o) {
             // One draw decides among the three, so together they are a share of requests.
             return o.value(u"errorRate"_s).toDouble() + o.value(u"hangRate"_s).toDouble()
                 + o.value(u"lostResponseRate"_s).toDouble()
                 <= 1.0 + 1e-9;
         },
         [](const QString &p) -> QString {
             return u"%1 + %2 + %3 must be ≤ 1"_s.arg(
                 join(p, u"errorRate"_s), join(p, u"hangRate"_s), join(p, u"lostResponseRate"_s));
         }},
        {u"replication.replicas[]"_s,
         {u"model"_s, u"medianMs"_s, u"p95Ms"_s},
         u"p95Ms"_s,
         [](const QJsonObject &o) {
             return o.value(u"model"_s).toString() != u"lognormal"_s
                 || o.value(u"p95Ms"_s).toInteger() >= o.value(u"medianMs"_s).toInteger();
         },
         // QString, not auto: a QStringBuilder returned from a lambda keeps references to its
         // temporaries after they are gone.
         [](const QString &p) -> QString {
             return join(p, u"p95Ms"_s) + u" must be ≥ medianMs"_s;
         }},
        {u"transfers"_s,
         {u"settleMinMs"_s, u"settleMaxMs"_s},
         u"settleMaxMs"_s,
         [](const QJsonObject &o) {
             return o.value(u"settleMaxMs"_s).toInteger() >= o.value(u"settleMinMs"_s).toInteger();
         },
         [](const QString &p) -> QString {
             return u"%1 must be ≥ %2"_s.arg(join(p, u"settleMaxMs"_s), join(p, u"settleMinMs"_s));
         }},
    };
    return list;
}

Issue issue(Issue::Problem problem, const QString &field, const Field *spec = nullptr)
{
    Issue i;
    i.problem = problem;
    i.field = field;
    i.spec = spec;
    return i;
}

std::optional<Issue> checkValue(const Field &f, const QJsonValue &value, const QString &at)
{
    using P = Issue::Problem;
    switch (f.type) {
    case Type::Bool:
        if (!value.isBool())
            return issue(P::NotABool, at, &f);
        return std::nullopt;
    case Type::Int: {
        if (!value.isDouble())
            return issue(P::NotAWholeNumber, at, &f);
        const double d = value.toDouble();
        if (!std::isfinite(d) || std::floor(d) != d)
            return issue(P::Fraction, at, &f);
        // Beyond 2^53 a double no longer holds every integer: such a value cannot be trusted.
        if (std::fabs(d) > 9007199254740992.0)
            return issue(P::TooLarge, at, &f);
        if (d < f.min)
            return issue(P::BelowMin, at, &f);
        if (d > f.max)
            return issue(P::AboveMax, at, &f);
        return std::nullopt;
    }
    case Type::Double:
        if (!value.isDouble() || !std::isfinite(value.toDouble()))
            return issue(P::NotANumber, at, &f);
        if (value.toDouble() < f.min || value.toDouble() > f.max)
            return issue(P::OutOfRange, at, &f);
        return std::nullopt;
    case Type::Enum:
        if (!value.isString())
            return issue(P::NotText, at, &f);
        if (!f.options.contains(value.toString()))
            return issue(P::NotAnOption, at, &f);
        return std::nullopt;
    case Type::List:
        break; // walked by the caller
    }
    return std::nullopt;
}

// Known keys first (QJsonObject keys are sorted, so the first unknown one is stable), then each
// present child in schema order.
std::optional<Issue> walk(const QJsonObject &object, const QString &generic, const QString &at,
                          const QStringList &omit)
{
    QStringList known = keysOf(generic);
    for (const QString &key : omit)
        known.removeAll(key);
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key())) {
            Issue i = issue(Issue::Problem::UnknownField, join(at, it.key()));
            i.known = known;
            return i;
        }
    }
    for (const QString &key : std::as_const(known)) {
        if (!object.contains(key))
            continue;
        const QJsonValue value = object.value(key);
        const QString childGeneric = join(generic, key);
        const QString childAt = join(at, key);
        const Field *f = field(childGeneric);
        if (!f) {
            if (!value.isObject())
                return issue(Issue::Problem::NotAnObject, childAt);
            if (auto found = walk(value.toObject(), childGeneric, childAt, {}))
                return found;
            continue;
        }
        if (f->type != Type::List) {
            if (auto found = checkValue(*f, value, childAt))
                return found;
            continue;
        }
        if (!value.isArray())
            return issue(Issue::Problem::NotAList, childAt, f);
        const QJsonArray array = value.toArray();
        if (double(array.size()) < f->min || double(array.size()) > f->max)
            return issue(Issue::Problem::TooManyEntries, childAt, f);
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString entryAt = childAt + u"[%1]"_s.arg(i);
            if (!array.at(i).isObject())
                return issue(Issue::Problem::NotAnObject, entryAt);
            if (auto found = walk(array.at(i).toObject(), childGeneric + u"[]"_s, entryAt, {}))
                return found;
        }
    }
    return std::nullopt;
}

// The objects a rule's scope names in config, each with its concrete path.
QList<std::pair<QJsonObject, QString>> scopes(const QJsonObject &config, const QString &scope)
{
    const qsizetype list = scope.indexOf(u"[]"_s);
    if (list < 0) {
        const QJsonValue value = JsonPath::valueAt(config, scope);
        if (!value.isObject())
            return {};
        return {{value.toObject(), scope}};
    }
    const QString listPath = scope.left(list);
    QList<std::pair<QJsonObject, QString>> out;
    const QJsonArray array = JsonPath::valueAt(config, listPath).toArray();
    for (qsizetype i = 0; i < array.size(); ++i)
        out.append({array.at(i).toObject(), listPath + u"[%1]"_s.arg(i)});
    return out;
}

QString number(double value, const Field *spec)
{
    if (spec && spec->type == Type::Int)
        return QString::number(static_cast<qint64>(value));
    return QString::number(value);
}

} // namespace

std::optional<Issue> validate(const QJsonObject &config, const Options &options)
{
    std::optional<Issue> found = walk(config, {}, {}, options.omit);
    if (found && !options.prefix.isEmpty())
        found->field = join(options.prefix, found->field);
    return found;
}

std::optional<Issue> checkRules(const QJsonObject &config, const Options &options)
{
    for (const Rule &rule : rules()) {
        for (const auto &[object, path] : scopes(config, rule.scope)) {
            const bool complete = std::all_of(rule.uses.begin(), rule.uses.end(),
                                              [&](const QString &k) { return object.contains(k); });
            if (!complete || rule.holds(object))
                continue;
            const QString at = join(options.prefix, path);
            Issue i =
                issue(Issue::Problem::Rule, rule.reports.isEmpty() ? at : join(at, rule.reports));
            i.rule = rule.words(at);
            return i;
        }
    }
    return std::nullopt;
}

QString Issue::code() const
{
    return problem == Problem::UnknownField ? u"unknown_field"_s : u"invalid_field"_s;
}

QString Issue::message() const
{
    const double min = spec ? spec->min : 0;
    const double max = spec ? spec->max : 0;
    switch (problem) {
    case Problem::UnknownField:
        return u"%1 is not a known field"_s.arg(field);
    case Problem::NotAnObject:
        return u"%1 must be an object"_s.arg(field);
    case Problem::NotAList:
        return u"%1 must be an array"_s.arg(field);
    case Problem::TooManyEntries:
        return u"%1 must have %2 to %3 entries"_s.arg(field, number(min, spec), number(max, spec));
    case Problem::NotABool:
        return u"%1 must be true or false"_s.arg(field);
    case Problem::NotAWholeNumber:
        return u"%1 must be a whole number"_s.arg(field);
    case Problem::Fraction:
        return u"%1 must be a whole number, not a fraction"_s.arg(field);
    case Problem::TooLarge:
        return u"%1 is too large"_s.arg(field);
    case Problem::BelowMin:
        return u"%1 must be ≥ %2"_s.arg(field, number(min, spec));
    case Problem::AboveMax:
        return u"%1 must be ≤ %2"_s.arg(field, number(max, spec));
    case Problem::NotANumber:
        return u"%1 must be a number"_s.arg(field);
    case Problem::OutOfRange:
        return u"%1 must be between %2 and %3"_s.arg(field, number(min, spec), number(max, spec));
    case Problem::NotText:
        return u"%1 must be a string"_s.arg(field);
    case Problem::NotAnOption:
        return u"%1 must be one of: %2"_s.arg(field, spec->options.join(u", "_s));
    case Problem::Rule:
        return rule;
    }
    return {};
}

QString Issue::authorMessage() const
{
    const double min = spec ? spec->min : 0;
    const double max = spec ? spec->max : 0;
    switch (problem) {
    case Problem::UnknownField:
        return Words::tr("%1 is not a known field (expected one of: %2)")
            .arg(field, known.join(u", "_s));
    case Problem::NotAnObject:
        return Words::tr("%1 must be an object {…}").arg(field);
    case Problem::NotAList:
    case Problem::TooManyEntries:
        return Words::tr("%1 must be a list of %2 to %3 entries [{…}, …]")
            .arg(field, number(min, nullptr), number(max, nullptr));
    case Problem::NotABool:
        return Words::tr("%1 must be true or false").arg(field);
    case Problem::NotAWholeNumber:
    case Problem::Fraction:
    case Problem::TooLarge:
    case Problem::BelowMin:
    case Problem::AboveMax:
        if (max >= maxDelayMs)
            return Words::tr("%1 must be a whole number ≥ %2").arg(field, number(min, spec));
        return Words::tr("%1 must be a whole number from %2 to %3")
            .arg(field, number(min, spec), number(max, spec));
    case Problem::NotANumber:
    case Problem::OutOfRange:
        if (spec && spec->unit == Unit::Fraction)
            return Words::tr("%1 must be a number from 0 to 1 (0.3 = 30 %)").arg(field);
        return Words::tr("%1 must be a number from %2 to %3")
            .arg(field, number(min, spec), number(max, spec));
    case Problem::NotText:
    case Problem::NotAnOption:
        return Words::tr("%1 must be one of: %2").arg(field, spec->options.join(u", "_s));
    case Problem::Rule:
        return rule;
    }
    return {};
}

} // namespace ConfigSchema
