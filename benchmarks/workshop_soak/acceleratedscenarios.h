#pragma once

#include "models/control/scenario.h"

#include <QJsonObject>
#include <QList>

class ActionRegistry;

// The scenarios that ship with Converge, played faster: every step comes `speed` times sooner,
// replica lag and settlement are `speed` times shorter, and request latency is the run's own low
// latency whatever the scenario says (the soak measures the app, not the network). Faults,
// pauses, one-off failures, resets, actions and expectations stay as written.
namespace AcceleratedScenarios {

// The run's backend configuration: near-instant answers, replicas a few ms behind, transfers
// settling in 20–200 ms, answers kept for replays 2 minutes instead of a day, no faults.
QJsonObject fastConfig();

// Every shipped scenario, accelerated; on a problem, error says which file and why.
QList<Scenario> load(const ActionRegistry *registry, double speed, QString *error);

} // namespace AcceleratedScenarios
