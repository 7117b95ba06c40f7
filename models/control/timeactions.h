#pragma once

class ActionRegistry;
class BackendTimeControl;

// Backend time in scenarios (docs/scenarios.md):
//   action backend.timeScale {"scale": 0.25}  (0 freezes, 1 is normal; up to 4)
//   action backend.timeStep  {}               (to what is due next; meant for a frozen backend)
void registerTimeActions(ActionRegistry *registry, BackendTimeControl *time);
