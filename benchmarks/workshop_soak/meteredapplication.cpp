#include "benchmarks/workshop_soak/meteredapplication.h"

#include "benchmarks/workshop_soak/stallmeter.h"

#include <QThread>

MeteredApplication::MeteredApplication(int &argc, char **argv)
    : QApplication(argc, argv)
{
    m_clock.start();
}

bool MeteredApplication::notify(QObject *receiver, QEvent *event)
{
    // The embedded backend's thread delivers events too: only the UI thread is measured.
    if (!m_meter || m_depth > 0 || QThread::currentThread() != thread())
        return QApplication::notify(receiver, event);
    // Taken before delivery: the receiver may be gone after it (deleteLater).
    const char *receiverClass = receiver->metaObject()->className();
    const QObject *owner = receiver->parent();
    const char *ownerClass = owner ? owner->metaObject()->className() : nullptr;
    const QEvent::Type type = event->type();
    const qint64 start = m_clock.nsecsElapsed();
    const qint64 cpuStart = StallMeter::threadCpuNs();
    ++m_depth;
    const bool handled = QApplication::notify(receiver, event);
    --m_depth;
    m_meter->noteEvent(receiverClass, ownerClass, type, m_clock.nsecsElapsed() - start,
                       StallMeter::threadCpuNs() - cpuStart);
    return handled;
}
