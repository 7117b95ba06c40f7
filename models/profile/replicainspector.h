#pragma once

#include "models/client/dto.h"
#include "models/profile/profileread.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <optional>

class ApiCall;
class ApiClient;

// What the inspector beside the photo shows, for workshops and QA: this session's read-your-writes
// token, each node's applied LSN and lag (from /health), which node served the last read, and one
// plain-words line of what just happened ("Replica 2 was 1.4 s behind; it served your old photo").
// Rows: the primary first, then the replicas in id order.
class ReplicaInspector final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NodeColumn,
        AppliedLsnColumn,
        LagColumn,
        OwnWriteColumn,
        LastReadColumn,
        ColumnCount
    };
    enum Role {
        NodeNameRole = Qt::UserRole, // "primary", "replica-2" (as X-Served-By says)
        AppliedLsnRole,
        LagMsRole,
        HasOwnWriteRole, // bool; invalid when the session wrote nothing yet
        ServedLastReadRole, // bool
        PausedRole,
    };

    explicit ReplicaInspector(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setHealth(const Health &health);
    void setToken(qint64 token);
    void noteRead(const ProfileRead &read);
    void clearExplanation();

    bool hasHealth() const { return m_health.has_value(); }
    qint64 token() const { return m_token; }
    qint64 primaryLsn() const { return m_health ? m_health->primaryLsn : -1; }
    QString lastServedBy() const { return m_lastRead ? m_lastRead->servedBy : QString(); }
    std::optional<ProfileRead> lastRead() const { return m_lastRead; }
    QString explanation() const { return m_explanation; }
    // The lag the inspector last heard of for a node name; 0 for the primary, -1 when unknown.
    qint64 lagOf(const QString &servedBy) const;

    // Keeps the numbers fresh by asking /health every interval (quiet requests).
    void watch(ApiClient *api, std::chrono::milliseconds interval);
    void refresh();

    // The plain-words line for one read; lagMs is how far behind the serving node was.
    static QString explain(const ProfileRead &read, qint64 lagMs);
    // "Replica 2", "The primary"; capitalised for the start of a sentence.
    static QString nodeTitle(const QString &servedBy);
    // "1.4 s"
    static QString formatLag(qint64 ms);
    // The photo cache's strategy in words ("Expires after a while (TTL)"); key as the backend
    // names it.
    static QString cacheStrategyTitle(const QString &key);
    // What the cache in front of this read did; empty when no cache answered.
    static QString explainCache(const ProfileRead &read);

Q_SIGNALS:
    // Token, last read or explanation changed (the table has its own signals).
    void summaryChanged();

private:
    // explain() without the cache: what the node that served the read had.
    static QString explainDatabase(const ProfileRead &read, qint64 lagMs);

    struct Row
    {
        QString name;
        qint64 appliedLsn = 0;
        qint64 lagMs = 0;
        bool paused = false;
    };
    Row rowAt(int row) const;

    std::optional<Health> m_health;
    qint64 m_token = 0;
    std::optional<ProfileRead> m_lastRead;
    QString m_explanation;
    QPointer<ApiClient> m_api;
    QPointer<ApiCall> m_healthCall;
    QTimer m_refreshTimer;
};
