#pragma once

#include "models/client/dto.h"
#include "models/favorites/favoriteintent.h"
#include "models/favorites/favoritemachine.h"
#include "models/session/sessionrecorder.h"
#include "models/sync/syncstate.h"

#include <QAbstractListModel>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <map>
#include <memory>
#include <optional>
#include <vector>

class ApiCall;
class ApiClient;
class Clock;
class FavoritesMergeSync;
struct ApiResult;

// The Favorites screen's list model and the driver of one FavoriteMachine per item: it turns
// clicks, answers (classified by classifyWrite / classifyRead), events, connectivity and timers
// into machine inputs, carries out the effects (send, read back, schedule, notify) and repaints.
// The rules themselves live in FavoriteMachine (docs/favorites.md, "How it works").
//
// - Displayed value = server snapshot overlaid with the latest intent not yet confirmed
//   (Optimistic), or the snapshot alone with the heart busy until the server answers (Wait).
// - Repaints are batched into one dataChanged per run of rows and event-loop turn; the click's
//   own row repaints at once.
// - Refreshes read with the session's read-your-writes token. "Naive refresh" reads any
//   replica and takes its answer as it is, to show the flicker the overlay prevents (counted in
//   flickerCount()).
// - Clicks made offline go out one at a time in click order when the connection returns.
// - Offline-first: the rows show this device's merged copy (FavoritesMergeSync) instead.
// The model never paints nor speaks: toasts, announcements, telemetry and the timeline listen
// to its signals.
class FavoritesModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        ItemIdRole = Qt::UserRole + 1,
        TitleRole,
        FavoriteRole, // bool: what the heart shows
        ServerFavoriteRole, // bool: what the server last confirmed
        SyncStateRole, // int(SyncState)
        BadgeVisibleRole, // bool: whether the row shows its badge now
        BadgeTextRole, // QString: a word replacing the state's default (empty: default)
        NoteRole, // QString: the longer sentence for descriptions and tooltips
        BusyRole, // bool: the heart is waiting for the server and takes no clicks (Wait)
        PendingRole, // bool: an intent of this person is not yet confirmed
        ServerLsnRole, // qint64: for inspectors
        HeartsRole, // quint64: the item's hearts across devices (Offline-first only, else unset)
    };
    Q_ENUM(Role)

    // A row as a screen reader hears it: "Oak Chair, favorite, Saving…".
    static QString spokenRow(const QString &title, bool favorite, const QString &stateWord);

    enum class Pattern {
        WaitForServer, // the contrast case: nothing changes before the server answers
        Optimistic, // the heart changes at once; rolled back to server truth on failure
        // Each device keeps its own copy (an add-wins set and heart counters) that works offline
        // and merges with the others' through the server: nothing is rolled back, nothing lost.
        OfflineFirst,
    };
    Q_ENUM(Pattern)

    // Why a row carries a note.
    enum class Note { None, Offline, ChangedElsewhere, YoursKept, TheirsWon };
    Q_ENUM(Note)

    // The machine's times: spinner threshold, "Saved" and note visibility, the resend backoff.
    using Timings = FavoriteMachine::Timings;

    explicit FavoritesModel(ApiClient *api, QObject *parent = nullptr);
    ~FavoritesModel() override;

    // Optional: user actions begin a story there (the correlation id of their requests).
    void setRecorder(SessionRecorder *recorder);
    // The screen the stories are told under in the timeline ("favorites"; a split view's right
    // pane has its own, so the timeline can show one pane).
    void setScreenId(const QString &screen);
    QString screenId() const { return m_screenId; }
    // Optional: a clock of the caller's (not owned); a steady clock otherwise.
    void setClock(const Clock *clock);
    void setTimings(const Timings &timings) { m_machine = FavoriteMachine(timings); }
    Timings timings() const { return m_machine.timings(); }

    Pattern pattern() const { return m_pattern; }
    void setPattern(Pattern pattern);
    bool naiveRefresh() const { return m_naiveRefresh; }
    void setNaiveRefresh(bool naive);
    bool isOnline() const { return m_online; }
    // Usually fed by ConnectionMonitor; coming back online sends the waiting intents in order.
    void setOnline(bool online);

    // Reads the list (read-your-writes, or any replica when naive) and merges it.
    void refresh();
    bool isLoaded() const { return m_loaded; }
    bool isRefreshing() const;

    // The person's click or Space on an item. False when the item is unknown or its heart is
    // busy (Wait pattern): nothing was queued then.
    bool toggle(int itemId);
    // Resends the failed intent of the item with its original idempotency key (Offline-first:
    // the copy the server refused).
    bool retry(int itemId);
    // One more heart for the item from this device (Offline-first only; false otherwise).
    bool addHeart(int itemId);
    // The Offline-first pattern's copy of this device and its sync.
    FavoritesMergeSync *mergeSync() const { return m_merge; }
    // The person's "airplane mode" for the Offline-first pattern: edits stay on the device.
    void setAirplaneMode(bool on);
    bool airplaneMode() const;
    // Feed of the backend's event channel (write.accepted, data.reset).
    void handleEvent(const BackendEvent &event);
    // The event channel lost events: read everything again.
    void resync();
    // Client ids of sessions showing this person's own actions beside this one (a split view's
    // other pane, which mirrors every click): their writes update the server snapshot quietly,
    // as a read would, instead of being news from another device.
    void setSiblingClients(const QStringList &clientIds) { m_siblingClients = clientIds; }

    int rowOfItem(int itemId) const;
    int itemIdAt(int row) const;
    QString titleOf(int itemId) const;
    std::optional<bool> isFavorite(int itemId) const; // displayed
    std::optional<bool> serverFavorite(int itemId) const;
    SyncState syncState(int itemId) const;
    Note noteOf(int itemId) const;
    bool isBusy(int itemId) const;
    int pendingCount() const; // items with an intent not yet confirmed
    int waitingToSendCount() const; // items whose intent waits for the connection
    int inFlightCount() const { return m_inFlight; }
    int flickerCount() const { return m_flickers; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void loaded();
    void loadFailed(const QString &message);
    void refreshingChanged(bool refreshing);
    void patternChanged(FavoritesModel::Pattern pattern);
    void naiveRefreshChanged(bool naive);
    void onlineChanged(bool online);
    void pendingCountChanged(int pending, int waitingToSend);

    // The change was refused and the row went back to the server's value (plus any later
    // intent). canRetry: Retry may help (not a rejection by the server).
    void rolledBack(int itemId, const QString &title, const QString &message, bool canRetry,
                    const QString &correlationId);
    // One of this person's intents is now what the server holds.
    void confirmed(int itemId, const QString &correlationId);
    // Confirmations since the last batch, at most once per event-loop turn.
    void confirmedBatch(int count);
    void outcomeUnknown(int itemId, const QString &correlationId);
    // Another device changed the item and nothing of ours was pending.
    void changedElsewhere(int itemId, const QString &title, bool favorite);
    // Another device's write met one of ours; message says which one won and why.
    void conflict(int itemId, const QString &title, const QString &message, bool yoursKept,
                  const QString &correlationId);
    // A click was kept for later because we are offline.
    void offlineQueued(int itemId, int waitingToSend);
    // Offline-first: a merge did something to the item the person did not do here.
    void mergeExplained(int itemId, const QString &title, const QString &sentence);
    // Offline-first: the server refused this device's copy; Retry sends it again.
    void mergeFailed(const QString &message);
    void airplaneModeChanged(bool on);
    // A refresh showed a row in a state the person did not choose (naive refresh only).
    void flickered(int itemId);
    // Click to the heart showing the new value; click to the server confirming it.
    void feedbackMeasured(qint64 ms);
    void confirmationMeasured(qint64 ms);

private:
    struct Row
    {
        int id = 0;
        QString title;
        bool displayed = false;
        qint64 clickedMs = -1; // the latest click not yet visible (Wait pattern)
        FavoriteItem item;
    };

    qint64 now() const;
    Row *rowFor(int itemId);
    const Row *rowFor(int itemId) const;
    bool shown(const Row &row) const; // what the heart shows in the current pattern
    SyncState stateOf(const Row &row) const;
    bool isOfflineWaiting(const Row &row) const;
    bool badgeVisible(const Row &row) const;
    QString badgeText(const Row &row) const;
    QString noteText(const Row &row) const;
    QString accessibleText(const Row &row) const;
    // The Offline-first pattern's half (favoritesmodelmerge.cpp).
    bool isMerging() const { return m_pattern == Pattern::OfflineFirst; }
    void connectMerge();
    bool mergeBadgeVisible(const Row &row) const;
    QString mergeBadgeText(const Row &row) const;
    QString mergeNoteText(const Row &row) const;

    // Feeds one input to the item's machine and carries out what it says, in order.
    void feed(Row &row, FavoriteInput input, bool repaintNow = false);
    FavoriteInput inputOf(FavoriteInput::Kind kind) const; // now and the link, filled in
    void carryOut(Row &row, const FavoriteEffect &effect);
    void notify(Row &row, const FavoriteEffect &effect);
    FavoriteIntent makeIntent(const Row &row, bool desired);
    void transmit(const FavoriteIntent &intent);
    void readBack(const FavoriteIntent &intent);
    void awaitAnswer(ApiCall *call, const FavoriteIntent &intent, FavoriteInput::Kind kind);
    void onAnswer(int itemId, FavoriteInput input);
    // The ordered send: clicks made offline (or while it runs) go out one at a time.
    bool linkFree() const;
    void joinOrderedSend(const Row &row); // when it has something ready to go
    void drainNext();

    // Recomputes what the row shows; queues a repaint when anything changed.
    void updateRow(Row &row, bool immediate = false);
    void markDirty(int row);
    void flushDirty();
    void schedule(int itemId, qint64 atMs);
    void onDeadline();
    void countsChanged();

    void fetch(bool asUserAction); // a refresh the person asked for starts a story
    void onItemsFetched(const ApiResult &result, bool naive);
    void rebuild(const QList<CatalogItem> &items);

    QPointer<ApiClient> m_api;
    QPointer<SessionRecorder> m_recorder;
    QStringList m_siblingClients;
    QString m_screenId = QStringLiteral("favorites");
    std::unique_ptr<Clock> m_ownClock;
    const Clock *m_clock;
    FavoritesMergeSync *m_merge;
    FavoriteMachine m_machine;
    Pattern m_pattern = Pattern::Optimistic;
    bool m_naiveRefresh = false;
    bool m_online = true;
    bool m_loaded = false;
    int m_refreshing = 0;
    int m_inFlight = 0;
    int m_flickers = 0;
    quint64 m_nextSeq = 1;

    std::vector<Row> m_rows;
    QHash<int, int> m_rowOfId;

    std::vector<int> m_dirty;
    bool m_flushQueued = false;
    int m_confirmedSinceFlush = 0;
    int m_lastPending = -1;
    int m_lastWaiting = -1;

    std::multimap<qint64, int> m_deadlines; // when a row must look again at itself
    QTimer m_deadlineTimer;
    qint64 m_nextDeadlineMs = 0;

    std::vector<int> m_drainQueue; // items whose waiting intents go out one by one, in order
    int m_draining = 0; // the item whose drained request is in flight (0: none)
};
