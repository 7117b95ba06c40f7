#pragma once

#include "widgets/announcementnotifier.h"
#include "widgets/kittimer.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QStringList>

#include <chrono>
#include <optional>

class KitScheduler;
class QLabel;
class QStatusBar;
class QWidget;

// The one place where status changes become speech. Callers say what kind of thing happened;
// the policy lives here:
//   Progress ("saving")                      not announced at all
//   Saved                                    polite, coalesced: "3 changes saved"
//   Info (back online, data refreshed)       polite
//   Checking (an answer was lost)            polite, only if still checking after checkingDelay,
//                                            once per subject until its final state
//   Failure, RolledBack, Conflict, Offline   assertive
// Messages within mergeWindow (~0.5 s) of each other become one announcement (assertive parts
// first); a text identical to the previous announcement is not repeated within repeatWindow.
// A message may name its subject (a transfer, an item). A final state of a subject (Saved,
// Failure, RolledBack, Conflict) drops what is still waiting to be said about it on the way
// (Info, Checking): "taking longer than usual" is outdated once the transfer was declined.
// Each announcement goes to exactly one speech channel (Qt >= 6.8: QAccessibleAnnouncementEvent;
// Qt 6.4: the Notification-role AnnouncementNotifier), to the status bar, and to announced().
class StatusAnnouncer : public QObject
{
    Q_OBJECT

public:
    enum class Politeness { Polite, Assertive };
    Q_ENUM(Politeness)
    enum class Kind { Progress, Saved, Info, Checking, Failure, RolledBack, Conflict, Offline };
    Q_ENUM(Kind)

    struct Timings
    {
        std::chrono::milliseconds mergeWindow {500};
        std::chrono::milliseconds maximumDelay {1500}; // a steady trickle still gets through
        std::chrono::milliseconds repeatWindow {10000};
        // "Longer than a moment": a lost answer usually resolves before anyone needs telling.
        std::chrono::milliseconds checkingDelay {2000};
    };

    // host: a widget of the main window; the notifier lives inside it and must be shown with it.
    explicit StatusAnnouncer(QWidget *host, QObject *parent = nullptr);

    // text may be empty for Saved ("Change saved" / "N changes saved"). subject names what the
    // message is about ("transfer:<key>"); empty for messages about nothing in particular.
    void announce(Kind kind, const QString &text = {}, const QString &subject = {});
    // The subject reached a final state that is not spoken on its own (a save counted into
    // "3 changes saved"): what is still waiting to be said about it on the way is dropped.
    void settle(const QString &subject);
    // Delivers what is waiting now instead of at the end of the merge window.
    void flush();

    static Politeness politenessOf(Kind kind);
    static bool isFinal(Kind kind);
    void setTimings(const Timings &timings) { m_timings = timings; }
    Timings timings() const { return m_timings; }
    // The time the merge and repeat windows run on (nullptr: KitScheduler::steady()).
    void setScheduler(KitScheduler *scheduler);
    KitScheduler *scheduler() const { return m_mergeTimer.scheduler(); }

    // Adds a label to the status bar that shows the last announcement for sighted people.
    void attachStatusBar(QStatusBar *statusBar);
    QString statusText() const { return m_lastText; }
    AnnouncementNotifier *notifier() const { return m_notifier; }

signals:
    void announced(const QString &text, StatusAnnouncer::Politeness politeness);
    void statusTextChanged(const QString &text);

private:
    struct Message
    {
        Kind kind;
        QString text;
        QString subject;
        qint64 dueMs = 0; // Checking only
    };

    void queue(const Message &message);
    void dropOnTheWay(const QString &subject);
    void checkingDue();
    void deliver(const QString &text, Politeness politeness);
    qint64 nowMs() const;

    QPointer<QWidget> m_host;
    QPointer<AnnouncementNotifier> m_notifier; // owned by the host widget
    Timings m_timings;
    KitTimer m_mergeTimer;
    KitTimer m_checkingTimer;
    qint64 m_burstStartMs = 0;
    QList<Message> m_burst; // Saved ones are counted instead
    QList<Message> m_checking; // waiting for checkingDelay, oldest first
    QSet<QString> m_checkingSpoken; // subjects whose checking was said since their last final state
    int m_savedCount = 0;
    QString m_savedText;
    QString m_lastText;
    std::optional<qint64> m_lastAtMs;
};
