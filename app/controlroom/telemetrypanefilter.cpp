#include "app/controlroom/telemetrypanefilter.h"

#include "models/session/telemetrymodel.h"

using namespace Qt::StringLiterals;

void TelemetryPaneFilter::setPane(std::optional<ScreenSplit::Side> pane)
{
    if (pane == m_pane)
        return;
    m_pane = pane;
    // " · Left · ": the pane's title as it follows the operation, in the app's language.
    m_marker = pane ? u" · "_s + ScreenSplit::paneTitle(*pane) : QString();
    invalidateFilter();
}

bool TelemetryPaneFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_marker.isEmpty())
        return true;
    const QModelIndex operation =
        sourceModel()->index(sourceRow, TelemetryModel::OperationColumn, sourceParent);
    return operation.data(Qt::DisplayRole).toString().contains(m_marker);
}
