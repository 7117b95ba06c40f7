#include "tools/pattern-guide/headlessruns.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QProcess>

#include <cstdio>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

using namespace Qt::StringLiterals;

HeadlessRuns::HeadlessRuns(QString converge, QString workDir, int jobs)
    : m_converge(std::move(converge))
    , m_workDir(std::move(workDir))
    , m_jobs(std::max(1, jobs))
{
}

QList<HeadlessRun> HeadlessRuns::run(const QStringList &scenarioPaths) const
{
    QList<HeadlessRun> runs;
    for (const QString &path : scenarioPaths) {
        HeadlessRun run;
        run.scenarioPath = path;
        run.outDir = QDir(m_workDir).filePath(QFileInfo(path).completeBaseName());
        runs << run;
    }
    std::vector<std::unique_ptr<QProcess>> processes(runs.size());
    QEventLoop loop;
    int next = 0;
    int running = 0;
    std::function<void()> startMore = [&] {
        while (running < m_jobs && next < runs.size()) {
            const int index = next++;
            HeadlessRun &run = runs[index];
            const QDir home(
                QDir(m_workDir).filePath(u"home-"_s + QFileInfo(run.outDir).fileName()));
            QDir().mkpath(run.outDir);
            processes[index] = std::make_unique<QProcess>();
            QProcess *process = processes[index].get();
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
            env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
            env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
            env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
            env.insert(u"QT_LOGGING_RULES"_s, u"qt.qpa.*=false"_s);
            // The guide is written in English, whatever the machine speaks.
            env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
            env.insert(u"LANGUAGE"_s, QString());
            process->setProcessEnvironment(env);
            process->setProcessChannelMode(QProcess::MergedChannels);
            QObject::connect(process, &QProcess::finished, &loop,
                             [&, index](int exitCode, QProcess::ExitStatus status) {
                                 HeadlessRun &done = runs[index];
                                 done.finished = status == QProcess::NormalExit;
                                 done.exitCode = exitCode;
                                 done.output = QString::fromUtf8(processes[index]->readAll());
                                 std::fprintf(stderr, "pattern guide: %s %s\n",
                                              qPrintable(QFileInfo(done.scenarioPath).fileName()),
                                              done.finished && exitCode == 0 ? "passed" : "FAILED");
                                 --running;
                                 startMore();
                                 if (running == 0 && next == runs.size())
                                     loop.quit();
                             });
            QObject::connect(process, &QProcess::errorOccurred, &loop,
                             [&, index](QProcess::ProcessError error) {
                                 if (error != QProcess::FailedToStart)
                                     return;
                                 runs[index].output = u"%1 could not be started: %2"_s.arg(
                                     m_converge, processes[index]->errorString());
                                 --running;
                                 startMore();
                                 if (running == 0 && next == runs.size())
                                     loop.quit();
                             });
            std::fprintf(stderr, "pattern guide: running %s\n",
                         qPrintable(QFileInfo(run.scenarioPath).fileName()));
            ++running;
            process->start(
                m_converge,
                {u"--scenario"_s, run.scenarioPath, u"--headless"_s, u"--out"_s, run.outDir});
        }
    };
    startMore();
    if (running > 0)
        loop.exec();
    return runs;
}
