#include "mock_backend/sim/replicationlog.h"

#include <algorithm>

namespace mock {

namespace {

bool lsnBelow(const LogEntry &entry, qint64 lsn)
{
    return entry.lsn < lsn;
}

} // namespace

qint64 ReplicationLog::append(LogEntry entry)
{
    entry.lsn = lastLsn() + 1;
    m_entries.append(std::move(entry));
    return m_entries.last().lsn;
}

qint64 ReplicationLog::appendCommitted(LogEntry entry)
{
    Q_ASSERT(entry.lsn > lastLsn());
    m_entries.append(std::move(entry));
    return m_entries.last().lsn;
}

const LogEntry &ReplicationLog::entry(qint64 lsn) const
{
    // The simulation's numbering needs no search.
    const qint64 index = lsn - 1 - m_baseLsn;
    if (index >= 0 && index < m_entries.size() && m_entries.at(index).lsn == lsn)
        return m_entries.at(index);
    const auto it = std::lower_bound(m_entries.begin(), m_entries.end(), lsn, lsnBelow);
    Q_ASSERT(it != m_entries.end() && it->lsn == lsn);
    return *it;
}

const LogEntry *ReplicationLog::firstAfter(qint64 lsn) const
{
    const auto it = std::lower_bound(m_entries.begin(), m_entries.end(), lsn + 1, lsnBelow);
    return it == m_entries.end() ? nullptr : &*it;
}

const LogEntry *ReplicationLog::lastUpTo(qint64 lsn) const
{
    const auto it = std::lower_bound(m_entries.begin(), m_entries.end(), lsn + 1, lsnBelow);
    return it == m_entries.begin() ? nullptr : &*(it - 1);
}

void ReplicationLog::clear(qint64 baseLsn)
{
    m_entries.clear();
    m_baseLsn = baseLsn;
}

} // namespace mock
