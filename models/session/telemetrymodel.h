#pragma once

#include <QAbstractTableModel>

class Telemetry;

// Telemetry as a table for the control room: one row per operation, durations as
// "p50 · p95 · max" and the counters people watch. Raw numbers are in roles for tests and sorting.
class TelemetryModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        OperationColumn,
        FeedbackColumn,
        ConfirmationColumn,
        RollbacksColumn,
        ConflictsColumn,
        UnknownColumn,
        FlickerColumn,
        OtherColumn, // screen-specific counters, "name: n" joined
        ColumnCount
    };
    enum Role {
        P50Role = Qt::UserRole + 1, // duration columns, ms (-1: none yet)
        P95Role,
        MaxRole,
        SampleCountRole,
        CountRole, // counter columns
    };

    explicit TelemetryModel(Telemetry *telemetry, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // "1.2 s", "340 ms", "—"
    static QString formatDuration(qint64 ms);

private:
    void onOperationAdded(const QString &operation);
    void onChanged(const QString &operation);

    Telemetry *m_telemetry;
    QStringList m_operations;
};
