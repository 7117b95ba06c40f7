#pragma once

#include "app/commandline.h"
#include "models/control/scenario.h"

#include <QObject>
#include <QStringList>

#include <optional>

class ApiClient;
class ControlRoom;
class MainWindow;
class SessionRecorder;
class QTimer;

// `converge --scenario FILE --headless --out DIR`: runs the scenario against the embedded (or
// given) backend in an offscreen window, saves DIR/<name>.png at screenshot steps and
// DIR/session.jsonl at the end, prints a plain summary and ends the event loop with one of the
// exit codes below (docs/scenarios.md).
class HeadlessRun final : public QObject
{
    Q_OBJECT

public:
    enum ExitCode {
        Passed = 0, // every expectation met, every step worked
        Failed = 1, // an expectation or a step failed
        Invalid = 2, // the scenario file or the command line is wrong; nothing ran
        Unreachable = 3, // the backend could not be reached (or the embedded one not started)
        Refused = 4, // the backend refused access: token missing or wrong
        TimedOut = 5, // the run did not finish in time
    };

    HeadlessRun(CommandLineOptions options, MainWindow *window, ApiClient *api,
                ControlRoom *controlRoom, SessionRecorder *recorder, QObject *parent = nullptr);

    // Checks the scenario and the output folder; false (after printing why) when the run cannot
    // start: return Invalid from main without entering the event loop.
    bool prepare();
    // Call when the backend is ready: checks that it answers and accepts us, then runs.
    void start();
    // Ends the run now with this problem (the embedded backend could not start: Unreachable).
    void fail(const QString &message, ExitCode code = Unreachable);

Q_SIGNALS:
    void done(int exitCode);

private:
    void runScenario();
    void finish(bool ok, const QStringList &failures, ExitCode failureCode);
    void writeScreenshot(const QString &name);

    CommandLineOptions m_options;
    std::optional<Scenario> m_scenario; // checked by prepare()
    MainWindow *m_window;
    ApiClient *m_api;
    ControlRoom *m_controlRoom;
    SessionRecorder *m_recorder;
    QTimer *m_watchdog;
    QStringList m_problems;
    QStringList m_screenshots;
    bool m_started = false;
    bool m_finished = false;
};
