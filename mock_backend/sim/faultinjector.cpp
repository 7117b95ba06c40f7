#include "mock_backend/sim/faultinjector.h"

#include "mock_backend/sim/seededrandom.h"

#include <QJsonArray>

namespace mock {

void FaultInjector::failTimes(const QString &routeKey, int count, Action action)
{
    if (count <= 0)
        m_failTimes.erase(routeKey);
    else
        m_failTimes[routeKey] = {count, action};
}

void FaultInjector::clearOneShots()
{
    m_failNext = {};
    m_failTimes.clear();
}

FaultInjector::Action FaultInjector::decide(const QString &routeKey, bool isWrite,
                                            SeededRandom &random)
{
    const double roll = random.uniform01();
    // A lost response only makes sense after a commit; for reads it becomes an error.
    const auto fit = [isWrite](Action a) {
        const bool afterCommit = a == Action::LoseResponse || a == Action::ErrorAfterCommit;
        return (afterCommit && !isWrite) ? Action::Error : a;
    };
    const auto route = m_failTimes.find(routeKey);
    if (route != m_failTimes.end()) {
        const Action action = route->second.action;
        if (--route->second.remaining <= 0)
            m_failTimes.erase(route);
        return fit(action);
    }
    if (m_failNext.remaining > 0) {
        --m_failNext.remaining;
        return fit(m_failNext.action);
    }
    if (roll < m_rates.errorRate)
        return Action::Error;
    if (roll < m_rates.errorRate + m_rates.hangRate)
        return Action::Hang;
    if (isWrite && roll < m_rates.errorRate + m_rates.hangRate + m_rates.lostResponseRate)
        return Action::LoseResponse;
    return Action::None;
}

QJsonObject FaultInjector::oneShotsJson() const
{
    QJsonArray routes;
    for (const auto &[key, shot] : m_failTimes) {
        routes.append(QJsonObject {{QStringLiteral("route"), key},
                                   {QStringLiteral("remaining"), shot.remaining},
                                   {QStringLiteral("mode"), actionName(shot.action)}});
    }
    return {
        {QStringLiteral("failNext"),
         QJsonObject {{QStringLiteral("remaining"), m_failNext.remaining},
                      {QStringLiteral("mode"), actionName(m_failNext.action)}}},
        {QStringLiteral("failTimes"), routes},
    };
}

QString FaultInjector::actionName(Action action)
{
    switch (action) {
    case Action::None:
        return QStringLiteral("none");
    case Action::Error:
        return QStringLiteral("error");
    case Action::Hang:
        return QStringLiteral("hang");
    case Action::LoseResponse:
        return QStringLiteral("lost");
    case Action::ErrorAfterCommit:
        return QStringLiteral("error_after_commit");
    }
    return {};
}

bool FaultInjector::actionFromName(const QString &name, Action *out)
{
    for (auto a : {Action::Error, Action::Hang, Action::LoseResponse, Action::ErrorAfterCommit}) {
        if (actionName(a) == name) {
            *out = a;
            return true;
        }
    }
    return false;
}

} // namespace mock
