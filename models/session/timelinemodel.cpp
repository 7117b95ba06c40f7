#include "models/session/timelinemodel.h"

#include "models/session/sessionrecorder.h"

#include <QTimer>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace {

bool isWriteDetail(const QString &detail)
{
    // The recorder writes "METHOD /path" into a response's detail.
    return !detail.isEmpty() && !detail.startsWith("GET "_L1) && !detail.startsWith("HEAD "_L1);
}

} // namespace

std::optional<SyncState> outcomeOfEvent(TimelineEvent::Kind kind)
{
    switch (kind) {
    case TimelineEvent::Kind::Confirmed:
        return SyncState::Confirmed;
    case TimelineEvent::Kind::Failed:
    case TimelineEvent::Kind::RolledBack:
        return SyncState::Failed;
    case TimelineEvent::Kind::OutcomeUnknown:
        return SyncState::Unknown;
    case TimelineEvent::Kind::Conflict:
        return SyncState::Conflict;
    default:
        return std::nullopt;
    }
}

std::optional<SyncState> TimelineModel::Story::outcome() const
{
    if (settled)
        return settled;
    if (startedByPerson)
        return SyncState::Pending;
    return std::nullopt;
}

TimelineModel::TimelineModel(SessionRecorder *recorder, QObject *parent)
    : QAbstractItemModel(parent)
    , m_recorder(recorder)
    , m_batchTimer(new QTimer(this))
{
    m_batchTimer->setSingleShot(true);
    m_batchTimer->setInterval(50);
    connect(m_batchTimer, &QTimer::timeout, this, &TimelineModel::flush);

    connect(recorder, &SessionRecorder::eventRecorded, this, [this](const TimelineEvent &event) {
        m_pending.push_back(event);
        scheduleFlush();
    });
    connect(recorder, &SessionRecorder::eventsDropped, this, [this](int count) {
        m_pendingDrops += count;
        scheduleFlush();
    });
    connect(recorder, &SessionRecorder::cleared, this, [this] {
        beginResetModel();
        m_batchTimer->stop();
        m_stories.clear();
        m_byCorrelation.clear();
        m_mirror.clear();
        m_pending.clear();
        m_pendingDrops = 0;
        endResetModel();
    });
    load();
}

TimelineModel::~TimelineModel() = default;

void TimelineModel::setBatchIntervalMs(int ms)
{
    m_batchTimer->setInterval(std::max(0, ms));
}

void TimelineModel::scheduleFlush()
{
    if (!m_batchTimer->isActive())
        m_batchTimer->start();
}

void TimelineModel::load()
{
    // Before any view is attached: no signals needed.
    std::vector<std::unique_ptr<Story>> fresh;
    std::vector<Story *> touched;
    for (const TimelineEvent &event : m_recorder->events())
        applyEvent(event, fresh, touched);
    for (Story *story : touched) {
        std::move(story->incoming.begin(), story->incoming.end(), std::back_inserter(story->steps));
        story->incoming.clear();
    }
    for (auto &story : fresh) {
        story->steps = std::move(story->incoming);
        story->incoming.clear();
        m_stories.push_back(std::move(story));
    }
}

void TimelineModel::flush()
{
    m_batchTimer->stop();
    if (m_pendingDrops == 0 && m_pending.empty())
        return;
    applyDrops();

    std::vector<std::unique_ptr<Story>> fresh;
    std::vector<Story *> touched;
    const std::vector<TimelineEvent> pending = std::exchange(m_pending, {});
    for (const TimelineEvent &event : pending)
        applyEvent(event, fresh, touched);

    // New steps of stories already shown: one insert per story, then one dataChanged over the
    // rows whose outcome may have moved.
    int firstRow = INT_MAX;
    int lastRow = -1;
    for (Story *story : touched) {
        const int row = rowOf(story);
        const int first = static_cast<int>(story->steps.size());
        const int last = first + static_cast<int>(story->incoming.size()) - 1;
        beginInsertRows(index(row, 0), first, last);
        std::move(story->incoming.begin(), story->incoming.end(), std::back_inserter(story->steps));
        story->incoming.clear();
        endInsertRows();
        firstRow = std::min(firstRow, row);
        lastRow = std::max(lastRow, row);
    }
    if (lastRow >= 0)
        Q_EMIT dataChanged(index(firstRow, 0), index(lastRow, ColumnCount - 1));

    // New stories go on top, newest first, in one insert.
    if (!fresh.empty()) {
        beginInsertRows({}, 0, static_cast<int>(fresh.size()) - 1);
        for (auto &story : fresh) {
            story->steps = std::move(story->incoming);
            story->incoming.clear();
            m_stories.push_back(std::move(story));
        }
        endInsertRows();
    }
}

void TimelineModel::applyDrops()
{
    qint64 drops = std::exchange(m_pendingDrops, 0);
    quint64 lastBegun = 0;
    while (drops > 0 && !m_mirror.empty()) {
        lastBegun = std::max(lastBegun, m_mirror.front());
        m_mirror.pop_front();
        --drops;
    }
    // More dropped than we ever mirrored: the oldest waiting events already left the ring.
    if (drops > 0) {
        const auto skip = std::min<qint64>(drops, static_cast<qint64>(m_pending.size()));
        m_pending.erase(m_pending.begin(), m_pending.begin() + skip);
    }
    if (lastBegun == 0)
        return;
    // Stories are ordered by the position of their first step, so the stories whose first step
    // left are exactly the oldest ones: the bottom rows.
    int count = 0;
    while (count < storyCount() && m_stories[count]->serial <= lastBegun)
        ++count;
    if (count == 0)
        return;
    beginRemoveRows({}, storyCount() - count, storyCount() - 1);
    for (int i = 0; i < count; ++i) {
        Story *story = m_stories.front().get();
        const auto it = m_byCorrelation.constFind(story->correlationId);
        if (it != m_byCorrelation.cend() && *it == story)
            m_byCorrelation.erase(it);
        m_stories.pop_front();
    }
    endRemoveRows();
}

