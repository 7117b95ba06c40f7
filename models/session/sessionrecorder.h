#pragma once

#include "models/session/timelineevent.h"

#include <QHash>
#include <QObject>

#include <deque>

class ApiClient;
class Clock;
class EventStream;
struct ApiRequestInfo;
struct ApiResult;
struct BackendEvent;

// Hears every step of every story in this session — user actions, requests, answers, backend
// events, toasts, announcements — and keeps the newest ones in a ring with a cap, so a long
// workshop cannot exhaust memory. The timeline, telemetry and session export all read from it.
class SessionRecorder final : public QObject
{
    Q_OBJECT

public:
    explicit SessionRecorder(const Clock *clock, int capacity = 5000, QObject *parent = nullptr);

    // Starts the story of a user action and returns the correlation id its requests carry.
    QString beginAction(const QString &screen, const QString &text);
    void record(TimelineEvent event);

    // Requests and answers of this client, and the backend's pushed events.
    void observe(ApiClient *client);
    void observe(EventStream *events);

    const std::deque<TimelineEvent> &events() const { return m_events; }
    int capacity() const { return m_capacity; }
    qint64 droppedCount() const { return m_dropped; }
    qint64 nowMs() const;
    // What a backend event means, in the words the timeline shows people: never the event's
    // machine name ("data.reset"), which stays in the detail column.
    static QString plainWords(const BackendEvent &event);
    // Which screen a correlation id's story belongs to (empty when unknown).
    QString screenOf(const QString &correlationId) const;
    void clear();

Q_SIGNALS:
    void eventRecorded(const TimelineEvent &event);
    // The oldest events left the ring to make room.
    void eventsDropped(int count);
    void cleared();

private:
    void onRequestStarted(const ApiRequestInfo &info);
    void onRequestFinished(const ApiRequestInfo &info, const ApiResult &result);
    void onBackendEvent(const BackendEvent &event);

    const Clock *m_clock;
    int m_capacity;
    void indexScreen(const TimelineEvent &event);
    void unindexScreen(const TimelineEvent &event);

    std::deque<TimelineEvent> m_events;
    qint64 m_dropped = 0;
    // The screen of each story in the ring: the newest step's that names one, and how many of
    // its steps in the ring name one. Looked up twice per backend event, so it must not scan.
    struct StoryScreen
    {
        QString screen;
        int steps = 0;
    };
    QHash<QString, StoryScreen> m_screens;
};
