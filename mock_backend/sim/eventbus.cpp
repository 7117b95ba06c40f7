#include "mock_backend/sim/eventbus.h"

#include <QJsonValue>

namespace mock {

QJsonObject EventBus::Event::toJson() const
{
    return {
        {QStringLiteral("seq"), seq},
        {QStringLiteral("type"), type},
        {QStringLiteral("correlationId"),
         correlationId.isEmpty() ? QJsonValue() : QJsonValue(correlationId)},
        {QStringLiteral("clientId"), clientId.isEmpty() ? QJsonValue() : QJsonValue(clientId)},
        {QStringLiteral("lsn"), lsn},
        {QStringLiteral("data"), data},
        {QStringLiteral("atMs"), atMs},
    };
}

qint64 EventBus::publish(const QString &type, const QString &correlationId, const QString &clientId,
                         qint64 lsn, const QJsonObject &data, qint64 atMs)
{
    m_events.push_back({++m_lastSeq, type, correlationId, clientId, lsn, data, atMs});
    while (static_cast<int>(m_events.size()) > m_capacity)
        m_events.pop_front();
    return m_lastSeq;
}

QList<EventBus::Event> EventBus::after(qint64 after, int limit, bool *reset) const
{
    const qint64 first = m_events.empty() ? m_lastSeq + 1 : m_events.front().seq;
    *reset = after > m_lastSeq || after < first - 1;
    if (*reset)
        after = first - 1;
    QList<Event> result;
    for (const auto &event : m_events) {
        if (event.seq <= after)
            continue;
        if (result.size() >= limit)
            break;
        result.append(event);
    }
    return result;
}

} // namespace mock
