#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

// Dotted paths into JSON documents, as the configuration names its fields: "faults.errorRate",
// "replication.replicas[1].baseMs". Shared by the backend, the client and the scenario files so
// that a path means the same thing on every side.
namespace JsonPath {

QString join(const QString &path, const QString &key);
// The value at path; undefined when any step is missing.
QJsonValue valueAt(const QJsonObject &root, const QString &path);
// A copy of root with the value at path set, creating objects (and list entries) on the way.
QJsonObject withValue(const QJsonObject &root, const QString &path, const QJsonValue &value);
// The paths of every scalar in value; an empty list counts as a leaf.
QStringList leafPaths(const QJsonValue &value, const QString &path = {});
// "replication.replicas[1].baseMs" → "replication.replicas[].baseMs": the path of the schema
// field that describes it. index receives the list index (-1 when there is none).
QString generic(const QString &path, int *index = nullptr);
// JSON merge patch (RFC 7386): objects merge, everything else (lists too) is replaced.
QJsonObject mergePatch(const QJsonObject &target, const QJsonObject &patch);

} // namespace JsonPath
