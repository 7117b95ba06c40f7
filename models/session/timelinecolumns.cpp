// What each column and role of the timeline shows; the story structure and its updates live in
// timelinemodel.cpp.
#include "models/session/timelinemodel.h"

#include "models/sync/syncwords.h"

using namespace Qt::StringLiterals;

namespace {

QString sessionTime(qint64 ms)
{
    ms = std::max<qint64>(0, ms);
    return u"%1:%2"_s.arg(ms / 60000, 2, 10, QChar(u'0'))
        .arg((ms % 60000) / 1000.0, 4, 'f', 1, QChar(u'0'));
}

// "A. B. C." from parts that may already end their own sentence ("Saving…", "…declined the
// transfer."): never two full stops in a row.
QString sentences(const QStringList &parts)
{
    QString out;
    for (const QString &part : parts) {
        const QString trimmed = part.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (!out.isEmpty())
            out += u' ';
        out += trimmed;
        const QChar last = trimmed.back();
        if (last != u'.' && last != u'!' && last != u'?' && last != u'…')
            out += u'.';
    }
    return out;
}

} // namespace

QString TimelineModel::secondsText(qint64 ms)
{
    return tr("%L1 s").arg(std::max<qint64>(0, ms) / 1000.0, 0, 'f', 1);
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
    case IsBackgroundRole:
        return !story.startedByPerson && story.onlyRequests;
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (column == DescriptionColumn) {
            const QString words = outcome ? SyncWords::shortText(*outcome) : tr("No outcome");
            return sentences({titleOf(story), words, tr("Steps: %1").arg(story.steps.size())});
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
    case BackendTimeColumn:
        // The first moment the backend reported of this story.
        for (const TimelineEvent &step : story.steps) {
            if (step.backendAtMs >= 0)
                return sessionTime(step.backendAtMs);
        }
        return QString();
    }
    return {};
}

QVariant TimelineModel::stepData(const Story &story, const TimelineEvent &step, int stepRow,
                                 int column, int role) const
{
    const TimelineEvent &first = story.steps.front();
    const qint64 sinceStart = step.atMs - first.atMs;
    const auto stepOutcome = outcomeOfEvent(step.kind);
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
    case IsBackgroundRole:
        return !story.startedByPerson && story.onlyRequests;
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
    case BackendTimeColumn:
        return step.backendAtMs >= 0 ? sessionTime(step.backendAtMs) : QString();
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
        case BackendTimeColumn:
            return tr("Backend time");
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
        case BackendTimeColumn:
            return tr("The backend's own clock when it reported the step: in slow motion it falls "
                      "behind When, and it stands still while the backend is frozen");
        }
    }
    return {};
}
