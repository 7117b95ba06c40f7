#include "models/session/sessionexport.h"

#include "models/session/sessionrecorder.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {

void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

// The catalogue's context for this file's words; lupdate reads it here.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(SessionExporter)
};

} // namespace

std::optional<TimelineEvent::Kind> SessionExporter::kindFromName(const QString &name)
{
    for (int k = 0; k <= static_cast<int>(TimelineEvent::Kind::Info); ++k) {
        const auto kind = static_cast<TimelineEvent::Kind>(k);
        if (timelineKindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QJsonObject SessionExporter::toJson(const TimelineEvent &event)
{
    // Fixed keys on every line, so a reader (or jq) never has to guess whether a key is missing
    // or empty.
    QJsonObject line {
        {u"kind"_s, timelineKindName(event.kind)},
        {u"atMs"_s, event.atMs},
        {u"backendAtMs"_s, event.backendAtMs},
        {u"correlationId"_s, event.correlationId},
        {u"screen"_s, event.screen},
        {u"text"_s, event.text},
        {u"node"_s, event.node},
        {u"lsn"_s, event.lsn},
        {u"status"_s, event.httpStatus},
        {u"detail"_s, event.detail},
        {u"requestId"_s, event.requestId},
        {u"consistency"_s, event.consistency},
        {u"minLsn"_s, event.minLsn},
        {u"dataVersion"_s, event.dataVersion},
        {u"writeLsn"_s, event.writeLsn},
        {u"readUse"_s, event.readUse},
        {u"timeTravel"_s, event.timeTravel},
    };
    // A configuration change is the one thing a replay must apply, so its content is also given
    // as an object when the recorder kept it as JSON in the detail.
    if (event.kind == TimelineEvent::Kind::ConfigChanged) {
        const QJsonDocument doc = QJsonDocument::fromJson(event.detail.toUtf8());
        if (doc.isObject())
            line.insert(u"config"_s, doc.object());
    }
    return line;
}

std::optional<TimelineEvent> SessionExporter::fromJson(const QJsonObject &line)
{
    const auto kind = kindFromName(line.value(u"kind"_s).toString());
    if (!kind || !line.value(u"atMs"_s).isDouble())
        return std::nullopt;
    TimelineEvent event;
    event.kind = *kind;
    event.atMs = line.value(u"atMs"_s).toInteger();
    event.correlationId = line.value(u"correlationId"_s).toString();
    event.screen = line.value(u"screen"_s).toString();
    event.text = line.value(u"text"_s).toString();
    event.node = line.value(u"node"_s).toString();
    event.lsn = line.value(u"lsn"_s).toInteger(-1);
    event.httpStatus = line.value(u"status"_s).toInt();
    event.detail = line.value(u"detail"_s).toString();
    // Files written before these keys existed read as "not applicable".
    event.requestId = line.value(u"requestId"_s).toString();
    event.consistency = line.value(u"consistency"_s).toString();
    event.minLsn = line.value(u"minLsn"_s).toInteger(-1);
    event.dataVersion = line.value(u"dataVersion"_s).toInteger(-1);
    event.writeLsn = line.value(u"writeLsn"_s).toInteger(-1);
    event.readUse = line.value(u"readUse"_s).toString();
    event.timeTravel = line.value(u"timeTravel"_s).toBool();
    event.backendAtMs = line.value(u"backendAtMs"_s).toInteger(-1);
    return event;
}

bool SessionExporter::write(const QString &filePath, const SessionRecorder &recorder,
                            const QJsonObject &header, QString *error)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonObject session = header;
    // The session clock starts at zero; its wall-clock start lets a reader place atMs in time.
    if (!session.contains(u"startedAt"_s))
        session.insert(u"startedAt"_s, now.addMSecs(-recorder.nowMs()).toString(Qt::ISODateWithMs));
    session.insert(u"kind"_s, u"session"_s);
    session.insert(u"formatVersion"_s, FormatVersion);
    session.insert(u"appName"_s, QCoreApplication::applicationName());
    session.insert(u"appVersion"_s, QCoreApplication::applicationVersion());
    session.insert(u"exportedAt"_s, now.toString(Qt::ISODateWithMs));
    session.insert(u"sessionMs"_s, recorder.nowMs());
    session.insert(u"eventCount"_s, static_cast<qint64>(recorder.events().size()));
    // Events that left the ring before the export: the file is then not the whole session.
    session.insert(u"droppedEvents"_s, recorder.droppedCount());
    session.insert(u"capacity"_s, recorder.capacity());

    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        setError(error, Words::tr("Could not write %1: %2").arg(filePath, file.errorString()));
        return false;
    }
    auto writeLine = [&file](const QJsonObject &object) {
        QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Compact);
        bytes.append('\n');
        return file.write(bytes) == bytes.size();
    };
    bool ok = writeLine(session);
    for (const TimelineEvent &event : recorder.events()) {
        if (!ok)
            break;
        ok = writeLine(toJson(event));
    }
    if (!ok || !file.commit()) {
        setError(error, Words::tr("Could not write %1: %2").arg(filePath, file.errorString()));
        file.cancelWriting();
        return false;
    }
    return true;
}

std::optional<QList<QJsonObject>> SessionExporter::read(const QString &filePath, QString *error)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        setError(error, Words::tr("Could not open %1: %2").arg(filePath, file.errorString()));
        return std::nullopt;
    }
    QList<QJsonObject> lines;
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray raw = file.readLine().trimmed();
        ++lineNumber;
        if (raw.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(raw, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            const QString why = parseError.error != QJsonParseError::NoError
                ? parseError.errorString()
                : Words::tr("not a JSON object");
            setError(error,
                     Words::tr("Line %1 of %2 is not a session record (%3).")
                         .arg(lineNumber)
                         .arg(filePath, why));
            return std::nullopt;
        }
        lines.append(doc.object());
    }
    if (lines.isEmpty() || lines.first().value(u"kind"_s).toString() != "session"_L1) {
        setError(error,
                 Words::tr("%1 is not a Converge session: the first line must be the session "
                           "header.")
                     .arg(filePath));
        return std::nullopt;
    }
    const int version = lines.first().value(u"formatVersion"_s).toInt();
    if (version < 1 || version > FormatVersion) {
        setError(error,
                 Words::tr("%1 uses session format %2; this version reads format %3.")
                     .arg(filePath)
                     .arg(version)
                     .arg(FormatVersion));
        return std::nullopt;
    }
    return lines;
}
