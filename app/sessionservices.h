#pragma once

#include <QString>

class ActionRegistry;
class ApiClient;
class Clock;
class ConnectionMonitor;
class DisplayPreferences;
class EventStream;
class SessionRecorder;
class StatusAnnouncer;
class Telemetry;
class ToastCenter;

// What one session offers every screen, composed once by ConvergeApp and handed to each screen
// at construction. Only the api is required; any other part may be null (tests, tools) and what
// would use it stays quiet. The session owns all of them and outlives its screens.
struct SessionServices
{
    ApiClient *api = nullptr;
    EventStream *events = nullptr;
    ConnectionMonitor *connection = nullptr;
    ToastCenter *toasts = nullptr;
    StatusAnnouncer *announcer = nullptr;
    SessionRecorder *recorder = nullptr;
    Telemetry *telemetry = nullptr;
    DisplayPreferences *preferences = nullptr;
    // Where screens add their scenario actions and expectations.
    ActionRegistry *actions = nullptr;
    // The session's "now"; a screen that gets none keeps a steady clock of its own.
    const Clock *clock = nullptr;
    // The split-view pane this session shows, said before what its toasts and announcements say
    // ("Right pane: …", PaneSession::say); empty for the window's own session, whose screen is
    // told when it becomes the left pane.
    QString pane;
};
