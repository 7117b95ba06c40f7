#include "app/headlessrun.h"

#include "app/controlroom/controlroom.h"
#include "app/mainwindow.h"
#include "core/wire.h"
#include "models/client/apicall.h"
#include "models/client/apiclient.h"
#include "models/control/backendsettings.h"
#include "models/control/scenario.h"
#include "models/control/scenariorunner.h"
#include "models/session/sessionexport.h"
#include "models/session/sessionrecorder.h"
#include "models/sync/writeoutcome.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QTimer>

#include <cstdio>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

void say(const QString &line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

void complain(const QString &line)
{
    std::fprintf(stderr, "converge: %s\n", qPrintable(line));
}

} // namespace

HeadlessRun::HeadlessRun(CommandLineOptions options, MainWindow *window, ApiClient *api,
                         ControlRoom *controlRoom, SessionRecorder *recorder, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_window(window)
    , m_api(api)
    , m_controlRoom(controlRoom)
    , m_recorder(recorder)
    , m_watchdog(new QTimer(this))
{
    if (m_options.outputDir.isEmpty())
        m_options.outputDir = QDir::currentPath();
    m_watchdog->setSingleShot(true);
    connect(m_watchdog, &QTimer::timeout, this, [this] {
        fail(m_options.timeoutSeconds
                 ? tr("The run did not finish within %1 s (--timeout); a step or expectation "
                      "never answered.")
                       .arg(*m_options.timeoutSeconds)
                 : tr("The run did not finish within its duration plus one minute; a step or "
                      "expectation never answered."),
             TimedOut);
    });
    connect(m_controlRoom, &ControlRoom::screenshotSaved, this,
            [this](const QString &path, bool ok) {
                if (ok)
                    m_screenshots << QFileInfo(path).fileName();
                else
                    m_problems << tr("Could not write the screenshot %1").arg(path);
            });
    connect(m_controlRoom->runner(), &ScenarioRunner::finished, this,
            [this](bool ok, const QStringList &failures) { finish(ok, failures, Failed); });
    connect(m_controlRoom->runner(), &ScenarioRunner::stepStarted, this,
            [this](int index, const QString &text) {
                const ScenarioStep &step = m_controlRoom->runner()->scenario().steps.at(index);
                say(u"  %1  %2"_s.arg(step.atMs / 1000.0, 6, 'f', 1).arg(text));
            });
}

bool HeadlessRun::prepare()
{
    QString error;
    m_scenario = Scenario::load(m_options.scenarioFile, &error, m_controlRoom->registry());
    if (!m_scenario) {
        complain(error);
        return false;
    }
    if (!QDir().mkpath(m_options.outputDir)) {
        complain(tr("Cannot create the output folder %1").arg(m_options.outputDir));
        return false;
    }
    m_controlRoom->setScreenshotDir(m_options.outputDir);
    return true;
}

void HeadlessRun::start()
{
    if (m_started)
        return;
    m_started = true;
    // The scenario's first step would fail anyway; asking first says plainly why, with its own
    // exit code, and nothing of the run starts on a backend that will not have us.
    ApiCall *call = m_api->fetchConfig();
    connect(call, &ApiCall::finished, this, [this](const ApiResult &result) {
        if (m_finished)
            return;
        if (classifyRead(result) == ReadOutcome::Answered) {
            runScenario();
            return;
        }
        const QString address = m_api->baseUrl().toDisplayString(QUrl::RemoveUserInfo);
        if (result.isRejection() && result.errorCode == Wire::ErrorCode::unauthorized) {
            fail(m_options.token.isEmpty()
                     ? tr("The backend at %1 needs an access token: add --token.").arg(address)
                     : tr("The backend at %1 refused the access token given with --token.")
                           .arg(address),
                 Refused);
            return;
        }
        fail(tr("The backend at %1 can't be used: %2").arg(address, result.message), Unreachable);
    });
}

void HeadlessRun::runScenario()
{
    const std::optional<Scenario> &scenario = m_scenario;
    say(tr("Scenario “%1” (%2), seed %3, steps: %4")
            .arg(scenario->name, scenario->fileName)
            .arg(scenario->seed)
            .arg(scenario->steps.size()));
    const qint64 limitMs = m_options.timeoutSeconds ? qint64(*m_options.timeoutSeconds) * 1000
                                                    : scenario->durationMs + 60000;
    m_watchdog->start(static_cast<int>(std::min<qint64>(limitMs, std::numeric_limits<int>::max())));
    m_controlRoom->startScenario(*scenario);
}

void HeadlessRun::fail(const QString &message, ExitCode code)
{
    if (m_finished)
        return;
    m_problems << message;
    m_controlRoom->runner()->stop();
    finish(false, {}, code);
}

void HeadlessRun::finish(bool ok, const QStringList &failures, ExitCode failureCode)
{
    if (m_finished)
        return;
    m_finished = true;
    m_watchdog->stop();
    const Scenario scenario = m_scenario.value_or(Scenario {});
    QStringList problems = failures + m_problems;

    const QString exportPath = QDir(m_options.outputDir).filePath(u"session.jsonl"_s);
    QJsonObject header {
        {u"seed"_s, static_cast<qint64>(scenario.seed)},
        {u"scenario"_s, scenario.name},
        {u"scenarioFile"_s, scenario.fileName},
        {u"headless"_s, true},
        {u"backendUrl"_s, m_api->baseUrl().toString(QUrl::RemoveUserInfo)},
        {u"embeddedBackend"_s, m_options.backendUrl.isEmpty()},
        {u"clientId"_s, m_api->clientId()},
        {u"config"_s, m_controlRoom->settings()->config()},
        {u"result"_s, ok && problems.isEmpty() ? u"passed"_s : u"failed"_s},
    };
    QString error;
    if (!m_recorder || !SessionExporter::write(exportPath, *m_recorder, header, &error))
        problems << tr("Could not write the session export %1: %2").arg(exportPath, error);

    int expectations = 0;
    for (const ScenarioStep &step : scenario.steps)
        expectations += step.kind == ScenarioStep::Kind::Expect ? 1 : 0;
    say(QString());
    if (problems.isEmpty()) {
        say(tr("PASSED: expectations met: %1").arg(expectations));
    } else {
        say(tr("FAILED: problems: %1").arg(problems.size()));
        for (const QString &problem : std::as_const(problems))
            say(u"  - "_s + problem);
    }
    say(tr("Session export: %1").arg(QDir::toNativeSeparators(exportPath)));
    for (const QString &shot : std::as_const(m_screenshots))
        say(tr("Screenshot: %1")
                .arg(QDir::toNativeSeparators(QDir(m_options.outputDir).filePath(shot))));
    // A run that could not even talk to the backend keeps its own code, whatever else went wrong.
    Q_EMIT done(problems.isEmpty() ? Passed : failureCode);
}
