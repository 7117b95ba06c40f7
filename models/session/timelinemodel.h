#pragma once

#include "models/session/timelineevent.h"
#include "models/sync/syncstate.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QSet>

#include <deque>
#include <memory>
#include <optional>
#include <vector>

class QTimer;
class SessionRecorder;

// The session's timeline as a tree: one top-level row per story (all steps sharing a correlation
// id), newest first; its children are the steps in the order they happened. Plain words with
// times relative to the person's action ("Saved 1.2 s after you tapped") in the first columns,
// precise technical columns after them.
//
// Mirrors the recorder's ring: a story disappears as soon as its first step leaves the ring, so
// nothing half-told stays and memory follows the recorder's cap. Updates are collected and
// applied in batches (inserts and removals, never a reset except when the recorder is cleared).
class TimelineModel final : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column {
        DescriptionColumn,
        OutcomeColumn,
        TimeColumn,
        // Technical columns from here on.
        ScreenColumn,
        CorrelationIdColumn,
        KindColumn,
        NodeColumn,
        LsnColumn,
        StatusColumn,
        DetailColumn,
        BackendTimeColumn, // the backend's clock, beside the session's When
        ColumnCount
    };
    static constexpr int FirstTechnicalColumn = ScreenColumn;

    enum Role {
        CorrelationIdRole = Qt::UserRole + 1,
        ScreenRole,
        // A story's outcome as a SyncState: its last Confirmed/Failed/RolledBack/OutcomeUnknown/
        // Conflict step, Pending when a person started it and nothing settled yet; invalid for
        // stories with no outcome (the backend's own events). Steps answer for their story.
        OutcomeRole,
        KindRole, // TimelineEvent::Kind as int (stories: the first step's)
        AtMsRole, // session clock
        IsStoryRole,
        LsnRole,
        NodeRole,
        StepCountRole,
        // bool: a story nobody asked for on screen — only requests and answers, no person's
        // action and nothing the backend or the control room said (a balance refresh, a poll).
        IsBackgroundRole,
    };

    explicit TimelineModel(SessionRecorder *recorder, QObject *parent = nullptr);
    ~TimelineModel() override;

    // Changes are applied at most this often (default 50 ms); 0 applies on the next event loop
    // turn.
    void setBatchIntervalMs(int ms);
    // Applies what is waiting now (tests, and before an export or a screenshot).
    void flush();

    int storyCount() const { return static_cast<int>(m_stories.size()); }
    QModelIndex storyIndex(const QString &correlationId, int column = 0) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "1.2 s", always one decimal, so a column of them lines up.
    static QString secondsText(qint64 ms);

private:
    struct Story
    {
        quint64 serial = 0;
        QString correlationId;
        QString screen;
        bool startedByPerson = false;
        bool onlyRequests = true; // every step so far is a request, an answer or a failure
        std::vector<TimelineEvent> steps;
        std::vector<TimelineEvent> incoming; // waiting for the batch's insert signal
        qint64 writeLsn = -1;
        QSet<QString> caughtUp; // nodes known to hold this story's write
        std::optional<SyncState> settled;
        std::optional<SyncState> outcome() const;
    };

    void scheduleFlush();
    void load();
    void applyDrops();
    void applyEvent(const TimelineEvent &event, std::vector<std::unique_ptr<Story>> &fresh,
                    std::vector<Story *> &touched);
    static void absorb(Story &story, const TimelineEvent &event);
    int rowOf(const Story *story) const;
    Story *storyAtRow(int row) const;
    Story *storyBySerial(quint64 serial) const;
    static QString titleOf(const Story &story);
    QVariant storyData(const Story &story, int column, int role) const;
    QVariant stepData(const Story &story, const TimelineEvent &step, int stepRow, int column,
                      int role) const;

    SessionRecorder *m_recorder;
    QTimer *m_batchTimer;
    // Oldest first, serials ascending; the newest story is row 0.
    std::deque<std::unique_ptr<Story>> m_stories;
    QHash<QString, Story *> m_byCorrelation;
    // One entry per event in the recorder's ring: the serial of the story it began, or 0.
    std::deque<quint64> m_mirror;
    std::vector<TimelineEvent> m_pending;
    qint64 m_pendingDrops = 0;
    quint64 m_nextSerial = 1;
};
