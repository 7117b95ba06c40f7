#include "app/headlessrun.h"

#include "app/controlroom/controlroom.h"
#include "app/mainwindow.h"
#include "models/control/backendsettings.h"
#include "models/control/scenario.h"
#include "models/control/scenariorunner.h"
#include "models/session/sessionexport.h"
#include "models/session/sessionrecorder.h"

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

HeadlessRun::HeadlessRun(CommandLineOptions options, MainWindow *window, ControlRoom *controlRoom,
                         SessionRecorder *recorder, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_window(window)
    , m_controlRoom(controlRoom)
    , m_recorder(recorder)
    , m_watchdog(new QTimer(this))
{
    if (m_options.outputDir.isEmpty())
        m_options.outputDir = QDir::currentPath();
    m_watchdog->setSingleShot(true);
    connect(m_watchdog, &QTimer::timeout, this, [this] {
        fail(tr("The run did not finish within its duration plus one minute; a step or "
                "expectation never answered."));
    });
    connect(m_controlRoom, &ControlRoom::screenshotSaved, this,
            [this](const QString &path, bool ok) {
                if (ok)
                    m_screenshots << QFileInfo(path).fileName();
                else
                    m_problems << tr("Could not write the screenshot %1").arg(path);
            });
    connect(m_controlRoom->runner(), &ScenarioRunner::finished, this, &HeadlessRun::onFinished);
    connect(m_controlRoom->runner(), &ScenarioRunner::stepStarted, this,
            [this](int index, const QString &text) {
                const ScenarioStep &step = m_controlRoom->runner()->scenario().steps.at(index);
                say(u"  %1  %2"_s.arg(step.atMs / 1000.0, 6, 'f', 1).arg(text));
            });
}

bool HeadlessRun::prepare()
{
    QString error;
    const std::optional<Scenario> scenario =
        Scenario::load(m_options.scenarioFile, &error, m_controlRoom->registry());
    if (!scenario) {
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
    QString error;
    const std::optional<Scenario> scenario =
        Scenario::load(m_options.scenarioFile, &error, m_controlRoom->registry());
    if (!scenario) {
        complain(error);
        Q_EMIT done(Invalid);
        return;
    }
    say(tr("Scenario “%1” (%2), seed %3, steps: %4")
            .arg(scenario->name, scenario->fileName)
            .arg(scenario->seed)
            .arg(scenario->steps.size()));
    m_watchdog->start(static_cast<int>(
        std::min<qint64>(scenario->durationMs + 60000, std::numeric_limits<int>::max())));
    m_controlRoom->startScenario(*scenario);
}

void HeadlessRun::fail(const QString &message)
{
    m_problems << message;
    m_controlRoom->runner()->stop();
    onFinished(false, {});
}

void HeadlessRun::onFinished(bool ok, const QStringList &failures)
{
    m_watchdog->stop();
    const Scenario &scenario = m_controlRoom->runner()->scenario();
    QStringList problems = failures + m_problems;

    const QString exportPath = QDir(m_options.outputDir).filePath(u"session.jsonl"_s);
    QJsonObject header {
        {u"seed"_s, static_cast<qint64>(scenario.seed)},
        {u"scenario"_s, scenario.name},
        {u"scenarioFile"_s, scenario.fileName},
        {u"headless"_s, true},
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
    Q_EMIT done(problems.isEmpty() ? Passed : Failed);
}
