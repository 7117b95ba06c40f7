#pragma once

#include <QCoreApplication>
#include <QString>

class BackendSettings;

// The backend's state in one line, from what it said last (its configuration), for the control
// room's status line: "Offline: every data request is dropped." or "Online · errors 30 % ·
// writes 300 ms · replica 2 paused".
class BackendStatus
{
    Q_DECLARE_TR_FUNCTIONS(BackendStatus)

public:
    static QString describe(const BackendSettings &settings);
    static bool isOffline(const BackendSettings &settings);
};
