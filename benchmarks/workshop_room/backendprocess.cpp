#include "backendprocess.h"

#include <QDir>
#include <QFile>
#include <QUrl>

#include <unistd.h>

BackendProcess::~BackendProcess()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill(); // our own child, by its pid
        m_process->waitForFinished(5000);
    }
}

bool BackendProcess::start(const QString &program, const QByteArray &configJson, quint64 seed,
                           QString *error)
{
    if (!m_config.open() || m_config.write(configJson) != configJson.size() || !m_config.flush()) {
        *error = QStringLiteral("cannot write the configuration file");
        return false;
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process->start(program,
                     {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--quiet"),
                      QStringLiteral("--seed"), QString::number(seed), QStringLiteral("--config"),
                      m_config.fileName()});
    if (!m_process->waitForStarted(10000)) {
        *error = QStringLiteral("%1 did not start: %2").arg(program, m_process->errorString());
        return false;
    }
    // "converge-backend listening on http://127.0.0.1:PORT (seed N)"
    while (!m_process->canReadLine() && m_process->waitForReadyRead(10000)) { }
    const QByteArray line = m_process->readLine().trimmed();
    const qsizetype at = line.indexOf("http://");
    if (at < 0) {
        *error = QStringLiteral("unexpected first line: %1").arg(QString::fromUtf8(line));
        return false;
    }
    const QUrl url(QString::fromUtf8(line.mid(at, line.indexOf(' ', at) - at)));
    m_port = static_cast<quint16>(url.port());
    return m_port != 0;
}

std::optional<double> BackendProcess::cpuSeconds() const
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid()));
    if (!stat.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QByteArray text = stat.readAll();
    // After the parenthesised command name; utime and stime are fields 14 and 15 of the file.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return std::nullopt;
    const auto ticks = static_cast<double>(fields.at(11).toLongLong() + fields.at(12).toLongLong());
    return ticks / static_cast<double>(::sysconf(_SC_CLK_TCK));
}

std::optional<qint64> BackendProcess::statusField(const QByteArray &name) const
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid()));
    if (!status.open(QIODevice::ReadOnly))
        return std::nullopt;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(name))
            return line.mid(name.size()).trimmed().split(' ').first().toLongLong();
    }
    return std::nullopt;
}

std::optional<BackendProcess::Scheduling> BackendProcess::scheduling() const
{
    const QString tasks = QStringLiteral("/proc/%1/task").arg(pid());
    const QStringList threads = QDir(tasks).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    if (threads.isEmpty())
        return std::nullopt;
    Scheduling total;
    for (const QString &thread : threads) {
        QFile file(tasks + u'/' + thread + QStringLiteral("/schedstat"));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> fields = file.readAll().trimmed().split(' ');
        if (fields.size() < 2)
            continue;
        total.runS += static_cast<double>(fields.at(0).toLongLong()) / 1e9;
        total.waitS += static_cast<double>(fields.at(1).toLongLong()) / 1e9;
    }
    return total;
}
