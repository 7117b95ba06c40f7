#pragma once

#include "models/session/timelineevent.h"

#include <QString>

class SessionRecorder;

// Adds one step a screen took to the session's timeline; nothing happens without a recorder.
void recordScreenStep(SessionRecorder *recorder, const char *screenId, TimelineEvent::Kind kind,
                      const QString &correlationId, const QString &text);
void recordScreenStep(SessionRecorder *recorder, const QString &screenId, TimelineEvent::Kind kind,
                      const QString &correlationId, const QString &text);
