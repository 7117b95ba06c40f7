#pragma once

#include <QByteArray>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QWaitCondition>

#include <functional>
#include <memory>
#include <optional>

class QThread;

// Writes the outbox's bytes on a thread of its own, so that syncing the file to disk (which can
// take a tenth of a second on a busy disk) never stalls the window. One write at a time; while
// one runs, only the newest of the snapshots queued behind it is written, since each snapshot is
// the whole outbox. The answer names the generation that reached the disk: every earlier one is
// covered by it.
class OutboxWriter : public QObject
{
    Q_OBJECT

public:
    // Runs on the writer's thread; true when the bytes are safely on disk.
    using WriteFunction =
        std::function<bool(const QString &path, const QByteArray &bytes, QString *error)>;

    explicit OutboxWriter(WriteFunction write, QObject *parent = nullptr);
    // Writes what is still queued, then stops the thread: nothing the person meant is left
    // behind at quit.
    ~OutboxWriter() override;

    // Queues the whole outbox for path and returns its generation (1, 2, …).
    quint64 write(const QString &path, const QByteArray &bytes);
    // Blocks until everything queued so far is on disk (or refused); for shutdown and tests.
    void waitUntilIdle();
    bool isIdle() const;

Q_SIGNALS:
    void written(quint64 generation);
    void failed(quint64 generation, const QString &error);

private:
    struct Job
    {
        quint64 generation = 0;
        QString path;
        QByteArray bytes;
    };
    void run();

    WriteFunction m_write;
    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    QWaitCondition m_idle;
    std::optional<Job> m_queued;
    bool m_busy = false;
    bool m_stopping = false;
    quint64 m_lastGeneration = 0;
    std::unique_ptr<QThread> m_thread;
};
