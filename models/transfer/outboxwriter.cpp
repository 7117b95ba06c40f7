#include "models/transfer/outboxwriter.h"

#include <QMutexLocker>
#include <QThread>

OutboxWriter::OutboxWriter(WriteFunction write, QObject *parent)
    : QObject(parent)
    , m_write(std::move(write))
{
    m_thread.reset(QThread::create([this] { run(); }));
    m_thread->setObjectName(QStringLiteral("OutboxWriter"));
    m_thread->start();
}

OutboxWriter::~OutboxWriter()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_wake.wakeAll();
    }
    m_thread->wait();
}

quint64 OutboxWriter::write(const QString &path, const QByteArray &bytes)
{
    QMutexLocker lock(&m_mutex);
    // A snapshot still queued is older than this one and part of it: replaced, never written.
    m_queued = Job {++m_lastGeneration, path, bytes};
    m_wake.wakeAll();
    return m_lastGeneration;
}

void OutboxWriter::waitUntilIdle()
{
    QMutexLocker lock(&m_mutex);
    while (m_busy || m_queued)
        m_idle.wait(&m_mutex);
}

bool OutboxWriter::isIdle() const
{
    QMutexLocker lock(&m_mutex);
    return !m_busy && !m_queued;
}

void OutboxWriter::run()
{
    QMutexLocker lock(&m_mutex);
    for (;;) {
        while (!m_queued && !m_stopping)
            m_wake.wait(&m_mutex);
        if (!m_queued)
            return; // stopping, and everything queued was written
        const Job job = std::move(*m_queued);
        m_queued.reset();
        m_busy = true;
        lock.unlock();

        QString error;
        const bool ok = m_write(job.path, job.bytes, &error);
        // Queued to this object's thread; dropped by Qt if the writer is gone by then.
        if (ok)
            QMetaObject::invokeMethod(
                this, [this, g = job.generation] { Q_EMIT written(g); }, Qt::QueuedConnection);
        else
            QMetaObject::invokeMethod(
                this, [this, g = job.generation, error] { Q_EMIT failed(g, error); },
                Qt::QueuedConnection);

        lock.relock();
        m_busy = false;
        if (!m_queued)
            m_idle.wakeAll();
    }
}
