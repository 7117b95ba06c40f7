#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

// One click in the control room: a named set of knob values. A preset changes only the knobs it
// names (network presets leave faults alone, fault presets leave latency alone), so a facilitator
// can combine "3G" with "Flaky"; "Instant" is the one that clears everything.
struct Preset
{
    QString id; // stable, for scenarios and tests: "fast-4g"
    QString name; // "Fast 4G"
    QString numbers; // short, on the button: "≈ 165 ms"
    QString description; // one line with the exact numbers, for tooltips and screen readers
    QJsonObject patch; // JSON merge patch of /admin/config
    // Applied to every replica the backend has at the time (the array length is the replica
    // count, so a preset cannot know it in advance). Empty: replicas untouched.
    QJsonObject eachReplica;
};

namespace Presets {
QList<Preset> all();
std::optional<Preset> find(const QString &id);
} // namespace Presets
