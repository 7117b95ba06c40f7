#pragma once

#include "app/commandline.h"

#include <QObject>
#include <QStringList>

class ControlRoom;
class MainWindow;
class SessionRecorder;
class QTimer;

// `converge --scenario FILE --headless --out DIR`: runs the scenario against the embedded (or
// given) backend in an offscreen window, saves DIR/<name>.png at screenshot steps and
// DIR/session.jsonl at the end, prints a plain summary and ends the event loop with
//   0 every expectation met, 1 an expectation or step failed, 2 the scenario is invalid.
class HeadlessRun final : public QObject
{
    Q_OBJECT

public:
    enum ExitCode { Passed = 0, Failed = 1, Invalid = 2 };

    HeadlessRun(CommandLineOptions options, MainWindow *window, ControlRoom *controlRoom,
                SessionRecorder *recorder, QObject *parent = nullptr);

    // Checks the scenario and the output folder; false (after printing why) when the run cannot
    // start: return Invalid from main without entering the event loop.
    bool prepare();
    // Call when the backend is ready.
    void start();
    void fail(const QString &message);

Q_SIGNALS:
    void done(int exitCode);

private:
    void onFinished(bool ok, const QStringList &failures);
    void writeScreenshot(const QString &name);

    CommandLineOptions m_options;
    MainWindow *m_window;
    ControlRoom *m_controlRoom;
    SessionRecorder *m_recorder;
    QTimer *m_watchdog;
    QStringList m_problems;
    QStringList m_screenshots;
    bool m_started = false;
};
