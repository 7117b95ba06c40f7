#include "mock_backend/sim/backendtime.h"

namespace mock {

BackendTime::BackendTime(const Clock &wall)
    : m_clock(wall)
{
}

void BackendTime::schedule(qint64 atMs, Kind kind, quint64 requestId)
{
    m_due.emplace(atMs, Entry {kind, requestId});
}

std::vector<std::pair<BackendTime::Kind, quint64>> BackendTime::takeDue()
{
    std::vector<std::pair<Kind, quint64>> due;
    const qint64 now = m_clock.nowMs();
    while (!m_due.empty() && m_due.begin()->first <= now) {
        due.emplace_back(m_due.begin()->second.kind, m_due.begin()->second.requestId);
        m_due.erase(m_due.begin());
    }
    return due;
}

void BackendTime::forgetLeadingUnless(const std::function<bool(quint64)> &waiting)
{
    while (!m_due.empty() && !waiting(m_due.begin()->second.requestId))
        m_due.erase(m_due.begin());
}

std::optional<BackendTime::Due> BackendTime::next(std::optional<Due> simulationWake) const
{
    if (m_due.empty())
        return simulationWake;
    const Due mine {m_due.begin()->first, kindName(m_due.begin()->second.kind)};
    if (simulationWake && simulationWake->atMs < mine.atMs)
        return simulationWake;
    return mine;
}

std::optional<BackendTime::Due> BackendTime::step(std::optional<Due> simulationWake)
{
    const auto due = next(std::move(simulationWake));
    if (due)
        m_clock.stepTo(due->atMs);
    return due;
}

QString BackendTime::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Answer:
        return QStringLiteral("answer");
    case Kind::WaitDeadline:
        return QStringLiteral("wait_deadline");
    }
    return {};
}

} // namespace mock
