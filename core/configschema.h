#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The backend's configuration schema, written once (docs/api.md, "Configuration"): every field
// with its path, type, range, default, unit and the words people read. The backend validates
// config with it, the client's settings take defaults and ranges from it, the control room builds
// its knobs from it and the scenario validator checks files against it. Adding a knob is one row
// in configschema.cpp; a cross-field rule is one entry in configvalidator.cpp.
namespace ConfigSchema {

enum class Type { Bool, Int, Double, Enum, List };
enum class Unit { None, Milliseconds, Fraction, Bytes, Pixels, MinorUnits };

struct Field
{
    // Entries of a list are written "replication.replicas[].baseMs".
    QString path;
    Type type = Type::Int;
    // Int and Double: the smallest and largest value; List: the fewest and most entries.
    double min = 0;
    double max = 0;
    // For fields of list entries: what a new entry starts with.
    QJsonValue defaultValue;
    Unit unit = Unit::None;
    // Plain words, translated; fields of list entries have %1 for the entry's number (1…N).
    QString label;
    QString help;
    QStringList options; // Enum
    bool knob = false; // the control room offers it

    QString key() const; // "errorRate"
    bool inList() const { return path.contains(u"[]"); }
    QString labelFor(int entry) const; // the label with the entry's number filled in
};

inline constexpr qint64 maxDelayMs = 10LL * 60 * 1000; // ten minutes bounds every delay knob

// In the order the backend validates and reports them.
const QList<Field> &fields();
// The field a path names; indices may be concrete ("replication.replicas[1].baseMs").
const Field *field(const QString &path);
// The keys an object at this (generic) path may have, in schema order.
QStringList keysOf(const QString &objectPath);
// The generic paths of the fields the control room offers.
QStringList knobPaths();
// The route classes of latency.<class>.* ("reads", "writes", "transfers") and their names.
QStringList routeClasses();
QString routeClassTitle(const QString &routeClass);
// Every field at its default: what PUT /admin/config starts from.
QJsonObject defaults();
// value made valid for field: bounded, rounded for whole numbers, a known option.
QJsonValue clamped(const Field &field, const QJsonValue &value);

// The first problem of a configuration (or patch) found by validate().
struct Issue
{
    enum class Problem {
        UnknownField,
        NotAnObject,
        NotAList,
        TooManyEntries,
        NotABool,
        NotAWholeNumber,
        Fraction,
        TooLarge,
        BelowMin,
        AboveMax,
        NotANumber,
        OutOfRange,
        NotText,
        NotAnOption,
        Rule,
    };
    Problem problem = Problem::UnknownField;
    QString field; // its path, with the caller's prefix
    const Field *spec = nullptr; // nullptr for objects, unknown fields and rules
    QStringList known; // UnknownField: what the object may have
    QString rule; // Rule: its words

    QString code() const; // "unknown_field" or "invalid_field"
    // The backend's words in an API error ("faults.errorRate must be between 0 and 1").
    QString message() const;
    // The words for someone writing a scenario file, with what is expected ("a number from 0 to
    // 1 (0.3 = 30 %)").
    QString authorMessage() const;
};

struct Options
{
    QString prefix; // put before every path in an issue ("steps[2].set")
    QStringList omit; // top-level keys not allowed here (a scenario's seed is not in its config)
};

// Types, ranges, options and known fields of whatever config is present; missing fields are fine.
std::optional<Issue> validate(const QJsonObject &config, const Options &options = {});
// The cross-field rules ("rates sum ≤ 1"); a rule whose fields are not all present is skipped.
std::optional<Issue> checkRules(const QJsonObject &config, const Options &options = {});

} // namespace ConfigSchema
