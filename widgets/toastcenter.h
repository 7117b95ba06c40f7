#pragma once

#include "widgets/notificationhistorymodel.h"
#include "widgets/toastspec.h"

#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>

class DisplayPreferences;
class KitScheduler;
class QShortcut;
class QWidget;
class Toast;

// Shows toasts in an overlay at the bottom right of a host widget (usually the main window), or
// of an area inside it (setArea: the screens, so that toasts never cover the docks' charts).
// - Queue with priority: errors first, then the rest in order; at most maximumVisible at once,
//   and an error pushes a visible info/success back into the queue.
// - Identical messages (style, text, action) merge into one toast with a count.
// - Info and success leave after ~5 s; errors and toasts with an action stay until handled.
//   DisplayPreferences scales every duration or turns auto-dismiss off. Hover or focus pauses.
// - Never takes focus when showing; focusShortcut() (Ctrl+Shift+N) moves focus to the newest
//   toast and back again; Escape in a toast dismisses it.
// - Every toast lands in history(); its action can be taken from there (triggerAction).
//
//   const int id = toasts->show({.style = ToastSpec::Style::Error,
//                                .text = tr("Couldn't save \"%1\".").arg(name),
//                                .action = ToastSpec::Action::Retry},
//                               this, [this, itemId] { model->retry(itemId); });
class ToastCenter : public QObject
{
    Q_OBJECT

public:
    struct Durations
    {
        std::chrono::milliseconds info {5000};
        std::chrono::milliseconds success {5000};
        std::chrono::milliseconds error {0}; // 0: until dismissed
        std::chrono::milliseconds withAction {0};
    };

    explicit ToastCenter(QWidget *host, DisplayPreferences *preferences = nullptr);
    ~ToastCenter() override;

    // Returns the toast's id; an identical toast still showing or queued is merged and keeps its
    // id.
    int show(const ToastSpec &spec);
    // onAction runs when the action is taken (from the toast or the history), unless context is
    // gone.
    int show(const ToastSpec &spec, QObject *context, std::function<void()> onAction);
    void dismiss(int id);
    // What the toast was about ended by itself (the save went through after a Retry from the
    // keyboard, the connection came back): the toast is withdrawn, or never shown if queued, its
    // action is gone, and the history says how it ended. Ignored for an unknown id.
    void resolve(int id, const QString &outcome);
    void dismissAll();
    // Takes the toast's action as if its button were pressed. False if it has none or it was used.
    bool triggerAction(int id);

    // Where in the host the toasts sit: the bottom right of this descendant of the host (nullptr:
    // the host itself).
    void setArea(QWidget *area);
    QWidget *area() const;

    void setMaximumVisible(int count);
    int maximumVisible() const { return m_maximumVisible; }
    void setDurations(const Durations &durations) { m_durations = durations; }
    Durations durations() const { return m_durations; }
    // The time toasts count down on (nullptr: KitScheduler::steady()); applies to those showing.
    void setScheduler(KitScheduler *scheduler);
    KitScheduler *scheduler() const { return m_scheduler; }
    void setFocusShortcut(const QKeySequence &sequence);
    QKeySequence focusShortcut() const;

    // Newest toast gets focus; if focus is already in a toast, it goes back where it came from.
    // Returns false when there is no toast to go to.
    bool toggleFocus();

    QList<int> visibleIds() const; // top to bottom, newest last
    QList<int> queuedIds() const; // next first
    Toast *toast(int id) const; // nullptr unless visible
    int count(int id) const; // how many identical messages were merged, 0 if unknown
    QWidget *overlay() const { return m_overlay; }
    NotificationHistoryModel *history() const { return m_history; }

signals:
    void actionTriggered(int id, ToastSpec::Action action);
    void toastShown(int id);
    void toastDismissed(int id);
    // The focus shortcut was pressed with no toast showing: the app may open the history panel.
    void historyRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Entry
    {
        int id;
        ToastSpec spec;
        int count = 1;
        Toast *widget = nullptr;
    };
    struct Callback
    {
        QPointer<QObject> context;
        bool hasContext = false;
        std::function<void()> function;
    };

    Entry *find(int id);
    Entry *findSame(const ToastSpec &spec);
    void enqueue(Entry entry, bool front);
    void pump();
    void present(Entry &entry);
    void remove(int id, NotificationHistoryModel::Status status);
    void applyTimeout(Entry &entry);
    void relayout();
    bool focusIsInOverlay() const;
    static int priority(const ToastSpec &spec);

    QPointer<QWidget> m_host;
    QPointer<QWidget> m_area;
    QPointer<DisplayPreferences> m_preferences;
    KitScheduler *m_scheduler = nullptr;
    QWidget *m_overlay;
    QShortcut *m_shortcut;
    NotificationHistoryModel *m_history;
    Durations m_durations;
    int m_maximumVisible = 3;
    int m_nextId = 0;
    QList<Entry> m_visible;
    QList<Entry> m_queue;
    QHash<int, Callback> m_callbacks;
    QPointer<QWidget> m_returnFocus;
};
