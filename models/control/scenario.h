#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

class ActionRegistry;

// One timed step of a scenario; see docs/scenarios.md for the file format.
struct ScenarioStep
{
    enum class Kind {
        Set, // PATCH /admin/config with `patch`
        PauseReplica,
        ResumeReplica,
        Heal, // faults off, one-off faults cleared, every replica resumed
        FailNext, // the next `count` requests fail
        Reset, // data back to what the seed produces
        Action, // a registered user action `name` with `args`
        Expect, // a registered expectation `name` with `args`, retried for `withinMs`
        Screenshot, // a PNG called `name`
    };

    qint64 atMs = 0;
    Kind kind = Kind::Set;
    QJsonObject patch;
    int replica = 0; // 1…N
    int count = 0;
    QString name;
    QJsonObject args;
    qint64 withinMs = 0;
    QString note; // the scenario author's words for the clock ("The train enters a tunnel")
    int line = 0; // where the step starts in its file, for messages

    // Plain words for the scenario clock and the run summary.
    QString describe() const;
};

// A workshop or QA scenario: a seed, a starting configuration and timed steps. Parsing checks
// everything it can without a backend and reports the first problem with its file, line and field
// ("calm-day.json:14: steps[2].atMs must be a whole number ≥ 0"); nothing is half-loaded.
struct Scenario
{
    // The action a scenario's "split" becomes, its first step (registered by the app's window).
    static constexpr auto splitAction = "view.sideBySide";

    QString fileName; // without the folder, for messages
    QString name;
    QString description;
    quint64 seed = 0;
    QJsonObject config; // partial: on top of the backend's defaults
    QList<ScenarioStep> steps; // sorted by atMs, ties in file order
    qint64 durationMs = 0;

    // With a registry, action and expectation names are checked too.
    static std::optional<Scenario> parse(const QByteArray &text, const QString &fileName,
                                         QString *error, const ActionRegistry *registry = nullptr);
    static std::optional<Scenario> load(const QString &path, QString *error,
                                        const ActionRegistry *registry = nullptr);

    // Names and units people read, for a config patch ("error rate 50 %, read latency 300 ms").
    static QString describePatch(const QJsonObject &patch);
};
