#pragma once

class ActionRegistry;
class HeldAnswersModel;

// Scenario actions and expectations for held answers (docs/scenarios.md): hold a route's
// answers, release, drop or deliver twice the newest or oldest held one, count what is held.
void registerHoldActions(ActionRegistry *registry, HeldAnswersModel *held);
