#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <deque>

namespace mock {

// A bounded ring of events with increasing sequence numbers, read by long-poll clients that
// resume from the last sequence number they saw.
class EventBus
{
public:
    struct Event
    {
        qint64 seq = 0;
        QString type;
        QString correlationId;
        QString clientId;
        qint64 lsn = 0;
        QJsonObject data;
        qint64 atMs = 0;
        // toJson() as compact JSON, written once when published: every long poll the event
        // answers sends these bytes (a room's 50 clients each get every event).
        QByteArray json;

        QJsonObject toJson() const;
    };

    explicit EventBus(int capacity = 1000)
        : m_capacity(capacity)
    {
    }

    qint64 publish(const QString &type, const QString &correlationId, const QString &clientId,
                   qint64 lsn, const QJsonObject &data, qint64 atMs);
    // Events with seq > after (at most limit). reset is set when events the caller has not
    // seen were dropped from the ring, or when after is ahead of the ring (a restarted server):
    // the caller should then refetch its state.
    QList<Event> after(qint64 after, int limit, bool *reset) const;
    qint64 lastSeq() const { return m_lastSeq; }
    int capacity() const { return m_capacity; }

private:
    std::deque<Event> m_events;
    int m_capacity;
    qint64 m_lastSeq = 0;
};

} // namespace mock
