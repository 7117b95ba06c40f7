#include "mock_backend/sim/faultinjector.h"

#include "mock_backend/sim/seededrandom.h"

#include <QJsonArray>

namespace mock {

void FaultInjector::failTimes(const QString &routeKey, int count, Action action)
{
    if (count <= 0)
        m_failTimes.erase(routeKey);
    else
        m_failTimes[routeKey] = {count, action, Target::AnyRequest};
}

void FaultInjector::clearOneShots()
{
    m_failNext = {};
    m_failTimes.clear();
    m_used.clear();
}

FaultInjector::Action FaultInjector::use(OneShot &shot, const Request &request, const QString &by)
{
    --shot.remaining;
    m_used.push_back({request, shot.action, by});
    if (static_cast<int>(m_used.size()) > usedCapacity)
        m_used.pop_front();
    return shot.action;
}

FaultInjector::Decision FaultInjector::decide(const Request &request, SeededRandom &random)
{
    const double roll = random.uniform01();
    if (request.housekeeping)
        return {};
    // A lost response only makes sense after a commit; for reads it becomes an error.
    const auto fit = [&request](Action a) {
        const bool afterCommit = a == Action::LoseResponse || a == Action::ErrorAfterCommit;
        return (afterCommit && !request.isWrite) ? Action::Error : a;
    };
    const auto route = m_failTimes.find(request.routeKey);
    if (route != m_failTimes.end()) {
        const Action action = use(route->second, request, QStringLiteral("failTimes"));
        if (route->second.remaining <= 0)
            m_failTimes.erase(route);
        return {fit(action), true};
    }
    if (m_failNext.remaining > 0 && (request.isWrite || m_failNext.target == Target::AnyRequest))
        return {fit(use(m_failNext, request, QStringLiteral("failNext"))), true};
    if (roll < m_rates.errorRate)
        return {Action::Error, false};
    if (roll < m_rates.errorRate + m_rates.hangRate)
        return {Action::Hang, false};
    if (request.isWrite && roll < m_rates.errorRate + m_rates.hangRate + m_rates.lostResponseRate)
        return {Action::LoseResponse, false};
    return {};
}

QJsonObject FaultInjector::oneShotsJson(qint64 atMs) const
{
    QJsonArray routes;
    for (const auto &[key, shot] : m_failTimes) {
        routes.append(QJsonObject {{QStringLiteral("route"), key},
                                   {QStringLiteral("remaining"), shot.remaining},
                                   {QStringLiteral("mode"), actionName(shot.action)}});
    }
    QJsonArray used;
    for (const Use &u : m_used) {
        used.append(QJsonObject {
            {QStringLiteral("atMs"), u.request.atMs},
            {QStringLiteral("by"), u.by},
            {QStringLiteral("route"), u.request.routeKey},
            {QStringLiteral("path"), u.request.path},
            {QStringLiteral("mode"), actionName(u.action)},
            {QStringLiteral("correlationId"), u.request.correlationId},
            {QStringLiteral("clientId"), u.request.clientId},
        });
    }
    return {
        {QStringLiteral("failNext"),
         QJsonObject {{QStringLiteral("remaining"), m_failNext.remaining},
                      {QStringLiteral("mode"), actionName(m_failNext.action)},
                      {QStringLiteral("target"), targetName(m_failNext.target)}}},
        {QStringLiteral("failTimes"), routes},
        {QStringLiteral("used"), used},
        {QStringLiteral("atMs"), atMs},
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

QString FaultInjector::targetName(Target target)
{
    return target == Target::Writes ? QStringLiteral("writes") : QStringLiteral("any");
}

bool FaultInjector::targetFromName(const QString &name, Target *out)
{
    for (auto t : {Target::Writes, Target::AnyRequest}) {
        if (targetName(t) == name) {
            *out = t;
            return true;
        }
    }
    return false;
}

} // namespace mock
