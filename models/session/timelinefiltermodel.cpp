#include "models/session/timelinefiltermodel.h"

#include "models/session/timelinemodel.h"

TimelineFilterModel::TimelineFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // The outcome of a story moves as steps arrive; let the filter follow.
    setDynamicSortFilter(true);
}

void TimelineFilterModel::setScreenFilter(const QString &screen)
{
    if (screen == m_screen)
        return;
    m_screen = screen;
    invalidateFilter();
}

void TimelineFilterModel::setOutcomeFilter(std::optional<SyncState> outcome)
{
    if (outcome == m_outcome)
        return;
    m_outcome = outcome;
    invalidateFilter();
}

void TimelineFilterModel::setShowBackground(bool show)
{
    if (show == m_background)
        return;
    m_background = show;
    invalidateFilter();
}

bool TimelineFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return true;
    const QModelIndex story = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_background && story.data(TimelineModel::IsBackgroundRole).toBool())
        return false;
    if (!m_screen.isEmpty() && story.data(TimelineModel::ScreenRole).toString() != m_screen)
        return false;
    if (m_outcome) {
        const QVariant outcome = story.data(TimelineModel::OutcomeRole);
        if (!outcome.isValid() || outcome.value<SyncState>() != *m_outcome)
            return false;
    }
    return true;
}
