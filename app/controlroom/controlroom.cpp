#include "app/controlroom/controlroom.h"

#include "app/controlroom/simulatedtabletbox.h"
#include "models/favorites/favoritesmergesync.h"

#include "app/controlroom/backendcontrolsdock.h"
#include "app/controlroom/backendtimebox.h"
#include "app/controlroom/heldanswersdock.h"
#include "app/controlroom/scenariodock.h"
#include "app/mainwindow.h"
#include "core/shippeddata.h"
#include "models/control/actionregistry.h"
#include "models/control/backendactions.h"
#include "models/control/backendsettings.h"
#include "models/control/backendtimecontrol.h"
#include "models/control/heldanswers.h"
#include "models/control/holdactions.h"
#include "models/control/scenario.h"
#include "models/control/scenariorunner.h"
#include "models/control/timeactions.h"
#include "models/session/sessionrecorder.h"

#include <QDir>
#include <QFileDialog>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPixmap>
#include <QStatusBar>

using namespace Qt::StringLiterals;

ControlRoom::ControlRoom(MainWindow *window, ApiClient *api, EventStream *events,
                         SessionRecorder *recorder, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_recorder(recorder)
    , m_settings(new BackendSettings(api, this))
    , m_registry(new ActionRegistry(this))
    , m_runner(new ScenarioRunner(api, m_settings, m_registry, this))
    , m_controlsDock(new BackendControlsDock(m_settings))
    , m_scenarioDock(new ScenarioDock(m_runner))
    , m_heldAnswers(new HeldAnswersModel(api, this))
    , m_heldDock(new HeldAnswersDock(m_heldAnswers))
    , m_time(new BackendTimeControl(api, this))
    , m_timeBox(new BackendTimeBox(m_time))
    , m_tabletBox(new SimulatedTabletBox(api, events))
{
    m_tabletBox->tablet()->setRecorder(recorder);
    m_tabletBox->registerScenarioActions(m_registry);
    m_controlsDock->addSection(m_tabletBox);
    m_time->observe(events);
    m_controlsDock->addTopSection(m_timeBox);
    connect(m_time, &BackendTimeControl::scaleChanged, m_window, [this] {
        m_window->setBackendTimeWords(m_time->statusWords(), BackendTimeBox::sign(m_time->scale()));
    });
    m_settings->observe(events);
    m_heldAnswers->observe(events);
    m_settings->setRecorder(recorder);
    m_runner->setRecorder(recorder);
    registerBackendActions(m_registry, api, m_settings);
    registerHoldActions(m_registry, m_heldAnswers);
    registerTimeActions(m_registry, m_time);

    m_window->addDock(m_controlsDock, Qt::LeftDockWidgetArea);
    m_window->addDock(m_scenarioDock, Qt::LeftDockWidgetArea);
    // The clock sits above the knobs: it is what a facilitator glances at.
    m_window->splitDockWidget(m_scenarioDock, m_controlsDock, Qt::Vertical);
    // Behind the knobs: a tab a facilitator picks when staging an answer's order.
    m_window->addDock(m_heldDock, Qt::LeftDockWidgetArea);
    m_window->tabifyDockWidget(m_controlsDock, m_heldDock);
    m_controlsDock->raise();
    // The tabbed knobs, not the clock, take the height the window has to spare.
    m_scenarioDock->widget()->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    connect(m_settings, &BackendSettings::seedChanged, m_window, &MainWindow::setSeed);
    connect(m_scenarioDock, &ScenarioDock::openRequested, this, &ControlRoom::openScenarioFile);
    connect(m_runner, &ScenarioRunner::screenshotRequested, this, &ControlRoom::saveScreenshot);
    buildMenu();
    buildTimeActions();
}

void ControlRoom::backendReady()
{
    m_settings->refresh();
    m_heldAnswers->refresh();
    m_time->refresh();
    m_tabletBox->load();
}

void ControlRoom::setPostgresStore(bool postgres)
{
    m_controlsDock->setRealReplicas(postgres);
    m_timeBox->setRealTime(postgres);
}

void ControlRoom::buildTimeActions()
{
    m_menu->addSeparator();
    QAction *freeze = m_menu->addAction(tr("&Freeze backend time"));
    freeze->setObjectName(u"freezeBackendAction"_s);
    freeze->setCheckable(true);
    freeze->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    freeze->setStatusTip(tr("Stop the simulated backend's clock, or let it run again at 1×"));
    // The window's, so it works whichever pane has focus.
    freeze->setShortcutContext(Qt::ApplicationShortcut);
    connect(freeze, &QAction::triggered, m_time, [this] { m_time->toggleFrozen(); });
    QAction *step = m_menu->addAction(tr("S&tep backend time"));
    step->setObjectName(u"stepBackendAction"_s);
    step->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    step->setStatusTip(tr("While frozen: move backend time to what is due next"));
    step->setShortcutContext(Qt::ApplicationShortcut);
    step->setEnabled(false);
    connect(step, &QAction::triggered, m_time, [this] { m_time->step(); });
    connect(m_time, &BackendTimeControl::scaleChanged, m_menu, [freeze, step](double scale) {
        freeze->setChecked(scale == 0);
        step->setEnabled(scale == 0);
    });
}

void ControlRoom::buildMenu()
{
    m_menu = new QMenu(tr("Sce&narios"), m_window);
    m_window->menuBar()->insertMenu(m_window->helpMenu()->menuAction(), m_menu);
    // Not installed: the menu still opens files (an empty QDir would list the working folder).
    const QString shippedScenarios = ShippedData::scenariosDirectory();
    const QStringList files = shippedScenarios.isEmpty()
        ? QStringList()
        : QDir(shippedScenarios).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString path = shippedScenarios + u'/' + file;
        QString error;
        const std::optional<Scenario> scenario = Scenario::load(path, &error);
        // A shipped file that does not parse is a bug the tests catch; never show it broken.
        if (!scenario)
            continue;
        QAction *action = m_menu->addAction(scenario->name);
        action->setToolTip(scenario->description);
        action->setStatusTip(scenario->description);
        connect(action, &QAction::triggered, this, [this, path] { startFromMenu(path); });
    }
    m_menu->setToolTipsVisible(true);
    m_menu->addSeparator();
    QAction *open =
        m_menu->addAction(tr("&Open scenario file…"), this, &ControlRoom::openScenarioFile);
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    QAction *stop = m_menu->addAction(tr("&Stop scenario"), m_runner, &ScenarioRunner::stop);
    stop->setEnabled(false);
    connect(m_runner, &ScenarioRunner::stateChanged, stop,
            [this, stop] { stop->setEnabled(m_runner->isActive()); });
}

