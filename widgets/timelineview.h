#pragma once

#include <QTreeView>

// The session timeline as a tree: stories (one per user action) with their steps. Plain-word
// columns always; the technical columns (correlation id, LSN, node, HTTP status…) only on
// request. The newest story opens by itself so a facilitator sees what just happened without
// touching anything. Works with TimelineModel directly or through a filter proxy.
class TimelineView final : public QTreeView
{
    Q_OBJECT

public:
    explicit TimelineView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;

    bool technicalColumnsVisible() const { return m_technical; }
    void setTechnicalColumnsVisible(bool visible);
    // Whether a new story on top is expanded as it arrives (default on).
    void setFollowNewest(bool follow) { m_followNewest = follow; }

Q_SIGNALS:
    void technicalColumnsVisibleChanged(bool visible);

private:
    void applyColumnVisibility();
    void onRowsInserted(const QModelIndex &parent, int first, int last);

    bool m_technical = false;
    bool m_followNewest = true;
};