void TimelineModel::applyEvent(const TimelineEvent &event,
                               std::vector<std::unique_ptr<Story>> &fresh,
                               std::vector<Story *> &touched)
{
    const quint64 firstFresh = m_nextSerial - fresh.size();
    auto note = [&](Story *story) {
        if (story->incoming.empty() && story->serial < firstFresh)
            touched.push_back(story);
        absorb(*story, event);
    };

    // What a screen reader was told outside any story is the announcement log's to show (and
    // the export's); as stories of one line each it would crowd out the person's actions.
    if (event.kind == TimelineEvent::Kind::Announcement && event.correlationId.isEmpty()) {
        m_mirror.push_back(0);
        return;
    }

    Story *own =
        event.correlationId.isEmpty() ? nullptr : m_byCorrelation.value(event.correlationId);

    // A replica that reached LSN n holds every write up to n, not only the one whose id the
    // event carries: tell each story of this session that was waiting for it.
    bool attached = false;
    if (event.kind == TimelineEvent::Kind::ReplicaApplied && event.lsn >= 0
        && !event.node.isEmpty()) {
        auto consider = [&](Story *story) {
            if (story == own || !story->startedByPerson || story->writeLsn < 0
                || story->writeLsn > event.lsn || story->caughtUp.contains(event.node))
                return;
            note(story);
            attached = true;
        };
        for (auto &story : m_stories)
            consider(story.get());
        for (auto &story : fresh)
            consider(story.get());
    }

    quint64 begun = 0;
    if (own) {
        note(own);
    } else if (!event.correlationId.isEmpty() || !attached) {
        auto story = std::make_unique<Story>();
        story->serial = m_nextSerial++;
        story->correlationId = event.correlationId;
        begun = story->serial;
        absorb(*story, event);
        if (!story->correlationId.isEmpty())
            m_byCorrelation.insert(story->correlationId, story.get());
        fresh.push_back(std::move(story));
    }
    m_mirror.push_back(begun);
}

void TimelineModel::absorb(Story &story, const TimelineEvent &event)
{
    story.incoming.push_back(event);
    if (story.screen.isEmpty())
        story.screen = event.screen;
    if (event.kind != TimelineEvent::Kind::RequestSent
        && event.kind != TimelineEvent::Kind::ResponseReceived
        && event.kind != TimelineEvent::Kind::RequestFailed)
        story.onlyRequests = false;
    switch (event.kind) {
    case TimelineEvent::Kind::UserAction:
        story.startedByPerson = true;
        break;
    case TimelineEvent::Kind::WriteAccepted:
        if (event.lsn >= 0)
            story.writeLsn = std::max(story.writeLsn, event.lsn);
        break;
    case TimelineEvent::Kind::ResponseReceived:
        if (event.lsn >= 0 && isWriteDetail(event.detail))
            story.writeLsn = std::max(story.writeLsn, event.lsn);
        break;
    case TimelineEvent::Kind::ReplicaApplied:
        if (!event.node.isEmpty())
            story.caughtUp.insert(event.node);
        break;
    default:
        if (const auto state = outcomeOfEvent(event.kind))
            story.settled = state;
        break;
    }
}

TimelineModel::Story *TimelineModel::storyBySerial(quint64 serial) const
{
    const auto it = std::lower_bound(
        m_stories.cbegin(), m_stories.cend(), serial,
        [](const std::unique_ptr<Story> &story, quint64 value) { return story->serial < value; });
    if (it == m_stories.cend() || (*it)->serial != serial)
        return nullptr;
    return it->get();
}

int TimelineModel::rowOf(const Story *story) const
{
    const auto it = std::lower_bound(
        m_stories.cbegin(), m_stories.cend(), story->serial,
        [](const std::unique_ptr<Story> &s, quint64 value) { return s->serial < value; });
    return storyCount() - 1 - static_cast<int>(it - m_stories.cbegin());
}

TimelineModel::Story *TimelineModel::storyAtRow(int row) const
{
    if (row < 0 || row >= storyCount())
        return nullptr;
    return m_stories[storyCount() - 1 - row].get();
}

QModelIndex TimelineModel::storyIndex(const QString &correlationId, int column) const
{
    const Story *story = m_byCorrelation.value(correlationId);
    if (!story || !storyBySerial(story->serial))
        return {};
    return index(rowOf(story), column);
}

QModelIndex TimelineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    // Steps carry their story's serial; stories carry 0.
    const Story *story = storyAtRow(parent.row());
    return story ? createIndex(row, column, quintptr(story->serial)) : QModelIndex();
}

QModelIndex TimelineModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    const Story *story = storyBySerial(child.internalId());
    return story ? createIndex(rowOf(story), 0, quintptr(0)) : QModelIndex();
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return storyCount();
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    const Story *story = storyAtRow(parent.row());
    return story ? static_cast<int>(story->steps.size()) : 0;
}

int TimelineModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool TimelineModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}
