#pragma once

#include <QObject>
#include <QPointer>

#include <chrono>
#include <utility>

class KitScheduler;

// A timer on a KitScheduler, shaped like the part of QTimer the kit uses. By default it runs on
// KitScheduler::steady() (real time); a test gives it a scheduler on a ManualClock instead.
// A repeating timer that fell behind (a clock moved by more than its interval) fires once, on its
// last tick before now, and keeps its rhythm from there, as QTimer skips the ticks it missed.
class KitTimer final : public QObject
{
    Q_OBJECT

public:
    explicit KitTimer(QObject *parent = nullptr);
    ~KitTimer() override;

    // nullptr means KitScheduler::steady(). A running timer starts its interval over on the new
    // scheduler.
    void setScheduler(KitScheduler *scheduler);
    KitScheduler *scheduler() const;

    void setSingleShot(bool singleShot) { m_singleShot = singleShot; }
    bool isSingleShot() const { return m_singleShot; }
    void setInterval(std::chrono::milliseconds interval) { m_interval = interval; }
    std::chrono::milliseconds interval() const { return m_interval; }

    // (Re)starts the countdown from the scheduler's now.
    void start();
    void start(std::chrono::milliseconds interval);
    void stop();
    bool isActive() const { return m_active; }
    // Time left until it fires; 0 when not running.
    std::chrono::milliseconds remainingTime() const;

    // Like QTimer::singleShot: calls f once after delay, unless context is gone by then.
    template<typename Functor>
    static void singleShot(std::chrono::milliseconds delay, KitScheduler *scheduler,
                           QObject *context, Functor &&f)
    {
        auto *timer = new KitTimer(context);
        timer->setScheduler(scheduler);
        timer->setSingleShot(true);
        QObject::connect(timer, &KitTimer::timeout, context,
                         [timer, f = std::forward<Functor>(f)]() mutable {
                             timer->deleteLater();
                             f();
                         });
        timer->start(delay);
    }

Q_SIGNALS:
    void timeout();

private:
    friend class KitScheduler;
    qint64 step() const;
    qint64 dueAt(qint64 now) const;
    void fire(qint64 at);

    QPointer<KitScheduler> m_scheduler;
    std::chrono::milliseconds m_interval {0};
    qint64 m_deadline = 0;
    quint64 m_sequence = 0;
    bool m_singleShot = false;
    bool m_active = false;
};
