#pragma once

#include <QSortFilterProxyModel>

#include <optional>

#include "app/split/screensplit.h"

// Narrows the telemetry tables to one split-view pane: a pane's rows are named by its title
// ("favorite · Right · Optimistic with rollback", PaneSession::measured).
class TelemetryPaneFilter final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    // nullopt shows every row, the screens' own (one pane) among them.
    void setPane(std::optional<ScreenSplit::Side> pane);
    std::optional<ScreenSplit::Side> pane() const { return m_pane; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    std::optional<ScreenSplit::Side> m_pane;
    QString m_marker;
};
