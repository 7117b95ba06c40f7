#include "benchmarks/workshop_soak/workshopdriver.h"

#include "app/controlroom/controlroom.h"
#include "app/convergeapp.h"
#include "app/mainwindow.h"
#include "app/screens/favorites/favoritesscreen.h"
#include "app/screens/profile/profilescreen.h"
#include "app/screens/transfer/transferscreen.h"
#include "benchmarks/workshop_soak/stallmeter.h"
#include "models/control/scenariorunner.h"
#include "models/profile/profilemodel.h"
#include "models/profile/samplephotos.h"
#include "models/session/sessionrecorder.h"

#include <QTimer>

#include <cstring>

using namespace Qt::StringLiterals;

WorkshopDriver::WorkshopDriver(ConvergeApp *app, QList<Scenario> scenarios, const Plan &plan,
                               MemoryCurve *curve, QObject *parent)
    : QObject(parent)
    , m_app(app)
    , m_scenarios(std::move(scenarios))
    , m_plan(plan)
    , m_curve(curve)
    , m_pump(new QTimer(this))
{
    m_pump->setInterval(1);
    connect(m_pump, &QTimer::timeout, this, &WorkshopDriver::step);
    connect(app->recorder(), &SessionRecorder::eventRecorded, this, [this] { ++m_counts.events; });
    ScenarioRunner *runner = app->controlRoom()->runner();
    connect(runner, &ScenarioRunner::stepFinished, this, [this] { ++m_counts.scenarioSteps; });
    connect(runner, &ScenarioRunner::finished, this, [this](bool, const QStringList &failures) {
        m_counts.scenarioFailures += failures.size();
    });
}

void WorkshopDriver::start()
{
    m_clock.start();
    m_counts.events = 0;
    m_nextSampleAt = 0;
    m_nextScreenAt = m_plan.screenEvery;
    sample();
    m_pump->start();
}

void WorkshopDriver::step()
{
    if (m_done)
        return;
    if (m_counts.events >= m_nextSampleAt)
        sample();
    if (m_counts.events >= m_plan.events && m_counts.toggles >= m_plan.toggles) {
        m_done = true;
        m_pump->stop();
        sample();
        Q_EMIT finished();
        return;
    }
    timed(ToggleAction, [this] { toggleFavorite(); });
    timed(TransferAction, [this] { sendTransfer(); });
    timed(UploadAction, [this] { uploadPhoto(); });
    timed(ScenarioAction, [this] { nextScenario(); });
    if (m_counts.events >= m_nextScreenAt) {
        m_nextScreenAt += m_plan.screenEvery;
        timed(ScreenAction, [this] { nextScreen(); });
    }
}

const char *WorkshopDriver::actionName(Action action)
{
    switch (action) {
    case ToggleAction:
        return "favorite toggle";
    case TransferAction:
        return "transfer sent";
    case UploadAction:
        return "photo upload";
    case ScenarioAction:
        return "scenario start";
    case ScreenAction:
        return "screen switch";
    case ActionCount:
        break;
    }
    return "?";
}

template<typename Call> void WorkshopDriver::timed(Action action, Call call)
{
    const qint64 start = m_clock.nsecsElapsed();
    const qint64 cpuStart = StallMeter::threadCpuNs();
    const Counts before = m_counts;
    call();
    // Only calls that did something: most turns find nothing to do.
    if (std::memcmp(&before, &m_counts, sizeof before) == 0)
        return;
    const qint64 cpu = StallMeter::threadCpuNs() - cpuStart;
    Cost &cost = m_costs[action];
    ++cost.calls;
    cost.maxNs = std::max(cost.maxNs, m_clock.nsecsElapsed() - start);
    cost.maxCpuNs = std::max(cost.maxCpuNs, cpu);
    cost.totalCpuNs += cpu;
}

void WorkshopDriver::toggleFavorite()
{
    FavoritesModel *model = m_app->favorites()->model();
    // A person waits while the app says it is offline and their clicks wait to be sent.
    if (!model->isLoaded() || model->rowCount() == 0 || model->waitingToSendCount() > 0
        || model->inFlightCount() >= m_plan.favoritesInFlight)
        return;
    const int itemId = model->itemIdAt(m_nextRow++ % model->rowCount());
    if (model->toggle(itemId))
        ++m_counts.toggles;
}

void WorkshopDriver::sendTransfer()
{
    // Their share of the toggles so far, one at a time: the next once the last one settled.
    if (m_counts.transfers * m_plan.toggles > m_counts.toggles * m_plan.transfers)
        return;
    TransferScreen *screen = m_app->transfer();
    TransferModel *model = screen->model();
    if (!model->hasAccount() || model->isSubmitting() || model->hasUnfinished()
        || m_clock.nsecsElapsed() < m_transferRetryAtNs)
        return;
    const qint64 n = m_counts.transfers;
    const TransferModel::SendResult result =
        screen->sendAsPerson(u"p-%1"_s.arg(n % 4 + 1), u"0.01"_s, u"soak-%1"_s.arg(n));
    if (result.sent)
        ++m_counts.transfers;
    else
        m_transferRetryAtNs = m_clock.nsecsElapsed() + 50'000'000; // a refused form: look later
}

void WorkshopDriver::uploadPhoto()
{
    if (m_counts.uploads * m_plan.toggles > m_counts.toggles * m_plan.uploads)
        return;
    ProfileScreen *screen = m_app->profile();
    if (!screen->model()->hasLoaded() || screen->model()->isUploading())
        return;
    static const QList<SamplePhotos::Sample> samples = SamplePhotos::all();
    if (samples.isEmpty())
        return;
    const qint64 n = m_counts.uploads;
    screen->uploadSample(samples.at(static_cast<int>(n % samples.size())).key);
    if (screen->model()->isUploading())
        ++m_counts.uploads;
}

void WorkshopDriver::nextScenario()
{
    ScenarioRunner *runner = m_app->controlRoom()->runner();
    if (m_scenarios.isEmpty() || runner->isActive())
        return;
    m_app->controlRoom()->startScenario(m_scenarios.at(m_nextScenario++ % m_scenarios.size()));
    ++m_counts.scenariosStarted;
}

void WorkshopDriver::nextScreen()
{
    MainWindow *window = m_app->window();
    m_screen = (m_screen + 1) % window->screenCount();
    window->showScreen(m_screen);
    ++m_counts.screenSwitches;
}

void WorkshopDriver::sample()
{
    m_nextSampleAt = (m_counts.events / m_plan.sampleEvery + 1) * m_plan.sampleEvery;
    MemoryCurve::Point point;
    point.events = m_counts.events;
    point.toggles = m_counts.toggles;
    point.transfers = m_counts.transfers;
    point.uploads = m_counts.uploads;
    point.scenarioSteps = m_counts.scenarioSteps;
    point.seconds = seconds();
    point.memory = MemoryCurve::readStatus();
    m_curve->add(point);
}
