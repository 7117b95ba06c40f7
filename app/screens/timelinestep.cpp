#include "app/screens/timelinestep.h"

#include "models/session/sessionrecorder.h"

void recordScreenStep(SessionRecorder *recorder, const char *screenId, TimelineEvent::Kind kind,
                      const QString &correlationId, const QString &text)
{
    recordScreenStep(recorder, QLatin1String(screenId), kind, correlationId, text);
}

void recordScreenStep(SessionRecorder *recorder, const QString &screenId, TimelineEvent::Kind kind,
                      const QString &correlationId, const QString &text)
{
    if (!recorder)
        return;
    TimelineEvent event;
    event.correlationId = correlationId;
    event.screen = screenId;
    event.kind = kind;
    event.text = text;
    recorder->record(std::move(event));
}
