#pragma once

#include "widgets/toastspec.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QPalette>

// Every toast ever shown, newest first, so nothing shown briefly is lost. Merged repeats update
// their row's count and time. The action stays reachable here until it is used.
class NotificationHistoryModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    // Resolved: what the toast was about ended by itself (the save went through after all, the
    // connection came back); the toast was withdrawn and its action is gone.
    enum class Status { Open, ActionTaken, Dismissed, Expired, Resolved };
    Q_ENUM(Status)

    enum Role {
        IdRole = Qt::UserRole + 1,
        StyleRole,
        TextRole,
        ActionRole, // ToastSpec::Action as int
        ActionLabelRole,
        ActionAvailableRole, // bool: the action can still be taken
        CountRole,
        StatusRole,
        TimeRole,
        OutcomeRole, // how its subject ended ("Saved"), empty while open
    };

    explicit NotificationHistoryModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void add(int id, const ToastSpec &spec, const QDateTime &time);
    void merged(int id, int count, const QDateTime &time);
    void setStatus(int id, Status status);
    // The subject ended: the row says how, and its action is no longer offered.
    void resolve(int id, const QString &outcome);
    bool isActionAvailable(int id) const;
    int rowOf(int id) const;
    int idAt(int row) const;
    void clear();
    void setMaximumRows(int rows) { m_maximumRows = rows; }
    // Icons are tinted for this palette (the panel passes its own).
    void setPalette(const QPalette &palette);

signals:
    // Rows dropped because the history is full, or cleared; their actions are gone.
    void forgotten(const QList<int> &ids);

private:
    struct Entry
    {
        int id;
        ToastSpec spec;
        QDateTime time;
        int count = 1;
        Status status = Status::Open;
        QString outcome;
    };
    QList<Entry> m_entries; // newest first
    int m_maximumRows = 200;
    QPalette m_palette;
};
