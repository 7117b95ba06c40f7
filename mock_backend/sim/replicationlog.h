#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace mock {

// One committed write. Entries carry the full new state of what they changed (state-based
// replication), so applying them in LSN order reproduces the primary exactly.
struct LogEntry
{
    qint64 lsn = 0;
    QString kind; // "item", "photo", "details", "transfer"
    QJsonObject data;
    QString correlationId;
    QString clientId;
    qint64 atMs = 0;
};

// The primary's append-only log, in LSN order. The simulation numbers its entries 1, 2, 3…;
// a real store (PostgreSQL) gives each entry its WAL position after commit, with gaps.
class ReplicationLog
{
public:
    // The next number after the last entry; returns it.
    qint64 append(LogEntry entry);
    // An entry whose LSN the store assigned; it must be greater than lastLsn().
    qint64 appendCommitted(LogEntry entry);
    qint64 lastLsn() const { return m_entries.isEmpty() ? m_baseLsn : m_entries.last().lsn; }
    // Precondition: contains(lsn).
    const LogEntry &entry(qint64 lsn) const;
    // The first entry with an LSN above lsn, or nullptr.
    const LogEntry *firstAfter(qint64 lsn) const;
    // The last entry with an LSN of at most lsn, or nullptr.
    const LogEntry *lastUpTo(qint64 lsn) const;
    // Forgets every entry; lastLsn() is baseLsn until the next append.
    void clear(qint64 baseLsn = 0);

private:
    QList<LogEntry> m_entries;
    qint64 m_baseLsn = 0;
};

} // namespace mock
