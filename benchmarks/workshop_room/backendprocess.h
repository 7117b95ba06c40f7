#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryFile>

#include <memory>
#include <optional>

// One converge-backend process, the built program, started with a JSON configuration and read
// from the outside through /proc: its CPU time and resident memory.
class BackendProcess
{
public:
    BackendProcess() = default;
    ~BackendProcess();
    BackendProcess(const BackendProcess &) = delete;
    BackendProcess &operator=(const BackendProcess &) = delete;

    // Starts the program on a free loopback port; false (and why) when it did not come up.
    bool start(const QString &program, const QByteArray &configJson, quint64 seed, QString *error);
    quint16 port() const { return m_port; }
    qint64 pid() const { return m_process ? m_process->processId() : 0; }

    // User + system CPU time so far, in seconds.
    std::optional<double> cpuSeconds() const;
    // Over all its threads, in seconds: time on a CPU and time runnable but waiting for one
    // (/proc/<pid>/task/*/schedstat); the second is what the machine's other load costs it.
    struct Scheduling
    {
        double runS = 0;
        double waitS = 0;
    };
    std::optional<Scheduling> scheduling() const;
    // Resident memory now (VmRSS) and at its peak (VmHWM), in KiB.
    std::optional<qint64> rssKiB() const { return statusField("VmRSS:"); }
    std::optional<qint64> peakRssKiB() const { return statusField("VmHWM:"); }

private:
    std::optional<qint64> statusField(const QByteArray &name) const;

    std::unique_ptr<QProcess> m_process;
    QTemporaryFile m_config;
    quint16 m_port = 0;
};
