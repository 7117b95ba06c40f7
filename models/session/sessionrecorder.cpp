#include "models/session/sessionrecorder.h"

#include "core/clock.h"
#include "models/client/apiclient.h"
#include "models/client/eventstream.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

QString timelineKindName(TimelineEvent::Kind kind)
{
    switch (kind) {
    case TimelineEvent::Kind::UserAction:
        return u"user_action"_s;
    case TimelineEvent::Kind::RequestSent:
        return u"request_sent"_s;
    case TimelineEvent::Kind::ResponseReceived:
        return u"response_received"_s;
    case TimelineEvent::Kind::RequestFailed:
        return u"request_failed"_s;
    case TimelineEvent::Kind::WriteAccepted:
        return u"write_accepted"_s;
    case TimelineEvent::Kind::ReplicaApplied:
        return u"replica_applied"_s;
    case TimelineEvent::Kind::Confirmed:
        return u"confirmed"_s;
    case TimelineEvent::Kind::Failed:
        return u"failed"_s;
    case TimelineEvent::Kind::RolledBack:
        return u"rolled_back"_s;
    case TimelineEvent::Kind::OutcomeUnknown:
        return u"outcome_unknown"_s;
    case TimelineEvent::Kind::Conflict:
        return u"conflict"_s;
    case TimelineEvent::Kind::Stale:
        return u"stale"_s;
    case TimelineEvent::Kind::ToastShown:
        return u"toast_shown"_s;
    case TimelineEvent::Kind::Announcement:
        return u"announcement"_s;
    case TimelineEvent::Kind::ConfigChanged:
        return u"config_changed"_s;
    case TimelineEvent::Kind::Info:
        break;
    }
    return u"info"_s;
}

