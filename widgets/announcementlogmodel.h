#pragma once

#include "widgets/statusannouncer.h"

#include <QAbstractTableModel>
#include <QDateTime>

// "What a screen reader would hear": every announcement with its time and politeness, oldest
// first, so facilitators and QA can see what was said and when.
class AnnouncementLogModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, PolitenessColumn, TextColumn, ColumnCount };
    enum Role { PolitenessRole = Qt::UserRole + 1, TimeRole };

    explicit AnnouncementLogModel(QObject *parent = nullptr);

    // Logs everything this announcer says from now on.
    void attach(StatusAnnouncer *announcer);
    void append(const QDateTime &time, const QString &text, StatusAnnouncer::Politeness politeness);
    void clear();
    void setMaximumRows(int rows) { m_maximumRows = rows; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString politenessLabel(StatusAnnouncer::Politeness politeness);

private:
    struct Entry
    {
        QDateTime time;
        QString text;
        StatusAnnouncer::Politeness politeness;
    };
    QList<Entry> m_entries;
    int m_maximumRows = 1000;
};
