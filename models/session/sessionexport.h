#pragma once

#include "models/session/timelineevent.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

class SessionRecorder;

// Writes and reads a session as JSON Lines (docs/session-export.md): a first line of kind
// "session" with the format version, app version, seed, backend and the caller's header, then one
// line per timeline event, oldest first. Enough for someone else to follow and replay the run.
class SessionExporter
{
public:
    static constexpr int FormatVersion = 1;

    // Writes atomically (QSaveFile): either the whole file appears or the old one stays.
    // header: merged into the session line; the app passes seed, backendUrl, startedAt and the
    // backend configuration ("config").
    static bool write(const QString &filePath, const SessionRecorder &recorder,
                      const QJsonObject &header, QString *error);
    // Every line as an object, the session line first. nullopt with a plain error when the file
    // cannot be read, a line is not a JSON object, or the first line is not a session line of a
    // version we understand.
    static std::optional<QList<QJsonObject>> read(const QString &filePath, QString *error);

    static QJsonObject toJson(const TimelineEvent &event);
    static std::optional<TimelineEvent> fromJson(const QJsonObject &line);
    static std::optional<TimelineEvent::Kind> kindFromName(const QString &name);
};
