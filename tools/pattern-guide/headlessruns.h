#pragma once

#include <QList>
#include <QString>

// What one headless run of a scenario left behind.
struct HeadlessRun
{
    QString scenarioPath;
    QString outDir; // screenshots and session.jsonl
    bool finished = false; // the process ended by itself
    int exitCode = -1; // docs/scenarios.md: 0 passed, 1 an expectation or step failed, …
    QString output; // standard output and error, as the run printed them
};

// Runs scenarios with the real converge executable, headless, a few at a time, each with a fresh
// settings and data folder (no saved layout, no transfer outbox from an earlier run).
class HeadlessRuns
{
public:
    HeadlessRuns(QString converge, QString workDir, int jobs);
    // Blocks until every run has ended; the list is in the order of `scenarioPaths`.
    QList<HeadlessRun> run(const QStringList &scenarioPaths) const;

private:
    QString m_converge;
    QString m_workDir;
    int m_jobs;
};
