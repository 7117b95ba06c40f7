#include "widgets/announcementlogmodel.h"

using namespace Qt::StringLiterals;

AnnouncementLogModel::AnnouncementLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AnnouncementLogModel::attach(StatusAnnouncer *announcer)
{
    connect(announcer, &StatusAnnouncer::announced, this,
            [this](const QString &text, StatusAnnouncer::Politeness politeness) {
                append(QDateTime::currentDateTime(), text, politeness);
            });
}

void AnnouncementLogModel::append(const QDateTime &time, const QString &text,
                                  StatusAnnouncer::Politeness politeness)
{
    if (m_entries.size() >= m_maximumRows) {
        beginRemoveRows({}, 0, 0);
        m_entries.removeFirst();
        endRemoveRows();
    }
    const int row = static_cast<int>(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append({time, text, politeness});
    endInsertRows();
}

void AnnouncementLogModel::clear()
{
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

int AnnouncementLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AnnouncementLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AnnouncementLogModel::politenessLabel(StatusAnnouncer::Politeness politeness)
{
    return politeness == StatusAnnouncer::Politeness::Assertive ? tr("Assertive") : tr("Polite");
}

QVariant AnnouncementLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = m_entries.at(index.row());
    if (role == PolitenessRole)
        return QVariant::fromValue(e.politeness);
    if (role == TimeRole)
        return e.time;
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case TimeColumn:
        return e.time.toString(u"HH:mm:ss.zzz"_s);
    case PolitenessColumn:
        return politenessLabel(e.politeness);
    case TextColumn:
        return e.text;
    default:
        return {};
    }
}

QVariant AnnouncementLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case PolitenessColumn:
        return tr("Politeness");
    case TextColumn:
        return tr("Announcement");
    default:
        return {};
    }
}
