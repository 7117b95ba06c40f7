#include "mock_backend/sim/answerhold.h"

#include <algorithm>

namespace mock {

QString AnswerHold::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Released:
        return QStringLiteral("released");
    case Outcome::Twice:
        return QStringLiteral("delivered_twice");
    case Outcome::Dropped:
        return QStringLiteral("dropped");
    case Outcome::ClientGone:
        return QStringLiteral("client_gone");
    case Outcome::Reset:
        return QStringLiteral("reset");
    case Outcome::Overflow:
        return QStringLiteral("overflow");
    }
    return {};
}

QJsonObject AnswerHold::Entry::toJson(qint64 nowMs) const
{
    return {{QStringLiteral("id"), qint64(id)},
            {QStringLiteral("route"), routeKey},
            {QStringLiteral("method"), QString::fromLatin1(method)},
            {QStringLiteral("path"), path},
            {QStringLiteral("correlationId"), correlationId},
            {QStringLiteral("clientId"), clientId},
            {QStringLiteral("status"), status},
            {QStringLiteral("heldMs"), std::max<qint64>(0, nowMs - heldAtMs)}};
}

void AnswerHold::setRoutes(const QStringList &routeKeys, int capacity)
{
    m_routes = routeKeys;
    m_routes.removeDuplicates();
    m_capacity = std::clamp(capacity, 1, maxCapacity);
    // A smaller book than what it holds: the oldest go, as when a new one arrives.
    const std::vector<quint64> order = ids();
    int live = count() - int(m_asked.size());
    for (quint64 id : order) {
        if (live <= m_capacity)
            break;
        if (resolve(id, Outcome::Overflow))
            --live;
    }
}

quint64 AnswerHold::add(Entry entry)
{
    // Answers already asked for are on their way out and do not count.
    int live = count() - int(m_asked.size());
    for (const Entry &held : m_held) {
        if (live < m_capacity)
            break;
        if (resolve(held.id, Outcome::Overflow))
            --live;
    }
    entry.id = m_nextId++;
    m_held.push_back(std::move(entry));
    return m_held.back().id;
}

bool AnswerHold::contains(quint64 id) const
{
    return entry(id) != nullptr;
}

const AnswerHold::Entry *AnswerHold::entry(quint64 id) const
{
    const auto it =
        std::find_if(m_held.begin(), m_held.end(), [id](const Entry &e) { return e.id == id; });
    return it == m_held.end() ? nullptr : &*it;
}

std::vector<quint64> AnswerHold::ids() const
{
    std::vector<quint64> out;
    out.reserve(m_held.size());
    for (const Entry &e : m_held)
        out.push_back(e.id);
    return out;
}

bool AnswerHold::resolve(quint64 id, Outcome outcome)
{
    // Asked once is enough: the first command decides (release all after a drop drops it).
    if (!contains(id) || std::find(m_asked.begin(), m_asked.end(), id) != m_asked.end())
        return false;
    m_asked.push_back(id);
    m_commands.push_back({id, outcome});
    return true;
}

void AnswerHold::resolveAll(Outcome outcome)
{
    for (quint64 id : ids())
        resolve(id, outcome);
}

std::vector<AnswerHold::Command> AnswerHold::takeCommands()
{
    return std::exchange(m_commands, {});
}

AnswerHold::Entry AnswerHold::finish(quint64 id, Outcome outcome, qint64 nowMs)
{
    m_asked.erase(std::remove(m_asked.begin(), m_asked.end(), id), m_asked.end());
    m_commands.erase(std::remove_if(m_commands.begin(), m_commands.end(),
                                    [id](const Command &c) { return c.id == id; }),
                     m_commands.end());
    const auto it =
        std::find_if(m_held.begin(), m_held.end(), [id](const Entry &e) { return e.id == id; });
    if (it == m_held.end())
        return {};
    Entry entry = std::move(*it);
    m_held.erase(it);
    m_resolved.push_back({entry, outcome, nowMs});
    while (int(m_resolved.size()) > m_capacity)
        m_resolved.pop_front();
    return entry;
}

QJsonObject AnswerHold::takeListing(qint64 nowMs)
{
    QJsonArray held;
    for (const Entry &e : m_held)
        held.append(e.toJson(nowMs));
    for (const Resolved &r : std::exchange(m_resolved, {})) {
        QJsonObject json = r.entry.toJson(r.atMs); // how long it was held, not since
        json.insert(QStringLiteral("outcome"), outcomeName(r.outcome));
        held.append(json);
    }
    QJsonArray routes;
    for (const QString &route : m_routes)
        routes.append(route);
    return {{QStringLiteral("routes"), routes},
            {QStringLiteral("capacity"), m_capacity},
            {QStringLiteral("held"), held}};
}

} // namespace mock
