#pragma once

#include <QDockWidget>

class LagChart;
class QDoubleSpinBox;
class QTableView;
class ReplicaLagSeries;
class Telemetry;
class TelemetryModel;

// The control room's numbers: per operation how long people waited and what went wrong, and the
// replicas' lag over the last minutes with an adjustable alarm line.
class TelemetryDock final : public QDockWidget
{
    Q_OBJECT

public:
    TelemetryDock(Telemetry *telemetry, ReplicaLagSeries *lag, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    LagChart *chart() const { return m_chart; }
    QDoubleSpinBox *thresholdSpin() const { return m_threshold; }

private:
    TelemetryModel *m_model;
    QTableView *m_table;
    LagChart *m_chart;
    QDoubleSpinBox *m_threshold;
};
