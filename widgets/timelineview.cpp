#include "widgets/timelineview.h"

#include "models/session/timelinemodel.h"
#include "widgets/syncbadgedelegate.h"

#include <QHeaderView>
#include <QScrollBar>

namespace {

// The outcome column shows the kit's badge (glyph and word) instead of the plain word, so the
// timeline reads like the screens; the word stays in the model for export and screen readers.
class OutcomeBadgeDelegate final : public SyncBadgeDelegate
{
public:
    explicit OutcomeBadgeDelegate(QObject *parent)
        : SyncBadgeDelegate(TimelineModel::OutcomeRole, -1, parent)
    {
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        SyncBadgeDelegate::initStyleOption(option, index);
        if (index.data(TimelineModel::OutcomeRole).isValid())
            option->text.clear();
    }
};

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QTreeView(parent)
{
    setObjectName(QStringLiteral("timelineView"));
    setAccessibleName(tr("Timeline"));
    setAccessibleDescription(
        tr("Every action of this session, newest first. Expand an action with the Right arrow "
           "key to read its steps."));
    setUniformRowHeights(true); // thousands of rows in a long workshop
    setAlternatingRowColors(true);
    setAllColumnsShowFocus(true);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setExpandsOnDoubleClick(true);
    setFocusPolicy(Qt::StrongFocus);
    setItemDelegateForColumn(TimelineModel::OutcomeColumn, new OutcomeBadgeDelegate(this));
    header()->setStretchLastSection(true);
    header()->setSectionsMovable(true);
}

void TimelineView::setModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = this->model())
        disconnect(old, nullptr, this, nullptr);
    QTreeView::setModel(model);
    if (!model)
        return;
    connect(model, &QAbstractItemModel::rowsInserted, this, &TimelineView::onRowsInserted);
    connect(model, &QAbstractItemModel::modelReset, this, &TimelineView::applyColumnVisibility);
    header()->resizeSection(TimelineModel::DescriptionColumn, 540);
    header()->resizeSection(TimelineModel::OutcomeColumn, 140);
    header()->resizeSection(TimelineModel::TimeColumn, 70);
    header()->resizeSection(TimelineModel::ScreenColumn, 90);
    header()->resizeSection(TimelineModel::CorrelationIdColumn, 120);
    header()->resizeSection(TimelineModel::KindColumn, 120);
    header()->resizeSection(TimelineModel::NodeColumn, 80);
    header()->resizeSection(TimelineModel::LsnColumn, 50);
    header()->resizeSection(TimelineModel::StatusColumn, 50);
    applyColumnVisibility();
    if (model->rowCount() > 0)
        expand(model->index(0, 0));
}

void TimelineView::setTechnicalColumnsVisible(bool visible)
{
    if (visible == m_technical)
        return;
    m_technical = visible;
    applyColumnVisibility();
    Q_EMIT technicalColumnsVisibleChanged(visible);
}

void TimelineView::applyColumnVisibility()
{
    if (!model())
        return;
    for (int column = TimelineModel::FirstTechnicalColumn; column < model()->columnCount();
         ++column)
        setColumnHidden(column, !m_technical);
    // The plain view fits its dock: the description takes what the outcome and time leave, so
    // nothing needs scrolling sideways. The technical columns are wide by nature and scroll.
    header()->setStretchLastSection(m_technical);
    header()->setSectionResizeMode(TimelineModel::DescriptionColumn,
                                   m_technical ? QHeaderView::Interactive : QHeaderView::Stretch);
    if (m_technical)
        header()->resizeSection(TimelineModel::DescriptionColumn, 540);
}

void TimelineView::onRowsInserted(const QModelIndex &parent, int first, int)
{
    // Only a new story on top, not steps arriving in older stories, and not while the person is
    // reading further down: their place is kept.
    if (!m_followNewest || parent.isValid() || first != 0)
        return;
    const QModelIndex newest = model()->index(0, 0);
    expand(newest);
    if (verticalScrollBar()->value() == verticalScrollBar()->minimum())
        scrollToTop();
}
