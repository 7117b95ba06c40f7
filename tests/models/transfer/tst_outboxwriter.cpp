// OutboxWriter: the outbox reaches the disk off the UI thread, in order, the newest snapshot
// winning over older ones still queued, and nothing queued is left behind when it goes.

#include "models/transfer/outboxwriter.h"
#include "models/transfer/transferoutbox.h"

#include <QFile>
#include <QMutex>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;

namespace {

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A disk that records what it was given and, while closed, holds each write at the gate.
struct GatedDisk
{
    QSemaphore gate;
    std::atomic<bool> closed {true};
    std::atomic<bool> offTheCallersThread {true};
    std::atomic<int> atTheGate {0};
    QThread *caller = QThread::currentThread();
    QMutex mutex;
    QList<QByteArray> written;

    OutboxWriter::WriteFunction function()
    {
        return [this](const QString &path, const QByteArray &bytes, QString *error) {
            if (QThread::currentThread() == caller)
                offTheCallersThread = false;
            if (closed) {
                ++atTheGate;
                gate.acquire();
            }
            {
                QMutexLocker lock(&mutex);
                written.append(bytes);
            }
            return TransferOutbox::writeAtomically(path, bytes, error);
        };
    }
    void open()
    {
        closed = false;
        gate.release(100);
    }
};

} // namespace

class TestOutboxWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesOffTheCallersThread();
    void onlyTheNewestQueuedSnapshotIsWritten();
    void aRefusedWriteNamesItsGeneration();
    void goingAwayWritesWhatIsQueued();
};

void TestOutboxWriter::writesOffTheCallersThread()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"outbox.json"_s);
    GatedDisk disk;
    OutboxWriter writer(disk.function());
    QSignalSpy written(&writer, &OutboxWriter::written);
    const quint64 generation = writer.write(path, "one");
    QCOMPARE(generation, 1u);
    // write() came back while the disk still held the bytes at its gate.
    QVERIFY(!writer.isIdle());
    QCOMPARE(written.size(), 0);
    disk.open();
    QVERIFY(written.wait(10000));
    QCOMPARE(written.first().first().toULongLong(), 1u);
    QVERIFY(disk.offTheCallersThread);
    QCOMPARE(contents(path), "one");
}

void TestOutboxWriter::onlyTheNewestQueuedSnapshotIsWritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"outbox.json"_s);
    GatedDisk disk;
    OutboxWriter writer(disk.function());
    QSignalSpy written(&writer, &OutboxWriter::written);
    writer.write(path, "first");
    // The first write is at the gate before more are queued behind it.
    QTRY_COMPARE(disk.atTheGate.load(), 1);
    writer.write(path, "second");
    writer.write(path, "third");
    QCOMPARE(writer.write(path, "fourth"), 4u);
    disk.open();
    QTRY_COMPARE(written.size(), 2);
    QCOMPARE(written.at(0).first().toULongLong(), 1u);
    QCOMPARE(written.at(1).first().toULongLong(), 4u);
    QCOMPARE(disk.written, (QList<QByteArray> {"first", "fourth"}));
    QCOMPARE(contents(path), "fourth");
    QVERIFY(writer.isIdle());
}

void TestOutboxWriter::aRefusedWriteNamesItsGeneration()
{
    OutboxWriter writer([](const QString &, const QByteArray &, QString *error) {
        *error = u"No space left on device"_s;
        return false;
    });
    QSignalSpy written(&writer, &OutboxWriter::written);
    QSignalSpy failed(&writer, &OutboxWriter::failed);
    writer.write(u"/nowhere/outbox.json"_s, "x");
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().at(0).toULongLong(), 1u);
    QCOMPARE(failed.first().at(1).toString(), u"No space left on device"_s);
    QCOMPARE(written.size(), 0);
}

void TestOutboxWriter::goingAwayWritesWhatIsQueued()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"outbox.json"_s);
    GatedDisk disk;
    {
        OutboxWriter writer(disk.function());
        writer.write(path, "in flight");
        QTRY_COMPARE(disk.atTheGate.load(), 1);
        writer.write(path, "the last change before quit");
        disk.open();
    } // the app quits here
    QCOMPARE(contents(path), "the last change before quit");
}

QTEST_GUILESS_MAIN(TestOutboxWriter)
#include "tst_outboxwriter.moc"
