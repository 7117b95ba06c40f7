#pragma once

#include "models/sync/syncstate.h"

#include <QSortFilterProxyModel>

#include <optional>

// Narrows the timeline to one screen and/or one outcome, with or without background requests. Only
// stories are filtered; a story that passes keeps all its steps.
class TimelineFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TimelineFilterModel(QObject *parent = nullptr);

    QString screenFilter() const { return m_screen; }
    // Empty shows every screen.
    void setScreenFilter(const QString &screen);
    std::optional<SyncState> outcomeFilter() const { return m_outcome; }
    // nullopt shows every outcome (also stories without one).
    void setOutcomeFilter(std::optional<SyncState> outcome);
    bool showsBackground() const { return m_background; }
    // Background stories (TimelineModel::IsBackgroundRole) are shown only when asked for; the
    // timeline dock hides them by default so the person's own actions are not crowded out.
    void setShowBackground(bool show);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_screen;
    std::optional<SyncState> m_outcome;
    bool m_background = true;
};
