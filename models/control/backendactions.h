#pragma once

class ActionRegistry;
class ApiClient;
class BackendSettings;

// The backend's own scenario vocabulary (the screens add theirs):
//   action      backend.simulateDevice  {"itemId": 3, "favorite": true}  (both optional)
//   action      backend.simulateDeviceDetails {"name": "Sam Morgan", "email": …}  (both optional)
//   action      backend.reset           {}
//   expectation backend.replicaCaughtUp {"replica": 2}  (optional: all replicas)
//   expectation backend.itemFavorite    {"itemId": 3, "favorite": true}  (as the primary holds it)
void registerBackendActions(ActionRegistry *registry, ApiClient *client, BackendSettings *settings);
