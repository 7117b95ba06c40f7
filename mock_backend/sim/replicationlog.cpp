#include "mock_backend/sim/replicationlog.h"

namespace mock {

qint64 ReplicationLog::append(LogEntry entry)
{
    entry.lsn = lastLsn() + 1;
    m_entries.append(std::move(entry));
    return m_entries.size();
}

} // namespace mock