void ControlRoom::openScenarioFile()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open scenario"), QString(),
                                                      tr("Scenarios (*.json)"));
    if (!path.isEmpty())
        startFromMenu(path);
}

void ControlRoom::startFromMenu(const QString &path)
{
    QString error;
    if (!startScenarioFile(path, &error)) {
        QMessageBox::warning(m_window, tr("This scenario can't be loaded"),
                             tr("Nothing was changed.\n\n%1").arg(error));
    }
}

bool ControlRoom::startScenarioFile(const QString &path, QString *error)
{
    const std::optional<Scenario> scenario = Scenario::load(path, error, m_registry);
    if (!scenario)
        return false;
    startScenario(*scenario);
    return true;
}

void ControlRoom::startScenario(const Scenario &scenario)
{
    m_scenarioDock->show();
    m_scenarioDock->raise();
    m_runner->start(scenario);
}

void ControlRoom::saveScreenshot(const QString &name)
{
    if (m_screenshotDir.isEmpty()) {
        m_window->statusBar()->showMessage(tr("Scenario screenshot “%1” (not saved: no output "
                                              "folder)")
                                               .arg(name),
                                           4000);
        return;
    }
    const QString path = QDir(m_screenshotDir).filePath(name + u".png"_s);
    const bool saved = m_window->grab().save(path);
    Q_EMIT screenshotSaved(path, saved);
    if (!saved) {
        if (m_recorder) {
            TimelineEvent event;
            event.screen = u"control-room"_s;
            event.text = tr("Could not save the screenshot %1").arg(path);
            m_recorder->record(std::move(event));
        }
    }
}
