#include "models/client/eventstream.h"

#include "models/client/apicall.h"
#include "models/client/apiclient.h"

#include <QJsonArray>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

EventStream::EventStream(ApiClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_retry(new QTimer(this))
{
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &EventStream::poll);
}

EventStream::~EventStream()
{
    stop();
}

void EventStream::setBackoff(std::chrono::milliseconds first, std::chrono::milliseconds max)
{
    m_backoff = {first, max};
    m_failures = 0;
}

void EventStream::start(qint64 afterSeq)
{
    begin(afterSeq, false);
}

void EventStream::startFromNow()
{
    begin(0, true);
}

void EventStream::begin(qint64 afterSeq, bool skipHistory)
{
    if (m_running)
        return;
    m_running = true;
    m_lastSeq = afterSeq;
    m_failures = 0;
    m_handshake = true;
    m_skipHistory = skipHistory;
    poll();
}

void EventStream::stop()
{
    m_running = false;
    m_retry->stop();
    if (m_call)
        m_call->abort();
    setConnected(false);
}

void EventStream::poll()
{
    if (!m_running || m_call)
        return;
    ApiRequest request;
    request.path = u"/events"_s;
    request.query.addQueryItem(u"after"_s, QString::number(m_lastSeq));
    request.query.addQueryItem(u"waitMs"_s, QString::number(m_handshake ? 0 : m_pollWait.count()));
    request.timeout = m_pollWait + 5s;
    request.quiet = true;
    m_call = m_client->send(std::move(request));
    connect(m_call, &ApiCall::finished, this, [this](const ApiResult &result) {
        m_call = nullptr;
        if (!m_running)
            return;
        if (!result.ok()) {
            m_handshake = true;
            setConnected(false);
            scheduleRetry();
            return;
        }
        const QJsonArray events = result.body.value(u"events"_s).toArray();
        const QJsonValue next = result.body.value(u"next"_s);
        if (!result.body.value(u"events"_s).isArray() || !next.isDouble()) {
            qWarning("EventStream: the event channel answered off-contract; retrying");
            setConnected(false);
            scheduleRetry();
            return;
        }
        setConnected(true);
        m_handshake = false;
        m_failures = 0;
        if (m_skipHistory) {
            m_skipHistory = false;
            const QJsonValue head = result.body.value(u"lastSeq"_s);
            m_lastSeq = head.isDouble() ? head.toInteger() : next.toInteger();
            QTimer::singleShot(0, this, &EventStream::poll);
            return;
        }
        if (result.body.value(u"reset"_s).toBool()) {
            m_lastSeq = next.toInteger();
            Q_EMIT resyncNeeded();
        }
        for (const QJsonValue &value : events) {
            QString error;
            const std::optional<BackendEvent> event = Dto::parseEvent(value.toObject(), &error);
            if (!event) {
                qWarning("EventStream: skipping an event: %s", qUtf8Printable(error));
                continue;
            }
            if (event->seq <= m_lastSeq)
                continue; // already delivered before a reconnect
            m_lastSeq = event->seq;
            Q_EMIT eventReceived(*event);
        }
        m_lastSeq = std::max(m_lastSeq, next.toInteger());
        QTimer::singleShot(0, this, &EventStream::poll);
    });
}

void EventStream::scheduleRetry()
{
    m_retry->start(m_backoff.delay(++m_failures));
}

void EventStream::setConnected(bool connected)
{
    if (m_connected == connected)
        return;
    m_connected = connected;
    Q_EMIT connectedChanged(connected);
}
