#include "models/session/telemetrymodel.h"

#include "models/session/telemetry.h"
#include "models/sync/syncwords.h"

using namespace Qt::StringLiterals;

TelemetryModel::TelemetryModel(Telemetry *telemetry, QObject *parent)
    : QAbstractTableModel(parent)
    , m_telemetry(telemetry)
    , m_operations(telemetry->operations())
{
    connect(telemetry, &Telemetry::operationAdded, this, &TelemetryModel::onOperationAdded);
    connect(telemetry, &Telemetry::changed, this, &TelemetryModel::onChanged);
    connect(telemetry, &Telemetry::cleared, this, [this] {
        beginResetModel();
        m_operations.clear();
        endResetModel();
    });
}

int TelemetryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_operations.size());
}

int TelemetryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TelemetryModel::formatDuration(qint64 ms)
{
    if (ms < 0)
        return u"—"_s;
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    return tr("%L1 s").arg(ms / 1000.0, 0, 'f', 1);
}

namespace {

bool differs(const Telemetry::OperationStats &s)
{
    return s.confirmationBackend.count > 0
        && (s.confirmationBackend.max != s.confirmation.max
            || s.confirmationBackend.p50 != s.confirmation.p50);
}

} // namespace

QVariant TelemetryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Telemetry::OperationStats s = m_telemetry->stats(m_operations.at(index.row()));
    const auto column = static_cast<Column>(index.column());

    if (column == FeedbackColumn || column == ConfirmationColumn) {
        const Telemetry::Durations &d = column == FeedbackColumn ? s.feedback : s.confirmation;
        // Where backend time ran differently, the confirmations carry it on a second line, so
        // the narrow dock shows both clocks without another column; "◔" is the slow-motion sign
        // of the status bar and the Backend time box, the tooltip says it in words.
        const bool withBackend = column == ConfirmationColumn && differs(s);
        const Telemetry::Durations &b = s.confirmationBackend;
        switch (role) {
        case Qt::DisplayRole: {
            if (d.count == 0)
                return u"—"_s;
            const QString wall = u"%1 · %2 · %3"_s.arg(formatDuration(d.p50), formatDuration(d.p95),
                                                       formatDuration(d.max));
            if (!withBackend)
                return wall;
            return QString(
                wall + u'\n'
                + tr("◔ %1 · %2 · %3")
                      .arg(formatDuration(b.p50), formatDuration(b.p95), formatDuration(b.max)));
        }
        case Qt::AccessibleTextRole:
        case Qt::ToolTipRole: {
            if (d.count == 0)
                return tr("No samples yet");
            const QString wall =
                tr("Median %1, 95th percentile %2, slowest %3. Samples: %4")
                    .arg(formatDuration(d.p50), formatDuration(d.p95), formatDuration(d.max))
                    .arg(d.count);
            if (!withBackend)
                return wall;
            return QString(
                wall + u' '
                + tr("On the backend's clock: median %1, 95th percentile %2, slowest %3.")
                      .arg(formatDuration(b.p50), formatDuration(b.p95), formatDuration(b.max)));
        }
        case P50Role:
            return d.p50;
        case P95Role:
            return d.p95;
        case MaxRole:
            return d.max;
        case SampleCountRole:
            return d.count;
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }

    if (column == OperationColumn) {
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return s.operation;
        return {};
    }

    if (column == OtherColumn) {
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::AccessibleTextRole)
            return {};
        QStringList parts;
        QStringList names = s.counters.keys();
        names.sort();
        for (const QString &name : std::as_const(names)) {
            if (name == Telemetry::Rollbacks || name == Telemetry::Conflicts
                || name == Telemetry::Unknown || name == Telemetry::Flicker)
                continue;
            parts.append(u"%1: %2"_s.arg(name).arg(s.counters.value(name)));
        }
        return parts.join(u"; "_s);
    }

    QString counter;
    switch (column) {
    case RollbacksColumn:
        counter = Telemetry::Rollbacks;
        break;
    case ConflictsColumn:
        counter = Telemetry::Conflicts;
        break;
    case UnknownColumn:
        counter = Telemetry::Unknown;
        break;
    case FlickerColumn:
        counter = Telemetry::Flicker;
        break;
    default:
        return {};
    }
    const qint64 n = s.counter(counter);
    switch (role) {
    case Qt::DisplayRole:
        return QString::number(n);
    case CountRole:
        return n;
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::AccessibleTextRole:
        return u"%1 %2"_s.arg(n).arg(headerData(column, Qt::Horizontal).toString());
    default:
        return {};
    }
}

QVariant TelemetryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case OperationColumn:
            return tr("Operation");
        case FeedbackColumn:
            // Two lines, so the column is as narrow as its numbers.
            return tr("Feedback\np50 · p95 · max");
        case ConfirmationColumn:
            return tr("Confirmed\np50 · p95 · max");
        case RollbacksColumn:
            return tr("Rollbacks");
        case ConflictsColumn:
            return tr("Conflicts");
        case UnknownColumn:
            // The sync state's name (docs/sync.md); its short word is "Checking…".
            return tr("Unknown");
        case FlickerColumn:
            return tr("Flicker");
        case OtherColumn:
            return tr("Other");
        }
    } else if (role == Qt::ToolTipRole) {
        switch (section) {
        case FeedbackColumn:
            return tr("Time from the tap until the person saw something happen");
        case ConfirmationColumn:
            return tr("Time from the tap until the server confirmed the change");
        case UnknownColumn:
            return tr("Writes whose outcome was unknown, so the app said “%1” and checked: a 503 "
                      "or other 5xx, a timeout or an answer that never came back")
                .arg(SyncWords::shortText(SyncState::Unknown));
        case FlickerColumn:
            return tr("Times a value on screen changed away and back again");
        case OtherColumn:
            return tr("Counts specific to one screen");
        }
    }
    return {};
}

void TelemetryModel::onOperationAdded(const QString &operation)
{
    const int row = static_cast<int>(m_operations.size());
    beginInsertRows({}, row, row);
    m_operations.append(operation);
    endInsertRows();
}

void TelemetryModel::onChanged(const QString &operation)
{
    const int row = static_cast<int>(m_operations.indexOf(operation));
    if (row < 0)
        return;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}
