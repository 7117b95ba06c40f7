#include "mock_backend/sim/eventbus.h"

#include <QJsonDocument>
#include <QJsonValue>

#include <algorithm>

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
    Event &event = m_events.emplace_back(
        Event {++m_lastSeq, type, correlationId, clientId, lsn, data, atMs, {}});
    event.json = QJsonDocument(event.toJson()).toJson(QJsonDocument::Compact);
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
    // Sequence numbers are consecutive in the ring: the first one wanted is found by its place.
    QList<Event> result;
    const auto begin = static_cast<size_t>(after + 1 - first);
    const size_t end = std::min(m_events.size(), begin + static_cast<size_t>(std::max(0, limit)));
    for (size_t i = begin; i < end; ++i)
        result.append(m_events[i]);
    return result;
}

} // namespace mock
