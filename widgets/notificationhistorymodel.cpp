#include "widgets/notificationhistorymodel.h"

#include "widgets/glyphpainter.h"
#include "widgets/syncstatestyle.h"
#include "widgets/toast.h"
#include "widgets/toaststyle.h"

#include <QIcon>

using namespace Qt::StringLiterals;

NotificationHistoryModel::NotificationHistoryModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int NotificationHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

namespace {

QString statusText(NotificationHistoryModel::Status status, ToastSpec::Action action,
                   const QString &outcome)
{
    if (!outcome.isEmpty()) {
        if (status == NotificationHistoryModel::Status::ActionTaken)
            return NotificationHistoryModel::tr("%1 done · %2")
                .arg(Toast::actionLabel(action), outcome);
        return outcome;
    }
    if (status == NotificationHistoryModel::Status::ActionTaken)
        return NotificationHistoryModel::tr("%1 done").arg(Toast::actionLabel(action));
    if (action != ToastSpec::Action::None)
        return NotificationHistoryModel::tr("%1 available").arg(Toast::actionLabel(action));
    if (status == NotificationHistoryModel::Status::Dismissed)
        return NotificationHistoryModel::tr("Dismissed");
    return {};
}

} // namespace

QVariant NotificationHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    // Dismissing or missing a toast does not lose its action: only using it does.
    const bool actionAvailable = e.spec.action != ToastSpec::Action::None
        && e.status != Status::ActionTaken && e.status != Status::Resolved;
    switch (role) {
    case Qt::DisplayRole: {
        QString line = e.time.toString(u"HH:mm:ss"_s) + u"  "_s + e.spec.text;
        if (e.count > 1)
            line += u"  ×%1"_s.arg(e.count);
        const QString status = statusText(e.status, e.spec.action, e.outcome);
        if (!status.isEmpty())
            line += u"  · "_s + status;
        return line;
    }
    case Qt::AccessibleTextRole: {
        QString line = Toast::styleLabel(e.spec.style) + u": "_s + e.spec.text;
        if (e.count > 1)
            line += u" "_s + tr("(%n time(s))", nullptr, e.count);
        return line;
    }
    case Qt::AccessibleDescriptionRole:
    case Qt::ToolTipRole: {
        const QString status = statusText(e.status, e.spec.action, e.outcome);
        const QString time = e.time.toString(u"HH:mm:ss"_s);
        return status.isEmpty() ? time : time + u", "_s + status;
    }
    case Qt::DecorationRole: {
        // A selected row is drawn on Highlight: the tone would lose its contrast there.
        const Glyph glyph = ToastStyle::glyph(e.spec.style);
        QIcon icon(GlyphPainter::pixmap(
            glyph, SyncStateStyle::toneColor(ToastStyle::tone(e.spec.style), m_palette), 16));
        icon.addPixmap(GlyphPainter::pixmap(glyph, m_palette.color(QPalette::HighlightedText), 16),
                       QIcon::Selected);
        return icon;
    }
    case IdRole:
        return e.id;
    case StyleRole:
        return static_cast<int>(e.spec.style);
    case TextRole:
        return e.spec.text;
    case ActionRole:
        return static_cast<int>(e.spec.action);
    case ActionLabelRole:
        return Toast::actionLabel(e.spec.action);
    case ActionAvailableRole:
        return actionAvailable;
    case CountRole:
        return e.count;
    case StatusRole:
        return QVariant::fromValue(e.status);
    case TimeRole:
        return e.time;
    case OutcomeRole:
        return e.outcome;
    default:
        return {};
    }
}

QHash<int, QByteArray> NotificationHistoryModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "notificationId");
    names.insert(StyleRole, "style");
    names.insert(TextRole, "text");
    names.insert(ActionRole, "action");
    names.insert(ActionLabelRole, "actionLabel");
    names.insert(ActionAvailableRole, "actionAvailable");
    names.insert(CountRole, "count");
    names.insert(StatusRole, "status");
    names.insert(TimeRole, "time");
    names.insert(OutcomeRole, "outcome");
    return names;
}

void NotificationHistoryModel::add(int id, const ToastSpec &spec, const QDateTime &time)
{
    beginInsertRows({}, 0, 0);
    m_entries.prepend(Entry {id, spec, time, 1, Status::Open, {}});
    endInsertRows();
    if (m_entries.size() > m_maximumRows) {
        const int first = m_maximumRows;
        const int last = static_cast<int>(m_entries.size()) - 1;
        QList<int> dropped;
        for (int row = first; row <= last; ++row)
            dropped.append(m_entries.at(row).id);
        beginRemoveRows({}, first, last);
        m_entries.remove(first, last - first + 1);
        endRemoveRows();
        emit forgotten(dropped);
    }
}

void NotificationHistoryModel::merged(int id, int count, const QDateTime &time)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    m_entries[row].count = count;
    m_entries[row].time = time;
    m_entries[row].status = Status::Open;
    m_entries[row].outcome.clear();
    // A repeat is news again: move it to the top, where the newest are.
    if (row > 0) {
        beginMoveRows({}, row, row, {}, 0);
        m_entries.move(row, 0);
        endMoveRows();
    }
    emit dataChanged(index(0), index(0));
}

void NotificationHistoryModel::setStatus(int id, Status status)
{
    const int row = rowOf(id);
    if (row < 0 || m_entries.at(row).status == status)
        return;
    m_entries[row].status = status;
    emit dataChanged(index(row), index(row));
}

void NotificationHistoryModel::resolve(int id, const QString &outcome)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    Entry &e = m_entries[row];
    // A used action stays on record ("Retry done · Saved").
    if (e.status != Status::ActionTaken)
        e.status = Status::Resolved;
    e.outcome = outcome;
    emit dataChanged(index(row), index(row));
}

bool NotificationHistoryModel::isActionAvailable(int id) const
{
    const int row = rowOf(id);
    return row >= 0 && data(index(row), ActionAvailableRole).toBool();
}

int NotificationHistoryModel::rowOf(int id) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == id)
            return row;
    }
    return -1;
}

void NotificationHistoryModel::setPalette(const QPalette &palette)
{
    m_palette = palette;
    if (!m_entries.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1), {Qt::DecorationRole});
}

int NotificationHistoryModel::idAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row).id : -1;
}

void NotificationHistoryModel::clear()
{
    if (m_entries.isEmpty())
        return;
    QList<int> ids;
    for (const Entry &e : std::as_const(m_entries))
        ids.append(e.id);
    beginResetModel();
    m_entries.clear();
    endResetModel();
    emit forgotten(ids);
}
