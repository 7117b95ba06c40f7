#pragma once

#include <QDockWidget>

class LagChart;
class QComboBox;
class QDoubleSpinBox;
class QTableView;
class ReplicaLagSeries;
class Telemetry;
class TelemetryModel;
class TelemetryPaneFilter;

// The control room's numbers: per operation what went wrong (rollbacks, conflicts, outcomes
// unknown, flicker) and how long people waited, as two tables over one model so that both fit the
// dock's default width without scrolling sideways; and the replicas' lag over the last minutes
// with an adjustable alarm line. Side by side, the tables can show one pane's rows.
class TelemetryDock final : public QDockWidget
{
    Q_OBJECT

public:
    TelemetryDock(Telemetry *telemetry, ReplicaLagSeries *lag, QWidget *parent = nullptr);

    // Feedback and confirmation times per operation.
    QTableView *table() const { return m_table; }
    // Rollbacks, conflicts, outcomes unknown, flicker and screen-specific counts per operation.
    QTableView *problemsTable() const { return m_problems; }
    LagChart *chart() const { return m_chart; }
    QDoubleSpinBox *thresholdSpin() const { return m_threshold; }
    // All panes, or the left or right pane's rows of a split view.
    QComboBox *paneFilter() const { return m_panes; }

private:
    TelemetryModel *m_model;
    TelemetryPaneFilter *m_paneFilter;
    QComboBox *m_panes;
    QTableView *m_table;
    QTableView *m_problems;
    LagChart *m_chart;
    QDoubleSpinBox *m_threshold;
};
