#pragma once

#include "models/favorites/favoritemergemachine.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

class ApiClient;
class Clock;
class SessionRecorder;
struct ApiResult;
struct BackendEvent;

// The driver of one device's FavoriteMergeMachine: it feeds edits, answers, events,
// connectivity and timers in, carries the effects out (POST /favorites/merge, schedule, notify)
// and tells listeners what changed. The Favorites screen's "Offline-first (merge)" pattern runs
// one for this app; the control room's simulated tablet runs another with its own device name
// against the same backend.
class FavoritesMergeSync final : public QObject
{
    Q_OBJECT

public:
    FavoritesMergeSync(ApiClient *api, const QString &device, QObject *parent = nullptr);
    ~FavoritesMergeSync() override;

    // Optional: edits begin a story there (the correlation id of the sync they cause).
    void setRecorder(SessionRecorder *recorder);
    void setRecorderScreen(const QString &screen) { m_screen = screen; }
    // Optional: a clock of the caller's (not owned); a steady clock otherwise.
    void setClock(const Clock *clock);
    void setTimings(const FavoriteMergeTimings &timings);

    QString device() const { return m_machine.device(); }
    const FavoriteMergeState &state() const { return m_state; }
    FavoriteMergeState::Phase phase() const { return m_state.phase; }

    // The link as ConnectionMonitor sees it, and the device's own "airplane mode": edits are
    // kept on the device while either says offline.
    void setLinkOnline(bool online);
    void setAirplaneMode(bool on);
    bool airplaneMode() const { return m_airplane; }
    bool isOnline() const { return m_linkOnline && !m_airplane; }

    // Sends this device's copy once, to learn the server's (what a device does when it starts).
    void start();
    bool isStarted() const { return m_started; }

    // The person's edits; they change the copy at once, online or not.
    void toggle(int itemId, const QString &title = {});
    void addHeart(int itemId, const QString &title = {});
    // Sends the copy the server refused again.
    bool retry();
    // write.accepted and friends are ignored; favorites.merged of another device and data.reset
    // are fed in.
    void handleEvent(const BackendEvent &event);
    // Looks at the clock: notes that faded, a backoff that ran out (timers call it; tests with a
    // manual clock may too).
    void checkDue();

    bool isFavorite(int itemId) const { return m_state.local.isFavorite(itemId); }
    bool serverFavorite(int itemId) const { return m_state.base.isFavorite(itemId); }
    quint64 hearts(int itemId) const { return m_state.local.hearts(itemId); }
    SyncState syncState(int itemId) const;
    MergeNote noteOf(int itemId) const;
    int unmergedCount() const;
    int syncCount() const { return m_syncs; } // syncs sent, for inspectors and tests

Q_SIGNALS:
    // The copies changed: rows may show something else.
    void changed();
    void merged(int itemId, MergeNote note);
    void keptOffline(int itemId, int unmerged);
    void inStep();
    void failed(const QString &message);
    void onlineChanged(bool online);

private:
    qint64 now() const;
    FavoriteMergeInput inputOf(FavoriteMergeInput::Kind kind) const;
    void feed(const FavoriteMergeInput &input);
    void carryOut(const FavoriteMergeEffect &effect);
    void send(const FavoriteMergeEffect &effect);
    void onAnswer(quint64 seq, const QStringList &stories, const ApiResult &result);
    void schedule(qint64 atMs);
    void edited(FavoriteMergeInput::Kind kind, int itemId, const QString &text);
    // After the link or airplane mode changed: tells and feeds the machine if isOnline() did.
    void onlineMayHaveChanged(bool wasOnline);

    QPointer<ApiClient> m_api;
    QPointer<SessionRecorder> m_recorder;
    QString m_screen = QStringLiteral("favorites");
    std::unique_ptr<Clock> m_ownClock;
    const Clock *m_clock;
    FavoriteMergeMachine m_machine;
    FavoriteMergeState m_state;
    bool m_linkOnline = true;
    bool m_airplane = false;
    bool m_started = false;
    int m_syncs = 0;
    QStringList m_stories; // the correlation ids of the edits not yet sent, oldest first
    QTimer m_timer;
    qint64 m_timerAtMs = -1;
};
