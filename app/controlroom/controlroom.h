#pragma once

#include <QObject>
#include <QString>

class ActionRegistry;
class ApiClient;
class BackendControlsDock;
class BackendSettings;
class BackendTimeBox;
class BackendTimeControl;
class EventStream;
class HeldAnswersDock;
class HeldAnswersModel;
class MainWindow;
class QMenu;
class ScenarioDock;
class ScenarioRunner;
class SessionRecorder;
class SimulatedTabletBox;
struct Scenario;

// The control room's composition: the backend mirror, the registry of scenario actions, the
// runner, its docks (knobs, scenario clock, held answers) and the Scenarios menu. ConvergeApp
// creates one; screens reach the registry through it to add their own actions and expectations.
class ControlRoom final : public QObject
{
    Q_OBJECT

public:
    ControlRoom(MainWindow *window, ApiClient *api, EventStream *events, SessionRecorder *recorder,
                QObject *parent = nullptr);

    BackendSettings *settings() const { return m_settings; }
    ActionRegistry *registry() const { return m_registry; }
    ScenarioRunner *runner() const { return m_runner; }
    BackendControlsDock *controlsDock() const { return m_controlsDock; }
    ScenarioDock *scenarioDock() const { return m_scenarioDock; }
    HeldAnswersModel *heldAnswers() const { return m_heldAnswers; }
    HeldAnswersDock *heldAnswersDock() const { return m_heldDock; }
    BackendTimeControl *backendTime() const { return m_time; }
    BackendTimeBox *backendTimeBox() const { return m_timeBox; }
    QMenu *scenariosMenu() const { return m_menu; }
    SimulatedTabletBox *tabletBox() const { return m_tabletBox; }

    // Call once the backend answers: loads the settings the docks show.
    void backendReady();
    // The backend keeps its data in PostgreSQL: knobs it cannot express show as unavailable.
    void setPostgresStore(bool postgres);
    // Where screenshot steps save <name>.png in a windowed run (empty: they are only noted).
    void setScreenshotDir(const QString &dir) { m_screenshotDir = dir; }
    // Parses (with the registry's names) and starts; on a mistake nothing changes and error
    // names the file, line and field.
    bool startScenarioFile(const QString &path, QString *error);
    void startScenario(const Scenario &scenario);

Q_SIGNALS:
    void screenshotSaved(const QString &path, bool ok);

private:
    void buildMenu();
    void buildTimeActions();
    void openScenarioFile();
    void startFromMenu(const QString &path);
    void saveScreenshot(const QString &name);

    MainWindow *m_window;
    SessionRecorder *m_recorder;
    BackendSettings *m_settings;
    ActionRegistry *m_registry;
    ScenarioRunner *m_runner;
    BackendControlsDock *m_controlsDock;
    ScenarioDock *m_scenarioDock;
    HeldAnswersModel *m_heldAnswers;
    HeldAnswersDock *m_heldDock;
    BackendTimeControl *m_time;
    BackendTimeBox *m_timeBox;
    SimulatedTabletBox *m_tabletBox;
    QMenu *m_menu = nullptr;
    QString m_screenshotDir;
};
