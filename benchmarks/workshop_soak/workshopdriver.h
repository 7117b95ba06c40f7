#pragma once

#include "benchmarks/workshop_soak/memorycurve.h"
#include "models/control/scenario.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>

#include <array>

class ConvergeApp;
class QTimer;

// Plays a busy workshop on a running ConvergeApp as fast as the app takes it: favorite toggles
// (a few in flight at a time, none while offline), transfers sent through the form one after
// another as each settles, sample photos uploaded as each upload settles, the shipped scenarios
// back to back, and the three screens in turn. Transfers and uploads keep a fixed share of the
// toggles. At most one action of each kind per event-loop turn (a 1 ms pump), so the driver
// itself never holds the UI thread for long. Samples memory every `sampleEvery` timeline events.
class WorkshopDriver final : public QObject
{
    Q_OBJECT

public:
    struct Plan
    {
        qint64 events = 100000; // timeline events recorded (SessionRecorder::eventRecorded)
        qint64 toggles = 10000;
        qint64 transfers = 1000; // per `toggles` toggles
        qint64 uploads = 500; // per `toggles` toggles
        int favoritesInFlight = 8;
        qint64 screenEvery = 500; // events between screen switches
        qint64 sampleEvery = 2000;
    };
    struct Counts
    {
        qint64 events = 0;
        qint64 toggles = 0;
        qint64 transfers = 0;
        qint64 uploads = 0;
        qint64 scenariosStarted = 0;
        qint64 scenarioSteps = 0;
        qint64 scenarioFailures = 0; // expectations or steps that did not hold
        qint64 screenSwitches = 0;
    };

    // How long the driver's own calls into the app took, per kind of action: they run on the UI
    // thread, so a slow one is a stall the app caused (a screen switch paints, a send fills the
    // form).
    enum Action {
        ToggleAction,
        TransferAction,
        UploadAction,
        ScenarioAction,
        ScreenAction,
        ActionCount
    };
    struct Cost
    {
        qint64 calls = 0;
        qint64 maxNs = 0;
        qint64 maxCpuNs = 0;
        qint64 totalCpuNs = 0;
    };
    static const char *actionName(Action action);

    WorkshopDriver(ConvergeApp *app, QList<Scenario> scenarios, const Plan &plan,
                   MemoryCurve *curve, QObject *parent = nullptr);

    void start();
    Counts counts() const { return m_counts; }
    const Cost &cost(Action action) const { return m_costs[action]; }
    double seconds() const { return double(m_clock.nsecsElapsed()) / 1e9; }

Q_SIGNALS:
    void finished();

private:
    void step();
    void toggleFavorite();
    void sendTransfer();
    void uploadPhoto();
    void nextScenario();
    void nextScreen();
    void sample();
    template<typename Call> void timed(Action action, Call call);

    ConvergeApp *m_app;
    QList<Scenario> m_scenarios;
    Plan m_plan;
    MemoryCurve *m_curve;
    QTimer *m_pump;
    QElapsedTimer m_clock;
    Counts m_counts;
    std::array<Cost, ActionCount> m_costs {};
    qint64 m_nextSampleAt = 0;
    qint64 m_nextScreenAt = 0;
    int m_nextRow = 0;
    int m_nextScenario = 0;
    int m_screen = 0;
    qint64 m_transferRetryAtNs = 0;
    bool m_done = false;
};
