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

// The primary's append-only log; LSNs start at 1 and have no gaps.
class ReplicationLog
{
public:
    qint64 append(LogEntry entry);
    qint64 lastLsn() const { return static_cast<qint64>(m_entries.size()); }
    // Precondition: 1 ≤ lsn ≤ lastLsn().
    const LogEntry &entry(qint64 lsn) const { return m_entries.at(lsn - 1); }
    void clear() { m_entries.clear(); }

private:
    QList<LogEntry> m_entries;
};

} // namespace mock
