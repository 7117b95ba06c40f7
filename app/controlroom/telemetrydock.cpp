#include "app/controlroom/telemetrydock.h"

#include "app/controlroom/telemetrypanefilter.h"
#include "models/session/replicalagseries.h"
#include "models/session/telemetrymodel.h"
#include "widgets/focuscurrentrow.h"
#include "widgets/lagchart.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// The counts' headers in full when the table is wide enough for them; narrower, the counts share
// the width (headers elided, full in their tooltips) so the table never scrolls sideways.
// Screen-specific counts can be long; they take what is left and show in full as a tooltip.
class CountColumnsFitter : public QObject
{
public:
    explicit CountColumnsFitter(QTableView *table)
        : QObject(table)
        , m_table(table)
    {
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Resize)
            fit(static_cast<QWidget *>(watched)->width());
        return false;
    }

private:
    void fit(int width)
    {
        QHeaderView *header = m_table->horizontalHeader();
        const int counts[] = {TelemetryModel::RollbacksColumn, TelemetryModel::ConflictsColumn,
                              TelemetryModel::UnknownColumn, TelemetryModel::FlickerColumn};
        int needed =
            header->sectionSizeHint(TelemetryModel::OperationColumn) + header->minimumSectionSize();
        for (const int column : counts)
            needed += header->sectionSizeHint(column);
        const auto mode = width >= needed ? QHeaderView::ResizeToContents : QHeaderView::Stretch;
        for (const int column : counts)
            header->setSectionResizeMode(column, mode);
        header->setSectionResizeMode(TelemetryModel::OtherColumn, QHeaderView::Stretch);
    }

    QTableView *m_table;
};

} // namespace

TelemetryDock::TelemetryDock(Telemetry *telemetry, ReplicaLagSeries *lag, QWidget *parent)
    : QDockWidget(tr("Telemetry"), parent)
    , m_model(new TelemetryModel(telemetry, this))
    , m_paneFilter(new TelemetryPaneFilter(this))
    , m_panes(new QComboBox)
    , m_table(new QTableView)
    , m_problems(new QTableView)
    , m_chart(new LagChart)
    , m_threshold(new QDoubleSpinBox)
{
    setObjectName(u"telemetryDock"_s); // saved layouts find the dock by this name

    m_paneFilter->setSourceModel(m_model);
    const auto setUp = [this](QTableView *table, const QList<int> &columns) {
        table->setModel(m_paneFilter);
        table->verticalHeader()->hide();
        table->setAlternatingRowColors(true);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setWordWrap(false);
        // Tab leaves the table instead of walking its cells.
        table->setTabKeyNavigation(false);
        FocusCurrentRow::install(table);
        for (int c = 0; c < TelemetryModel::ColumnCount; ++c)
            table->setColumnHidden(c, !columns.contains(c));
        QHeaderView *header = table->horizontalHeader();
        header->setSectionResizeMode(QHeaderView::ResizeToContents);
        header->setStretchLastSection(true);
        header->setTextElideMode(Qt::ElideRight);
        table->setTextElideMode(Qt::ElideRight);
    };

    m_problems->setObjectName(u"telemetryProblems"_s);
    m_problems->setAccessibleName(tr("What went wrong per operation"));
    m_problems->setAccessibleDescription(
        tr("For each kind of operation: how often it was rolled back, conflicted, had an unknown "
           "outcome that had to be checked, or flickered, and counts specific to one screen"));
    setUp(m_problems,
          {TelemetryModel::OperationColumn, TelemetryModel::RollbacksColumn,
           TelemetryModel::ConflictsColumn, TelemetryModel::UnknownColumn,
           TelemetryModel::FlickerColumn, TelemetryModel::OtherColumn});
    m_problems->horizontalHeader()->setStretchLastSection(false);
    m_problems->viewport()->installEventFilter(new CountColumnsFitter(m_problems));
    m_problems->horizontalHeader()->setMinimumSectionSize(
        m_problems->fontMetrics().horizontalAdvance(u"Other"_s) + 12);

    m_table->setObjectName(u"telemetryTable"_s);
    m_table->setAccessibleName(tr("Waiting per operation"));
    m_table->setAccessibleDescription(
        tr("For each kind of operation: time to visible feedback and to confirmation as median, "
           "95th percentile and slowest"));
    setUp(m_table,
          {TelemetryModel::OperationColumn, TelemetryModel::FeedbackColumn,
           TelemetryModel::ConfirmationColumn});
    // Once backend time ran differently (slow motion, freeze), "Confirmed" gets a second line
    // with the backend's clock: rows grow to fit it rather than the table growing sideways.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_chart->setSeries(lag);

    m_threshold->setObjectName(u"lagThreshold"_s);
    m_threshold->setAccessibleName(tr("Lag alarm threshold in seconds"));
    m_threshold->setRange(0.5, 120.0);
    m_threshold->setSingleStep(0.5);
    m_threshold->setDecimals(1);
    m_threshold->setSuffix(tr(" s"));
    m_threshold->setValue(lag->thresholdMs() / 1000.0);
    connect(m_threshold, &QDoubleSpinBox::valueChanged, lag,
            [lag](double seconds) { lag->setThresholdMs(std::llround(seconds * 1000.0)); });
    connect(lag, &ReplicaLagSeries::thresholdChanged, m_threshold, [this](qint64 ms) {
        const QSignalBlocker blocker(m_threshold);
        m_threshold->setValue(ms / 1000.0);
    });

    auto *heading = new QLabel(tr("Replica lag"));
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    auto *thresholdLabel = new QLabel(tr("&Alarm above:"));
    thresholdLabel->setBuddy(m_threshold);
    auto *bar = new QHBoxLayout;
    bar->addWidget(heading);
    bar->addStretch(1);
    bar->addWidget(thresholdLabel);
    bar->addWidget(m_threshold);

    auto *lagPanel = new QWidget;
    auto *lagLayout = new QVBoxLayout(lagPanel);
    lagLayout->setContentsMargins(0, 0, 0, 0);
    lagLayout->addLayout(bar);
    lagLayout->addWidget(m_chart, 1);

    auto *splitter = new QSplitter(Qt::Vertical);
    splitter->setObjectName(u"telemetrySplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_problems);
    splitter->addWidget(m_table);
    splitter->addWidget(lagPanel);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 0);
    splitter->setStretchFactor(2, 1);

    // Side by side, each pane has rows of its own; one pane's alone is a choice away.
    m_panes->setObjectName(u"telemetryPaneFilter"_s);
    m_panes->setAccessibleName(tr("Show pane"));
    m_panes->addItem(tr("All panes"), -1);
    m_panes->addItem(tr("Left pane"), int(ScreenSplit::Side::Left));
    m_panes->addItem(tr("Right pane"), int(ScreenSplit::Side::Right));
    connect(m_panes, &QComboBox::currentIndexChanged, this, [this] {
        const int side = m_panes->currentData().toInt();
        m_paneFilter->setPane(side < 0 ? std::nullopt
                                       : std::optional(static_cast<ScreenSplit::Side>(side)));
    });
    auto *paneLabel = new QLabel(tr("&Pane:"));
    paneLabel->setBuddy(m_panes);
    auto *paneBar = new QHBoxLayout;
    paneBar->addWidget(paneLabel);
    paneBar->addWidget(m_panes);
    paneBar->addStretch(1);

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(paneBar);
    layout->addWidget(splitter);
    setWidget(content);
}
