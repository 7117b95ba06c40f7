#include "models/session/timelinemodel.h"

#include "models/sync/syncwords.h"

#include "models/session/sessionrecorder.h"

#include <QTimer>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace {

std::optional<SyncState> outcomeOfKind(TimelineEvent::Kind kind)
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

bool isWriteDetail(const QString &detail)
{
    // The recorder writes "METHOD /path" into a response's detail.
    return !detail.isEmpty() && !detail.startsWith("GET "_L1) && !detail.startsWith("HEAD "_L1);
}

QString sessionTime(qint64 ms)
{
    ms = std::max<qint64>(0, ms);
    return u"%1:%2"_s.arg(ms / 60000, 2, 10, QChar(u'0'))
        .arg((ms % 60000) / 1000.0, 4, 'f', 1, QChar(u'0'));
}

} // namespace

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
        if (const auto state = outcomeOfKind(event.kind))
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

QString TimelineModel::secondsText(qint64 ms)
{
    return tr("%1 s").arg(std::max<qint64>(0, ms) / 1000.0, 0, 'f', 1);
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() == 0) {
        const Story *story = storyAtRow(index.row());
        return story ? storyData(*story, index.column(), role) : QVariant();
    }
    const Story *story = storyBySerial(index.internalId());
    if (!story || index.row() >= static_cast<int>(story->steps.size()))
        return {};
    return stepData(*story, story->steps[static_cast<std::size_t>(index.row())], index.row(),
                    index.column(), role);
}

QString TimelineModel::titleOf(const Story &story)
{
    // A story is named by what the person did; failing that (control-room requests, the
    // backend's own events) by its first step that says more than "Request sent".
    const TimelineEvent *plain = nullptr;
    for (const TimelineEvent &step : story.steps) {
        if (step.kind == TimelineEvent::Kind::UserAction)
            return step.text;
        const bool plumbing = step.kind == TimelineEvent::Kind::RequestSent
            || step.kind == TimelineEvent::Kind::ResponseReceived
            || step.kind == TimelineEvent::Kind::RequestFailed;
        if (!plumbing && !plain)
            plain = &step;
    }
    if (plain)
        return plain->text;
    const TimelineEvent &first = story.steps.front();
    return first.detail.isEmpty() ? first.text : tr("%1 (%2)").arg(first.text, first.detail);
}

QVariant TimelineModel::storyData(const Story &story, int column, int role) const
{
    if (story.steps.empty())
        return {};
    const TimelineEvent &first = story.steps.front();
    const auto outcome = story.outcome();
    switch (role) {
    case CorrelationIdRole:
        return story.correlationId;
    case ScreenRole:
        return story.screen;
    case OutcomeRole:
        return outcome ? QVariant::fromValue(*outcome) : QVariant();
    case KindRole:
        return static_cast<int>(first.kind);
    case AtMsRole:
        return first.atMs;
    case IsStoryRole:
        return true;
    case LsnRole:
        return story.writeLsn;
    case NodeRole:
        return QString();
    case StepCountRole:
        return static_cast<int>(story.steps.size());
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (column == DescriptionColumn) {
            const QString words = outcome ? SyncWords::shortText(*outcome) : tr("No outcome");
            return tr("%1. %2. Steps: %3.").arg(titleOf(story), words).arg(story.steps.size());
        }
        break;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }

    switch (column) {
    case DescriptionColumn:
        return titleOf(story);
    case OutcomeColumn:
        return outcome ? SyncWords::shortText(*outcome) : QString();
    case TimeColumn:
        return sessionTime(first.atMs);
    case ScreenColumn:
        return story.screen;
    case CorrelationIdColumn:
        return story.correlationId;
    case KindColumn:
        return timelineKindName(first.kind);
    case NodeColumn:
        return QString();
    case LsnColumn:
        return story.writeLsn >= 0 ? QString::number(story.writeLsn) : QString();
    case StatusColumn:
        for (auto it = story.steps.crbegin(); it != story.steps.crend(); ++it) {
            if (it->httpStatus > 0)
                return QString::number(it->httpStatus);
        }
        return QString();
    case DetailColumn:
        return tr("Steps: %1").arg(story.steps.size());
    }
    return {};
}

QVariant TimelineModel::stepData(const Story &story, const TimelineEvent &step, int stepRow,
                                 int column, int role) const
{
    const TimelineEvent &first = story.steps.front();
    const qint64 sinceStart = step.atMs - first.atMs;
    const auto stepOutcome = outcomeOfKind(step.kind);
    switch (role) {
    case CorrelationIdRole:
        return step.correlationId;
    case ScreenRole:
        return step.screen.isEmpty() ? story.screen : step.screen;
    case OutcomeRole:
        // A step has a state only when it settles the story.
        return stepOutcome ? QVariant::fromValue(*stepOutcome) : QVariant();
    case KindRole:
        return static_cast<int>(step.kind);
    case AtMsRole:
        return step.atMs;
    case IsStoryRole:
        return false;
    case LsnRole:
        return step.lsn;
    case NodeRole:
        return step.node;
    case StepCountRole:
        return 0;
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        break;
    default:
        return {};
    }

    switch (column) {
    case DescriptionColumn:
        if (stepRow == 0)
            return step.text;
        if (first.kind == TimelineEvent::Kind::UserAction)
            return tr("%1 %2 after you tapped").arg(step.text, secondsText(sinceStart));
        return tr("%1 %2 later").arg(step.text, secondsText(sinceStart));
    case OutcomeColumn:
        return stepOutcome ? SyncWords::shortText(*stepOutcome) : QString();
    case TimeColumn:
        return stepRow == 0 ? sessionTime(step.atMs) : u"+"_s + secondsText(sinceStart);
    case ScreenColumn:
        return step.screen;
    case CorrelationIdColumn:
        return step.correlationId;
    case KindColumn:
        return timelineKindName(step.kind);
    case NodeColumn:
        return step.node;
    case LsnColumn:
        return step.lsn >= 0 ? QString::number(step.lsn) : QString();
    case StatusColumn:
        return step.httpStatus > 0 ? QString::number(step.httpStatus) : QString();
    case DetailColumn:
        return step.detail;
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case DescriptionColumn:
            return tr("What happened");
        case OutcomeColumn:
            return tr("Outcome");
        case TimeColumn:
            return tr("When");
        case ScreenColumn:
            return tr("Screen");
        case CorrelationIdColumn:
            return tr("Correlation id");
        case KindColumn:
            return tr("Kind");
        case NodeColumn:
            return tr("Node");
        case LsnColumn:
            return tr("LSN");
        case StatusColumn:
            return tr("HTTP");
        case DetailColumn:
            return tr("Detail");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case TimeColumn:
            return tr("Session time of the action; steps show the time since it");
        case CorrelationIdColumn:
            return tr("The X-Correlation-Id every request and event of this action carries");
        case LsnColumn:
            return tr("Log sequence number: the position of the write in the primary's log");
        case NodeColumn:
            return tr("Which server answered or caught up: primary or replica-n");
        case StatusColumn:
            return tr("HTTP status of the answer");
        }
    }
    return {};
}