SessionRecorder::SessionRecorder(const Clock *clock, int capacity, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
    , m_capacity(std::max(1, capacity))
{
}

qint64 SessionRecorder::nowMs() const
{
    return m_clock->nowMs();
}

QString SessionRecorder::beginAction(const QString &screen, const QString &text)
{
    const QString correlationId = ApiClient::newCorrelationId();
    TimelineEvent event;
    event.correlationId = correlationId;
    event.screen = screen;
    event.kind = TimelineEvent::Kind::UserAction;
    event.text = text;
    record(std::move(event));
    return correlationId;
}

void SessionRecorder::record(TimelineEvent event)
{
    if (event.atMs < 0)
        event.atMs = m_clock->nowMs();
    if (event.screen.isEmpty())
        event.screen = screenOf(event.correlationId);
    indexScreen(event);
    m_events.push_back(event);
    int dropped = 0;
    while (static_cast<int>(m_events.size()) > m_capacity) {
        unindexScreen(m_events.front());
        m_events.pop_front();
        ++dropped;
    }
    if (dropped > 0) {
        m_dropped += dropped;
        Q_EMIT eventsDropped(dropped);
    }
    Q_EMIT eventRecorded(event);
}

QString SessionRecorder::screenOf(const QString &correlationId) const
{
    if (correlationId.isEmpty())
        return {};
    return m_screens.value(correlationId).screen;
}

void SessionRecorder::indexScreen(const TimelineEvent &event)
{
    if (event.correlationId.isEmpty() || event.screen.isEmpty())
        return;
    StoryScreen &entry = m_screens[event.correlationId];
    entry.screen = event.screen;
    ++entry.steps;
}

void SessionRecorder::unindexScreen(const TimelineEvent &event)
{
    if (event.correlationId.isEmpty() || event.screen.isEmpty())
        return;
    const auto it = m_screens.find(event.correlationId);
    if (it != m_screens.end() && --it->steps <= 0)
        m_screens.erase(it);
}

void SessionRecorder::clear()
{
    m_events.clear();
    m_screens.clear();
    Q_EMIT cleared();
}

void SessionRecorder::observe(ApiClient *client)
{
    connect(client, &ApiClient::requestStarted, this, &SessionRecorder::onRequestStarted);
    connect(client, &ApiClient::requestFinished, this, &SessionRecorder::onRequestFinished);
}

void SessionRecorder::observe(EventStream *events)
{
    connect(events, &EventStream::eventReceived, this, &SessionRecorder::onBackendEvent);
}

void SessionRecorder::onRequestStarted(const ApiRequestInfo &info)
{
    TimelineEvent event;
    event.correlationId = info.correlationId;
    event.kind = TimelineEvent::Kind::RequestSent;
    event.text =
        info.attempt > 1 ? tr("Sent again (attempt %1)").arg(info.attempt) : tr("Request sent");
    event.detail = QString::fromLatin1(info.method) + u' ' + info.path;
    if (!info.idempotencyKey.isEmpty())
        event.detail += u" key="_s + info.idempotencyKey.left(8);
    event.requestId = info.requestId;
    event.consistency = info.consistency;
    event.minLsn = info.minLsn;
    record(std::move(event));
}

void SessionRecorder::onRequestFinished(const ApiRequestInfo &info, const ApiResult &result)
{
    TimelineEvent event;
    event.correlationId = info.correlationId;
    event.node = result.servedBy;
    event.lsn = result.writeLsn >= 0 ? result.writeLsn : result.nodeLsn;
    event.httpStatus = result.httpStatus;
    event.detail = QString::fromLatin1(info.method) + u' ' + info.path;
    event.requestId = info.requestId;
    event.consistency = info.consistency;
    event.minLsn = info.minLsn;
    event.dataVersion = result.nodeLsn;
    event.writeLsn = result.writeLsn;
    if (result.ok()) {
        event.kind = TimelineEvent::Kind::ResponseReceived;
        event.text = result.replayed ? tr("The server repeated its earlier answer (same key)")
                                     : tr("The server answered");
    } else {
        event.kind = TimelineEvent::Kind::RequestFailed;
        event.text = result.outcomeUnknown()
            ? tr("No answer — the change may or may not have arrived")
            : result.message;
        event.detail += u" · "_s + result.errorCode;
    }
    record(std::move(event));
}

QString SessionRecorder::plainWords(const BackendEvent &event)
{
    const QString type = event.type;
    const int replica = event.data.value(u"replica"_s).toInt();
    if (type == "write.accepted"_L1)
        return tr("The primary accepted the change");
    if (type == "replica.applied"_L1)
        return tr("Replica %1 caught up").arg(replica);
    if (type == "config.changed"_L1)
        return tr("The backend's settings changed");
    if (type == "transfer.settled"_L1)
        return tr("The transfer completed");
    if (type == "faults.changed"_L1)
        return tr("A one-off fault was armed or used");
    if (type == "transfer.failed"_L1) {
        const QString why = event.data.value(u"message"_s).toString().trimmed();
        // The server's message is a sentence of its own ("The recipient's bank declined …").
        return why.isEmpty() ? tr("The transfer failed") : tr("The transfer failed: %1").arg(why);
    }
    if (type == "answer.held"_L1)
        return tr("The backend holds the answer back (it will say %1)")
            .arg(event.data.value(u"status"_s).toInt());
    if (type == "answer.released"_L1)
        return event.data.value(u"outcome"_s).toString() == "delivered_twice"_L1
            ? tr("The request was delivered a second time; the second answer was sent")
            : tr("The held answer was sent");
    if (type == "answer.dropped"_L1) {
        const QString reason = event.data.value(u"reason"_s).toString();
        if (reason == "client_gone"_L1)
            return tr("The app gave up waiting for the held answer");
        if (reason == "reset"_L1)
            return tr("The reset dropped the held answer");
        if (reason == "overflow"_L1)
            return tr("Too many answers were held: this one was dropped");
        return tr("The held answer was dropped: the change stays, the answer is lost");
    }
    if (type == "replica.paused"_L1)
        return tr("Replica %1 was paused").arg(replica);
    if (type == "replica.resumed"_L1)
        return tr("Replica %1 was resumed").arg(replica);
    if (type == "data.reset"_L1) {
        const QJsonValue seed = event.data.value(u"seed"_s);
        return seed.isDouble()
            ? tr("The data went back to what seed %1 makes").arg(seed.toInteger())
            : tr("The data went back to its start");
    }
    return tr("The backend reported a change");
}

void SessionRecorder::onBackendEvent(const BackendEvent &backendEvent)
{
    TimelineEvent event;
    event.correlationId = backendEvent.correlationId;
    event.backendAtMs = backendEvent.atMs;
    event.lsn = backendEvent.lsn;
    event.detail = backendEvent.type;
    if (backendEvent.type == "write.accepted"_L1) {
        event.kind = TimelineEvent::Kind::WriteAccepted;
        event.node = u"primary"_s;
        event.text = plainWords(backendEvent);
    } else if (backendEvent.type == "replica.applied"_L1) {
        event.kind = TimelineEvent::Kind::ReplicaApplied;
        const int replica = backendEvent.data.value(u"replica"_s).toInt();
        event.node = u"replica-%1"_s.arg(replica);
        event.text = plainWords(backendEvent);
    } else if (backendEvent.type == "config.changed"_L1) {
        event.kind = TimelineEvent::Kind::ConfigChanged;
        event.screen = u"control-room"_s;
        event.text = plainWords(backendEvent);
        // The whole change, so an export can replay it.
        event.detail =
            QString::fromUtf8(QJsonDocument(backendEvent.data).toJson(QJsonDocument::Compact));
    } else {
        event.kind = TimelineEvent::Kind::Info;
        event.text = plainWords(backendEvent);
    }
    if (event.screen.isEmpty() && screenOf(event.correlationId).isEmpty())
        event.screen = u"backend"_s;
    record(std::move(event));
}
